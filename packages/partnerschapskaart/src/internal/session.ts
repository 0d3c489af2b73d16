import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@niet-alleen/core/msg';
import { ClockController, button, focusAfterRender, heading } from '@niet-alleen/core';
import { sessionInfo, sessionSteps, sessionText, sessionTitle, stepLabel, stepName, type SessionStep } from '../content.js';
import { SessionTimer, formatDuration, systemClock, type Clock } from './session-timer.js';
import { NaSessionTimerEvent } from '../events.js';

/** What the session script needs of the partnerschapskaart. */
export interface SessionHost extends ReactiveControllerHost {
  readonly facilitator: boolean;
  readonly sessionStep: SessionStep;
  readonly headingLevel: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
  announce(text: string): void;
  goToSessionStep(step: SessionStep): void;
  dispatchEvent(event: Event): boolean;
}

/**
 * Facilitator mode (11.4): one stopwatch per session step, re-rendered once a second by core's
 * ClockController while one runs in facilitator mode, and the script with its step buttons.
 */
export class SessionController implements ReactiveController {
  readonly timer = new SessionTimer<SessionStep>();
  readonly #overtimeAnnounced = new Set<SessionStep>();
  /** Re-renders once a second while a stopwatch runs in facilitator mode. */
  readonly ticker: ClockController;

  constructor(
    private readonly host: SessionHost,
    private readonly chooseCards: () => void,
  ) {
    host.addController(this);
    this.ticker = new ClockController(host, { interval: 1000, active: () => host.facilitator && this.timer.anyRunning() });
  }

  get clock(): Clock {
    return this.timer.clock;
  }
  set clock(clock: Clock) {
    this.timer.clock = clock ?? systemClock;
    this.host.requestUpdate();
  }

  get running(): boolean {
    return this.timer.running(this.host.sessionStep);
  }
  get elapsed(): number {
    return this.timer.elapsed(this.host.sessionStep);
  }

  /** The planned time of the current step is used up. */
  get overtime(): boolean {
    const minutes = sessionInfo[this.host.sessionStep].minutes;
    return !!minutes && this.elapsed >= minutes[1] * 60_000;
  }

  start(): void {
    this.timer.start(this.host.sessionStep);
    this.host.announce(msg('De tijd loopt.'));
    this.changed();
  }
  pause(): void {
    this.timer.pause(this.host.sessionStep);
    this.host.announce(msg(str`Gepauzeerd bij ${formatDuration(this.elapsed)}.`));
    this.changed();
  }
  reset(): void {
    this.timer.reset(this.host.sessionStep);
    this.#overtimeAnnounced.delete(this.host.sessionStep);
    this.host.announce(msg('De tijd staat weer op nul.'));
    this.changed();
  }

  /** The facilitator changed the timer: re-render and tell (a shared session passes it on). */
  changed(): void {
    this.host.requestUpdate();
    this.host.dispatchEvent(new NaSessionTimerEvent(this.timer.snapshot()));
  }

  hostUpdated(): void {
    const step = this.host.sessionStep;
    if (this.host.facilitator && this.overtime && !this.#overtimeAnnounced.has(step)) {
      this.#overtimeAnnounced.add(step);
      this.host.announce(msg('De geplande tijd voor deze stap is om.'));
    }
  }

  renderTimer() {
    const info = sessionInfo[this.host.sessionStep];
    if (!info.minutes) return nothing;
    const [min, max] = info.minutes;
    const planned = min === max ? msg(str`Gepland: ${max} minuten`) : msg(str`Gepland: ${min}-${max} minuten`);
    const running = this.running;
    return html`<div class="timer" part="timer">
      <p class="timer__label" id="timer-label">${msg('Tijd voor deze stap')}</p>
      <p class="timer__time" role="timer" aria-labelledby="timer-label">${formatDuration(this.elapsed)}</p>
      <p class="na-subtle">${planned}${running ? nothing : html` · ${msg('gepauzeerd')}`}</p>
      <div class="timer__buttons">
        ${running
          ? button({ label: msg('Pauzeer de tijd'), variant: 'primary', onClick: () => this.pause() })
          : button({ label: msg('Start de tijd'), variant: 'primary', onClick: () => this.start() })}
        ${button({ label: msg('Zet de tijd op nul'), variant: 'subtle', disabled: this.elapsed === 0 && !running, onClick: () => this.reset() })}
      </div>
      ${this.overtime ? html`<p class="na-notice">${msg('De geplande tijd voor deze stap is om.')}</p>` : nothing}
    </div>`;
  }

  render(onCardsChosen: (event: Event) => void) {
    const host = this.host;
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
                ${button({ label: msg('Groepskaarten toevoegen…'), onClick: () => this.chooseCards() })}
                <input id="merge-files" class="na-visually-hidden" type="file" multiple accept="application/json,.json" tabindex="-1" aria-hidden="true" @change=${onCardsChosen} />
              </div>`
            : nothing}
          ${step === 6
            ? button({ label: msg('Naar de tekst voor de overeenkomst'), onClick: () => void focusAfterRender(host, ['#agreement-text'], { visibleOnly: true }) })
            : nothing}
        </div>
        ${this.renderTimer()}
      </div>
      <div class="session-nav">
        ${button({ label: msg('Vorige stap'), disabled: step === 1, onClick: () => host.goToSessionStep((step - 1) as SessionStep) })}
        ${button({ label: msg('Volgende stap'), variant: 'primary', disabled: step === 6, onClick: () => host.goToSessionStep((step + 1) as SessionStep) })}
      </div>
    </section>`;
  }
}
