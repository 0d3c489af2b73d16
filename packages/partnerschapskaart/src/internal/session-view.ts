import { html, nothing } from 'lit';
import { msg, str } from '@niet-alleen/core/msg';
import { button, focusAfterRender, heading } from '@niet-alleen/core';
import { followUpText, sessionInfo, sessionSteps, sessionTitle, stepLabel, stepName, type SessionStep } from '../content.js';
import { formatDuration } from './session-timer.js';
import type { SessionController } from './session.js';

/*
 * Facilitator mode's view (11.4): the session script with its step buttons, the text of the
 * current step and its timer. Its own chunk, loaded the first time facilitator mode is shown
 * (issue 32: a page that never runs a session does not transfer it); the stopwatches and the
 * public timer methods stay in session.ts.
 */

/** The instruction of a session step, verbatim (paragraphs). */
function sessionText(step: SessionStep): string[] {
  switch (step) {
    case 1:
      return [msg('Opening en uitleg. Verwelkom de aanwezigen en leg uit dat u in dialoog gaat werken met de partnerschapskaart.')];
    case 2:
      return [
        msg("Maak gemengde groepen van mensen uit verschillende netwerken. Ga met elkaar in gesprek rondom de vraag wanneer het doel voor u geslaagd is (rechterkolom succes). Ga daarbij uit van de ideale situatie, uw wensdroom, los van 'beren op de weg'. Noteer dit op de kaart."),
      ];
    case 3:
      return [msg('Tussentijdse terugkoppeling (plenair): welke waarden worden genoemd? De facilitator vult de rechterkolom van de partnerschapskaart in.')];
    case 4:
      return [
        msg('Ga weer uit elkaar in groepen en vul stappen 2, 3, 4 en 5 op de partnerschapskaart in. Daarbij gaat u uit van de plenair genoemde waarden.'),
        msg('Let op dat de deelnemers niet blijven hangen bij specifieke zaken uit het eigen netwerk, maar dat toegewerkt wordt naar algemene kenmerken of uitspraken. Dit kunt u doen door te vragen: hoe zou het specifieke vertaald kunnen worden naar onze gedeelde doelen en waarden?'),
        msg('Bedenk hoe in het licht van die waarden de ideale samenwerking met burgers en professionals eruit ziet. Benoem wat er moet gebeuren om dat tot stand te brengen door de volgende stappen in te vullen. Laat u inspireren door documenten, instrumenten, en competenties van specifieke personen binnen uw eigen netwerk.'),
      ];
    case 5:
      return [
        msg('Plenair bespreken van de bevindingen van de groepen. Stap voor stap worden de verschillende blokken uit het schema besproken. De facilitator vult de overige kolommen van de partnerschapskaart in. Gezamenlijk vaststellen van definitieve versie: het samenwerkingsmodel.'),
      ];
    case 6:
      return [followUpText()];
  }
}

/** The stopwatch of the current step, with its planned time (none for the follow-up). */
function renderTimer(session: SessionController) {
  const info = sessionInfo[session.host.sessionStep];
  if (!info.minutes) return nothing;
  const [min, max] = info.minutes;
  const planned = min === max ? msg(str`Gepland: ${max} minuten`) : msg(str`Gepland: ${min}-${max} minuten`);
  const running = session.running;
  return html`<div class="timer" part="timer">
    <p class="timer__label" id="timer-label">${msg('Tijd voor deze stap')}</p>
    <p class="timer__time" role="timer" aria-labelledby="timer-label">${formatDuration(session.elapsed)}</p>
    <p class="na-subtle">${planned}${running ? nothing : html` · ${msg('gepauzeerd')}`}</p>
    <div class="timer__buttons">
      ${running
        ? button({ label: msg('Pauzeer de tijd'), variant: 'primary', onClick: () => session.pause() })
        : button({ label: msg('Start de tijd'), variant: 'primary', onClick: () => session.start() })}
      ${button({ label: msg('Zet de tijd op nul'), variant: 'subtle', disabled: session.elapsed === 0 && !running, onClick: () => session.reset() })}
    </div>
    ${session.overtime ? html`<p class="na-notice">${msg('De geplande tijd voor deze stap is om.')}</p>` : nothing}
  </div>`;
}

/** The group cards chosen in the plenary steps: merged into this card. */
async function onCardsChosen(session: SessionController, event: Event) {
  const input = event.target as HTMLInputElement;
  const files = [...(input.files ?? [])];
  input.value = '';
  if (files.length) session.host.merge(await Promise.all(files.map((f) => f.text())));
}

/** The script of 11.4: the six steps, the current one's text (with merging in the plenary steps) and its timer. */
export function renderSession(session: SessionController) {
  const host = session.host;
  const step = host.sessionStep;
  const info = sessionInfo[step];
  const level = host.headingLevel + 1;
  return html`<section class="facilitator na-no-print" part="facilitator" role="group" aria-labelledby="facilitator-heading">
    ${heading(level, msg('Facilitator: de werkvorm in zes stappen'), 'na-heading na-subtitle', 'facilitator-heading')}
    <ol class="session-steps">
      ${sessionSteps.map(
        (s) => html`<li>
          <button type="button" class="na-button" data-variant=${s === step ? 'primary' : 'secondary'} aria-current=${s === step ? 'step' : nothing} @click=${() => host.goToSessionStep(s)}>
            ${sessionTitle(s)}
          </button>
        </li>`,
      )}
    </ol>
    <div class="session-current">
      <div class="session-text">
        ${heading(level + 1, sessionTitle(step), 'na-heading', 'session-heading')}
        ${sessionText(step).map((p) => html`<p>${p}</p>`)}
        ${info.focus.length
          ? html`<p class="lead">${msg('Op de kaart:')} ${info.focus.map((f) => `${stepLabel(f)} ${stepName(f)}`).join(', ')}</p>`
          : nothing}
        ${info.plenary
          ? html`<div class="merge">
              <p>${msg('Voeg de kaarten van de groepen samen tot de plenaire kaart. Elk geeltje houdt zijn schrijver en zijn groep.')}</p>
              ${button({ label: msg('Groepskaarten toevoegen…'), onClick: () => host.renderRoot.querySelector<HTMLInputElement>('#merge-files')?.click() })}
              <input id="merge-files" class="na-visually-hidden" type="file" multiple accept="application/json,.json" tabindex="-1" aria-hidden="true" @change=${(e: Event) => void onCardsChosen(session, e)} />
            </div>`
          : nothing}
        ${step === 6
          ? button({ label: msg('Naar de tekst voor de overeenkomst'), onClick: () => void focusAfterRender(host, ['#agreement-text'], { visibleOnly: true }) })
          : nothing}
      </div>
      ${renderTimer(session)}
    </div>
    <div class="session-nav">
      ${button({ label: msg('Vorige stap'), disabled: step === 1, onClick: () => host.goToSessionStep((step - 1) as SessionStep) })}
      ${button({ label: msg('Volgende stap'), variant: 'primary', disabled: step === 6, onClick: () => host.goToSessionStep((step + 1) as SessionStep) })}
    </div>
  </section>`;
}
