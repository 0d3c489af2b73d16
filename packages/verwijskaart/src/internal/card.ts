import { html, nothing } from 'lit';
import { msg, str } from '@niet-alleen/core/msg';
import { button, emptyState, getLocale, guidance, heading, isolate, listFormat, section, translationNotice, type ValueIssue } from '@niet-alleen/core';
import { groupTitle, type SignalGroupId } from '@niet-alleen/signaleringskaart/content';
import type { DayId, VerwijskaartOption, VerwijskaartValue } from '../schema.js';
import { verwijskaartText, dayName, fieldErrorText } from '../content.js';
import { dayRuns, displayTime, reachability } from '../schedule.js';
import { mailtoHref, telHref, urlHref, urlText } from '../validation.js';

export const formatList = (items: string[]) => listFormat(getLocale()).format(items);

/** What the card needs of the verwijskaart. */
export interface CardHost {
  readonly value: VerwijskaartValue;
  readonly headingLevel: number;
  readonly signals: readonly SignalGroupId[];
  readonly now: Date | null;
  readonly isEmpty: boolean;
  /** Whether the element shows a problem message (refused data). */
  readonly problem: unknown;
  readonly dataIssues: { source: 'markup' | 'import'; issues: ValueIssue[] } | null;
  clearSignals(): void;
}

/** The card as readers see and print it (`mode="view"`, and the preview of the editor). */
export class CardView {
  constructor(private readonly host: CardHost) {}


  renderMarkupIssues() {
    if (!this.host.problem || !this.host.dataIssues?.issues.length) return nothing;
    const { source, issues } = this.host.dataIssues;
    const describe = (issue: ValueIssue) => {
      if (issue.code === 'invalid_json') return html`${msg('De tekst is geen geldige JSON. Kijk of alle aanhalingstekens, komma’s en haakjes kloppen.')} <code>${issue.message}</code>`;
      if (issue.code === 'custom') return fieldErrorText(issue.message);
      if (issue.code === 'newer_version') return msg('Deze gegevens zijn gemaakt met een nieuwere versie.');
      return html`${msg('Dit heeft niet de goede vorm.')} <code>${issue.message}</code>`;
    };
    return html`<div class="markup-issues" part="markup-issues">
      ${guidance(
        source === 'markup' ? msg('Wat klopt er niet? (voor wie deze pagina maakt)') : msg('Wat klopt er niet in het bestand?'),
        html`<ul>${issues.slice(0, 20).map((issue) => html`<li>
            ${issue.path.length ? html`<code>${issue.path.map(String).join(' › ')}</code>: ` : nothing}${describe(issue)}
          </li>`)}</ul>`,
      )}
    </div>`;
  }

  renderMatchNotice() {
    if (!this.host.signals.length) return nothing;
    const names = formatList(this.host.signals.map((g) => groupTitle(g).toLowerCase()));
    const matches = this.host.value.options.some((o) => this.fitsSignals(o));
    return html`<div class="na-notice match-notice" part="match-notice" tabindex="-1">
      <p><strong>${msg(str`Doorgegeven signalen: ${names}.`)}</strong></p>
      <p>${matches
        ? msg('De opties die daarbij passen, zijn gemarkeerd met: Past bij de doorgegeven signalen.')
        : msg('Geen optie op deze kaart is aan deze signalen gekoppeld. Neem contact op met het contact onderaan de kaart.')}</p>
      ${button({ label: msg('Markering weghalen'), variant: 'subtle', part: 'button na-no-print', onClick: () => this.host.clearSignals() })}
    </div>`;
  }

  fitsSignals(o: VerwijskaartOption): boolean {
    return o.signalGroups.some((g) => this.host.signals.includes(g));
  }

  blankLines(count: number) {
    return html`<div class="lines na-print-only" aria-hidden="true">${Array.from({ length: count }, () => html`<span></span>`)}</div>`;
  }

  notFilled() {
    return html`<p class="na-empty-answer na-no-print">${msg('Niet ingevuld')}</p>`;
  }

  link(href: string | null, text: string) {
    return href ? html`<a href=${href}>${text}</a>` : html`${text}`;
  }

  renderSteps() {
    const steps = this.host.value.steps.filter((s) => s.text.trim());
    return section({
      id: 'steps',
      part: 'section steps',
      level: this.host.headingLevel + 1,
      heading: verwijskaartText.steps(),
      content: steps.length
        ? html`<ol class="steps">${steps.map((s) => html`<li>${s.text}</li>`)}</ol>`
        : html`${this.notFilled()}${this.blankLines(6)}`,
    });
  }

  optionFilled(o: VerwijskaartOption): boolean {
    return [o.text, o.organization.name, o.service.name, o.service.application_process, o.phone, o.email, o.url].some((t) => t.trim());
  }

  renderOption(o: VerwijskaartOption) {
    const match = this.fitsSignals(o);
    const title = o.text || o.service.name || o.organization.name;
    const who = [o.organization.name, o.service.name].filter((t) => t.trim()).map(isolate).join(' – ');
    const tel = telHref(o.phone);
    const mail = mailtoHref(o.email);
    const web = urlHref(o.url);
    return html`<li class="option ${match ? 'option--match' : ''}" part=${match ? 'option option-match' : 'option'}>
      ${heading(this.host.headingLevel + 2, title, 'na-heading option__title')}
      ${match
        ? html`<p class="match-badge"><span class="match-badge__mark" aria-hidden="true">★</span> ${msg('Past bij de doorgegeven signalen')}</p>`
        : nothing}
      <dl class="details">
        ${who ? html`<div><dt>${msg('Wie:')}</dt><dd>${who}</dd></div>` : nothing}
        ${o.service.application_process ? html`<div><dt>${msg('Hoe:')}</dt><dd>${o.service.application_process}</dd></div>` : nothing}
        ${o.phone ? html`<div><dt>${verwijskaartText.tel()}</dt><dd>${this.link(tel, o.phone)}</dd></div>` : nothing}
        ${o.email ? html`<div><dt>${verwijskaartText.email()}</dt><dd>${this.link(mail, o.email)}</dd></div>` : nothing}
        ${o.url ? html`<div><dt>${msg('Website:')}</dt><dd>${this.link(web, urlText(o.url))}</dd></div>` : nothing}
        ${o.signalGroups.length
          ? html`<div><dt>${msg('Bij deze signalen:')}</dt><dd>${formatList(o.signalGroups.map((g) => groupTitle(g).toLowerCase()))}</dd></div>`
          : nothing}
      </dl>
    </li>`;
  }

  renderOptionList() {
    const options = this.host.value.options.filter((o) => this.optionFilled(o));
    return section({
      id: 'options',
      part: 'section options',
      level: this.host.headingLevel + 1,
      heading: verwijskaartText.options(),
      content: html`${this.renderMatchNotice()}
        ${options.length
          ? html`<ul class="options">${options.map((o) => this.renderOption(o))}</ul>`
          : html`${this.notFilled()}${this.blankLines(10)}`}`,
    });
  }

  daysText(days: readonly DayId[]): string {
    return formatList(
      dayRuns(days).map((run) =>
        run.length === 2 ? msg(str`${dayName(run[0]!)} tot en met ${dayName(run[1]!)}`) : dayName(run[0]!),
      ),
    );
  }

  renderReachability() {
    const status = reachability(this.host.value.contact.schedules, this.host.now ?? new Date());
    if (!status) return nothing;
    let text: string;
    if (status.open) {
      text = msg(str`Nu bereikbaar, tot ${status.until}.`);
    } else if (!status.next) {
      text = msg('Nu niet bereikbaar.');
    } else if (status.next.inDays === 0) {
      text = msg(str`Nu niet bereikbaar. Vandaag weer vanaf ${status.next.opens}.`);
    } else if (status.next.inDays === 1) {
      text = msg(str`Nu niet bereikbaar. Morgen weer vanaf ${status.next.opens}.`);
    } else {
      text = msg(str`Nu niet bereikbaar. Weer op ${dayName(status.next.day)} vanaf ${status.next.opens}.`);
    }
    return html`<div class="reachability na-no-print" part="reachability" data-open=${status.open ? 'true' : 'false'}>
      <p><span class="reachability__mark" aria-hidden="true">${status.open ? '●' : '○'}</span> <strong>${text}</strong></p>
      <p class="na-subtle">${msg('Volgens de klok van uw apparaat. Op feestdagen kan het anders zijn.')}</p>
    </div>`;
  }

  renderContact() {
    const c = this.host.value.contact;
    const who = [c.name, c.department, c.organization.name].filter((t) => t.trim());
    const schedules = c.schedules.filter((s) => s.byday.length || s.opens_at || s.closes_at);
    const filled = who.length || c.phone || c.email || c.social.url || schedules.length;
    const line = () => html`<span class="line" aria-hidden="true"></span>`;
    if (!filled) {
      // The blank card: the workbook's prompts with room to write.
      return section({
        id: 'contact',
        part: 'section contact',
        level: this.host.headingLevel + 1,
        heading: verwijskaartText.contactPrompt(),
        content: html`${this.notFilled()}
          <div class="blank-contact na-print-only">
            <p>${line()}</p>
            <p>${verwijskaartText.tel()} ${line()}</p>
            <p>${verwijskaartText.email()} ${line()}</p>
            <p>${verwijskaartText.facebook()} ${line()}</p>
            <p>${verwijskaartText.hoursBlank()} ${line()} ${verwijskaartText.hoursBlankTo()} ${line()}</p>
            <p>${verwijskaartText.daysBlank()} ${line()}</p>
          </div>`,
      });
    }
    const tel = telHref(c.phone);
    const mail = mailtoHref(c.email);
    const social = urlHref(c.social.url);
    return section({
      id: 'contact',
      part: 'section contact',
      level: this.host.headingLevel + 1,
      heading: verwijskaartText.contact(),
      content: html`${who.length ? html`<p class="contact__who">${who.map((t, i) => (i === 0 ? html`<strong>${t}</strong>` : html`<br /><span>${t}</span>`))}</p>` : nothing}
        <dl class="details">
          ${c.phone ? html`<div><dt>${verwijskaartText.tel()}</dt><dd>${this.link(tel, c.phone)}</dd></div>` : nothing}
          ${c.email ? html`<div><dt>${verwijskaartText.email()}</dt><dd>${this.link(mail, c.email)}</dd></div>` : nothing}
          ${c.social.url
            ? html`<div><dt>${c.social.platform ? `${isolate(c.social.platform)}:` : msg('Sociale media:')}</dt><dd>${this.link(social, urlText(c.social.url))}</dd></div>`
            : nothing}
        </dl>
        ${schedules.map((s) => html`<div class="schedule">
          ${s.opens_at && s.closes_at ? html`<p>${verwijskaartText.hours(displayTime(s.opens_at), displayTime(s.closes_at))}</p>` : nothing}
          ${s.byday.length ? html`<p>${verwijskaartText.days(this.daysText(s.byday))}</p>` : nothing}
        </div>`)}
        ${this.renderReachability()}`,
    });
  }

  renderCard() {
    const v = this.host.value;
    return html`<article class="card" part="card" aria-labelledby="card-title">
      <div part="header" class="na-header card__header">
        ${heading(this.host.headingLevel, v.title || verwijskaartText.title(), 'na-heading na-title', 'card-title')}
        ${v.area ? html`<p class="card__area">${v.area}</p>` : nothing}
        ${translationNotice()}
        ${this.host.isEmpty && !this.host.problem ? html`<div class="na-no-print">${emptyState(msg('Deze verwijskaart is nog leeg.'), msg('U kunt hem afdrukken en met de hand invullen.'))}</div>` : nothing}
      </div>
      <div class="card__body">
        <div class="card__main">${this.renderSteps()} ${this.renderOptionList()}</div>
        <div class="card__side">${this.renderContact()}</div>
      </div>
    </article>`;
  }
}
