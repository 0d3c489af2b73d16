import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@niet-alleen/core/msg';
import {
  NaInstrumentElement, addItemField, button, checkbox, createId, emptyState, errorSummary, getLocale, guidance, heading, isolate,
  listFormat, memoizeLast, printElement, section, textField, textsKey, type FormValidity, type InvalidSource, type ValueIssue,
  translationNotice,
} from '@niet-alleen/core';
import { groupTitle, signalGroupIds, type NaSignalForwardEvent, type SignalGroupId } from '@niet-alleen/signaleringskaart';
import {
  dayIds, emptyOption, emptySchedule, verwijskaartDefinition,
  type DayId, type VerwijskaartOption, type VerwijskaartSchedule, type VerwijskaartValue,
} from './schema.js';
import { assignmentQuestions, verwijskaartText, dayName, fieldErrorText } from './content.js';
import { dayRuns, displayTime, reachability } from './schedule.js';
import {
  mailtoHref, normalizeEmail, normalizePhone, normalizeTime, normalizeUrl, minutesOf, telHref, urlHref, urlText,
  type Checked, type FieldErrorCode,
} from './validation.js';
import { verwijskaartStyles } from './verwijskaart.styles.js';
import type { InstrumentListeners } from '@niet-alleen/core';

export type VerwijskaartMode = 'view' | 'edit';
export type VerwijskaartPrintFormat = 'a4' | 'pocket';

type Kind = 'phone' | 'email' | 'url' | 'time';
const normalizers: Record<Kind, (raw: string) => Checked> = {
  phone: normalizePhone,
  email: normalizeEmail,
  url: normalizeUrl,
  time: normalizeTime,
};

/** A field whose text must be checked before it becomes part of the value. Its key is its id. */
interface CheckedField {
  key: string;
  kind: Kind;
  /** Fields of one group are taken over together (the two times of one schedule). */
  group: string;
  label: () => string;
  get: (v: VerwijskaartValue) => string;
  set: (v: VerwijskaartValue, text: string) => VerwijskaartValue;
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

function move<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item!);
  return next;
}

const formatList = (items: string[]) => listFormat(getLocale()).format(items);

/** Listeners typed by this element's value (`event.detail.value` is a VerwijskaartValue); see InstrumentListeners. */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the interface only narrows the listener types */
export interface NaVerwijskaart {
  addEventListener: InstrumentListeners<VerwijskaartValue>['addEventListener'];
  removeEventListener: InstrumentListeners<VerwijskaartValue>['removeEventListener'];
}

/**
 * Verwijskaart (workbook 11.3 and 11.5): the local referral card. An organisation makes its own
 * version (`mode="edit"`); professionals, volunteers and residents read, follow and print it
 * (`mode="view"`, the default). Options can be linked to the signal groups of the
 * signaleringskaart, and a `<na-signaleringskaart>` named in `for` hands its marked signals over.
 *
 * @element na-verwijskaart
 * @fires na-change - After each edit; `detail.value` is the new {@link VerwijskaartValue}.
 * @fires na-invalid - Data from outside was refused; `detail: { source, issues }`.
 * @csspart base - Wrapper around everything.
 * @csspart card - The card itself (viewer).
 * @csspart header - Title and area.
 * @csspart section - One area of the card (steps, options, contact).
 * @csspart steps - "Op basis van uw vermoedens onderneemt u het volgende:".
 * @csspart options - "Nadat u het bespreekbaar heeft gemaakt zijn er de volgende opties:".
 * @csspart option - One option; `option-match` is added when it fits the signals handed over.
 * @csspart contact - "Voor vragen en advies neemt u contact op met".
 * @csspart reachability - Whether the contact is reachable now.
 * @csspart match-notice - Which signals were handed over.
 * @csspart markup-issues - What is wrong with the JSON in the page (for the page's author).
 * @csspart editor - The editor (`mode="edit"`).
 * @csspart option-editor - One option in the editor.
 * @csspart schedule-editor - One set of times and days in the editor.
 * @csspart error-summary - The list of fields that are not right yet.
 * @csspart toolbar - Actions.
 * @cssprop --na-verwijskaart-option-background-color - Background of an option.
 * @cssprop --na-verwijskaart-option-match-background-color - Background of an option that fits the signals.
 * @cssprop --na-verwijskaart-option-match-border-color - Border of an option that fits the signals.
 * @cssprop --na-verwijskaart-reachable-color - Mark of 'reachable now'.
 */
export class NaVerwijskaart extends NaInstrumentElement<VerwijskaartValue> {
  static override styles = [...NaInstrumentElement.styles, verwijskaartStyles];

  protected get definition() {
    return verwijskaartDefinition;
  }

  /** `view` shows the card (default); `edit` lets an organisation compose it. */
  @property({
    reflect: true,
    converter: { fromAttribute: (v: string | null): VerwijskaartMode => (v === 'edit' ? 'edit' : 'view') },
  })
  mode: VerwijskaartMode = 'view';

  /** `a4` (default) or `pocket`: a folded A5 card, printed as two halves of an A4 in landscape. */
  @property({
    attribute: 'print-format',
    reflect: true,
    converter: { fromAttribute: (v: string | null): VerwijskaartPrintFormat => (v === 'pocket' ? 'pocket' : 'a4') },
  })
  printFormat: VerwijskaartPrintFormat = 'a4';

  /** Id of a `<na-signaleringskaart>` in the same document: its handed-over signals highlight matching options. */
  @property({ reflect: true }) for: string | null = null;

  /** The clock for 'reachable now'. Null (default) means the device's current time. */
  @property({ attribute: false }) now: Date | null = null;

  /** Signal groups handed over (from a signaleringskaart); options linked to them are highlighted. */
  @property({ attribute: false }) signals: readonly SignalGroupId[] = [];

  /** What the user typed in checked fields, also when it is not right (yet): nothing typed is lost. */
  @state() private drafts: Readonly<Record<string, string>> = {};
  /** Checked fields the user has left: their errors are shown. */
  @state() private touched: ReadonlySet<string> = new Set();
  @state() private showAllErrors = false;
  @state() private previewing = false;
  /** What was wrong with a card refused from the markup or from an opened file, field by field. */
  @state() private dataIssues: { source: 'markup' | 'import'; issues: ValueIssue[] } | null = null;

  #ownCommit: VerwijskaartValue | null = null;
  #root: Node | null = null;
  #clock: ReturnType<typeof setInterval> | undefined;
  /** The checked fields of a value, built once per value (values are immutable). */
  #checked = memoizeLast((v: VerwijskaartValue) => {
    const fields = this.buildCheckedFields(v);
    return { fields, byKey: new Map(fields.map((f) => [f.key, f])) };
  });

  /** True while the editor is shown. */
  get editing(): boolean {
    return this.mode === 'edit' && !this.readonly && !this.previewing;
  }

  /** True when some field holds text that is not taken over because it is not right. */
  get hasDraftErrors(): boolean {
    return this.draftErrors().size > 0;
  }

  /** Highlights the options linked to these signal groups (unknown ids are ignored). */
  highlightSignals(groups: readonly string[]): void {
    this.highlight(groups, false);
  }

  /**
   * After a hand-off from the signaleringskaart named in `for`, focus moves to the notice above the
   * options (it says which signals came in and what fits), so the reader lands where the card continues.
   */
  private highlight(groups: readonly string[], moveFocus: boolean): void {
    const known = signalGroupIds.filter((g) => groups.includes(g));
    this.signals = known;
    if (!known.length) return;
    if (moveFocus && !this.editing) {
      this.updateComplete.then(() => {
        const notice = this.renderRoot.querySelector<HTMLElement>('.match-notice');
        notice?.focus({ preventScroll: true });
        notice?.scrollIntoView({ block: 'nearest' });
      });
      return;
    }
    const names = formatList(known.map((g) => groupTitle(g).toLowerCase()));
    const matches = this.value.options.some((o) => o.signalGroups.some((g) => known.includes(g)));
    this.announce(
      matches
        ? msg(str`Doorgegeven: ${names}. De opties die daarbij passen, zijn gemarkeerd.`)
        : msg(str`Doorgegeven: ${names}. Geen optie op de kaart is aan deze signalen gekoppeld.`),
    );
  }

  override print(): void {
    printElement(this, this.printFormat === 'pocket' ? 'A4 landscape' : 'A4');
  }

  // ——— lifecycle ———

  constructor() {
    super();
    // A blocked submit shows every field that is not right, not only the ones the person left.
    this.addEventListener('invalid', () => {
      if (this.hasDraftErrors) this.showAllErrors = true;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#syncListeners();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#syncListeners();
  }

  /**
   * Listeners and timers only while the feature that needs them is on (issue 32): the hand-off
   * listener on the root while `for` names a signaleringskaart; the minute clock that keeps
   * 'reachable now' true while opening hours are shown and the host did not set the clock.
   */
  #syncListeners(): void {
    const root = this.isConnected && this.for ? this.getRootNode() : null;
    if (root !== this.#root) {
      this.#root?.removeEventListener('na-signal-forward', this.#onForward);
      root?.addEventListener('na-signal-forward', this.#onForward);
      this.#root = root;
    }
    const ticking = this.isConnected && !this.now && !this.editing && this.value.contact.schedules.length > 0;
    if (ticking && this.#clock === undefined) this.#clock = setInterval(() => this.requestUpdate(), 60_000);
    if (!ticking && this.#clock !== undefined) {
      clearInterval(this.#clock);
      this.#clock = undefined;
    }
  }

  #onForward = (event: Event): void => {
    if (!this.for || (event.target as Element | null)?.id !== this.for) return;
    event.preventDefault(); // taken: the signaleringskaart tells its user so
    this.highlight((event as NaSignalForwardEvent).detail.groups, true);
  };

  protected override reportInvalid(source: InvalidSource, issues: ValueIssue[]): void {
    this.dataIssues = source === 'markup' || source === 'import' ? { source, issues } : null;
    super.reportInvalid(source, issues);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#syncListeners();
    // The value changed from outside (property, import, undo): the fields show it again.
    if (changed.has('problem' as keyof NaVerwijskaart) && !this.problem) this.dataIssues = null;
    if (changed.has('value' as keyof NaVerwijskaart) && this.value !== this.#ownCommit) {
      this.drafts = {};
      this.touched = new Set();
      this.showAllErrors = false;
    }
  }

  /** A form with this card cannot be sent while a field is not right: the browser focuses the first such field. */
  protected override validate(): FormValidity | null {
    const first = this.draftErrors().keys().next();
    if (first.done) return super.validate();
    const anchor = (this.renderRoot as ShadowRoot | undefined)?.getElementById?.(first.value) ?? undefined;
    return { flags: { customError: true }, message: msg('Niet alle velden van de verwijskaart kloppen.'), anchor };
  }

  // ——— editing ———

  private edit(next: VerwijskaartValue, options: { coalesce?: string; announce?: string } = {}): void {
    this.#ownCommit = next;
    this.commit(next, { coalesce: options.coalesce ?? null, announce: options.announce ?? '' });
  }

  private setOption(v: VerwijskaartValue, id: string, changes: Partial<VerwijskaartOption>): VerwijskaartValue {
    return { ...v, options: v.options.map((o) => (o.id === id ? { ...o, ...changes } : o)) };
  }

  private setSchedule(v: VerwijskaartValue, id: string, changes: Partial<VerwijskaartSchedule>): VerwijskaartValue {
    return {
      ...v,
      contact: { ...v.contact, schedules: v.contact.schedules.map((s) => (s.id === id ? { ...s, ...changes } : s)) },
    };
  }

  private checkedFields(): CheckedField[] {
    return this.checked().fields;
  }

  private checked(): { fields: CheckedField[]; byKey: Map<string, CheckedField> } {
    return this.#checked(this.value);
  }

  private buildCheckedFields(v: VerwijskaartValue): CheckedField[] {
    const contact = (key: 'phone' | 'email', kind: Kind, label: () => string): CheckedField => ({
      key: `contact-${key}`, kind, group: `contact-${key}`, label,
      get: (x) => x.contact[key],
      set: (x, t) => ({ ...x, contact: { ...x.contact, [key]: t } }),
    });
    return [
      contact('phone', 'phone', () => msg('Telefoon van het contact')),
      contact('email', 'email', () => msg('E-mail van het contact')),
      {
        key: 'contact-social-url', kind: 'url', group: 'contact-social-url', label: () => msg('Adres op sociale media'),
        get: (x) => x.contact.social.url,
        set: (x, t) => ({ ...x, contact: { ...x.contact, social: { ...x.contact.social, url: t } } }),
      },
      ...v.options.flatMap((o, i): CheckedField[] =>
        (['phone', 'email', 'url'] as const).map((key) => ({
          key: `option-${o.id}-${key}`, kind: key, group: `option-${o.id}-${key}`,
          label: () => {
            const n = i + 1;
            return key === 'phone' ? msg(str`Telefoon bij optie ${n}`) : key === 'email' ? msg(str`E-mail bij optie ${n}`) : msg(str`Website bij optie ${n}`);
          },
          get: (x) => x.options.find((p) => p.id === o.id)?.[key] ?? '',
          set: (x, t) => this.setOption(x, o.id, { [key]: t }),
        })),
      ),
      ...v.contact.schedules.flatMap((s, i): CheckedField[] =>
        (['opens_at', 'closes_at'] as const).map((key) => ({
          key: `schedule-${s.id}-${key}`, kind: 'time', group: `schedule-${s.id}`,
          label: () => {
            const n = i + 1;
            return key === 'opens_at' ? msg(str`Bereikbaar van (tijden ${n})`) : msg(str`Bereikbaar tot (tijden ${n})`);
          },
          get: (x) => x.contact.schedules.find((p) => p.id === s.id)?.[key] ?? '',
          set: (x, t) => this.setSchedule(x, s.id, { [key]: t }),
        })),
      ),
    ];
  }

  /** Every checked field whose text is not right, with the reason (shown or not). */
  private draftErrors(): Map<string, FieldErrorCode> {
    const errors = new Map<string, FieldErrorCode>();
    for (const field of this.checkedFields()) {
      const draft = this.drafts[field.key];
      if (draft === undefined) continue;
      const checked = normalizers[field.kind](draft);
      if (!checked.ok) errors.set(field.key, checked.error);
    }
    for (const s of this.value.contact.schedules) {
      const opensKey = `schedule-${s.id}-opens_at`;
      const closesKey = `schedule-${s.id}-closes_at`;
      if (errors.has(opensKey) || errors.has(closesKey)) continue;
      const opens = minutesOf(this.drafts[opensKey] ?? s.opens_at);
      const closes = minutesOf(this.drafts[closesKey] ?? s.closes_at);
      if (opens >= closes) errors.set(closesKey, 'time-order');
    }
    return errors;
  }

  /** Keeps what was typed; takes over every checked field that is right now, and nothing else. */
  private onCheckedInput(key: string, raw: string): void {
    this.drafts = { ...this.drafts, [key]: raw };
    const errors = this.draftErrors();
    const blocked = new Set<string>();
    const fields = this.checkedFields();
    for (const f of fields) if (errors.has(f.key)) blocked.add(f.group);
    let next = this.value;
    for (const f of fields) {
      const draft = this.drafts[f.key];
      if (draft === undefined || blocked.has(f.group)) continue;
      const checked = normalizers[f.kind](draft);
      if (checked.ok && f.get(next) !== checked.value) next = f.set(next, checked.value);
    }
    if (next !== this.value) this.edit(next, { coalesce: key });
  }

  private onFocusOut = (event: FocusEvent): void => {
    // A focused field that disappears with the editor (readonly, preview, view mode) also fires
    // focusout, during rendering: nothing to mark then (and a state change mid-render is a Lit warning).
    if (!this.editing) return;
    const id = (event.target as HTMLElement).id;
    if (id && id in this.drafts && !this.touched.has(id)) this.touched = new Set([...this.touched, id]);
  };

  private visibleErrors(): Map<string, FieldErrorCode> {
    const all = this.draftErrors();
    if (this.showAllErrors) return all;
    // An error shows once the user left its field, or the other time of the same schedule.
    const groups = new Map(this.checkedFields().map((f) => [f.key, f.group]));
    const touchedGroups = new Set([...this.touched].map((key) => groups.get(key)));
    return new Map([...all].filter(([key]) => this.touched.has(key) || (all.get(key) === 'time-order' && touchedGroups.has(groups.get(key)))));
  }

  private addStep(text: string) {
    this.edit(
      { ...this.value, steps: [...this.value.steps, { id: createId(), text: clip(text, 1000) }] },
      { announce: msg(str`Stap toegevoegd: ${text}`) },
    );
  }

  private focusLater(id: string) {
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus());
  }

  private moveStep(index: number, delta: number, buttonId: string) {
    this.edit({ ...this.value, steps: move(this.value.steps, index, delta) }, {
      announce: msg(str`Stap verplaatst naar plaats ${index + delta + 1}.`),
    });
    this.focusLater(buttonId);
  }

  private removeStep(index: number) {
    const steps = this.value.steps;
    const removed = steps[index]!;
    this.edit({ ...this.value, steps: steps.filter((s) => s.id !== removed.id) }, {
      announce: msg('Stap verwijderd. Met Ongedaan maken komt hij terug.'),
    });
    const next = steps[index + 1] ?? steps[index - 1];
    this.focusLater(next ? `step-${next.id}` : 'add-step');
  }

  private addOption() {
    const option = emptyOption(createId());
    this.edit({ ...this.value, options: [...this.value.options, option] }, { announce: msg('Nieuwe optie toegevoegd.') });
    this.focusLater(`option-${option.id}-text`);
  }

  private moveOption(index: number, delta: number, buttonId: string) {
    this.edit({ ...this.value, options: move(this.value.options, index, delta) }, {
      announce: msg(str`Optie verplaatst naar plaats ${index + delta + 1}.`),
    });
    this.focusLater(buttonId);
  }

  private removeOption(index: number) {
    const options = this.value.options;
    const removed = options[index]!;
    this.edit({ ...this.value, options: options.filter((o) => o.id !== removed.id) }, {
      announce: msg('Optie verwijderd. Met Ongedaan maken komt hij terug.'),
    });
    const next = options[index + 1] ?? options[index - 1];
    this.focusLater(next ? `option-${next.id}-text` : 'add-option');
  }

  private toggleGroup(option: VerwijskaartOption, group: SignalGroupId, on: boolean) {
    const current = this.value.options.find((o) => o.id === option.id)?.signalGroups ?? [];
    const signalGroups = signalGroupIds.filter((g) => (g === group ? on : current.includes(g)));
    this.edit(this.setOption(this.value, option.id, { signalGroups }));
  }

  private addSchedule() {
    const schedule = emptySchedule(createId());
    this.edit(
      { ...this.value, contact: { ...this.value.contact, schedules: [...this.value.contact.schedules, schedule] } },
      { announce: msg('Nieuwe tijden toegevoegd.') },
    );
    this.focusLater(`schedule-${schedule.id}-opens_at`);
  }

  private removeSchedule(index: number) {
    const schedules = this.value.contact.schedules;
    const removed = schedules[index]!;
    this.edit(
      { ...this.value, contact: { ...this.value.contact, schedules: schedules.filter((s) => s.id !== removed.id) } },
      { announce: msg('Tijden verwijderd. Met Ongedaan maken komen ze terug.') },
    );
    const next = schedules[index + 1] ?? schedules[index - 1];
    this.focusLater(next ? `schedule-${next.id}-opens_at` : 'add-schedule');
  }

  private toggleDay(schedule: VerwijskaartSchedule, day: DayId, on: boolean) {
    const current = this.value.contact.schedules.find((s) => s.id === schedule.id)?.byday ?? [];
    const byday = dayIds.filter((d) => (d === day ? on : current.includes(d)));
    this.edit(this.setSchedule(this.value, schedule.id, { byday }));
  }

  /** Shows the card as readers see it; first asks to fix fields that are not right. */
  private preview() {
    if (this.hasDraftErrors) {
      this.showAllErrors = true;
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.na-error-summary')?.focus());
      return;
    }
    this.previewing = true;
    this.focusLater('back-to-editor');
  }

  // ——— rendering: editor ———

  private plainField(o: {
    id: string; label: string; value: string; max: number; set: (text: string) => VerwijskaartValue;
    description?: string; multiline?: boolean; optional?: boolean;
  }) {
    return textField({
      id: o.id,
      label: o.label,
      value: o.value,
      description: o.description,
      multiline: o.multiline,
      optional: o.optional,
      onInput: (text) => this.edit(o.set(clip(text, o.max)), { coalesce: o.id }),
    });
  }

  private checkedField(key: string, label: string, errors: Map<string, FieldErrorCode>, description?: string) {
    const field = this.checked().byKey.get(key)!;
    const error = errors.get(key);
    return textField({
      id: key,
      label,
      value: this.drafts[key] ?? field.get(this.value),
      description,
      optional: true,
      error: error ? fieldErrorText(error) : undefined,
      type: field.kind === 'phone' ? 'tel' : field.kind === 'email' ? 'email' : 'text',
      autocomplete: 'off',
      onInput: (raw) => this.onCheckedInput(key, raw),
    });
  }

  private renderItemActions(o: { index: number; count: number; idPrefix: string; describedBy: string; onMove: (delta: number, buttonId: string) => void; onRemove: () => void; removeLabel: string }) {
    const up = `${o.idPrefix}-up`;
    const down = `${o.idPrefix}-down`;
    return html`<div class="item-actions">
      ${button({ id: up, label: msg('Omhoog'), variant: 'subtle', disabled: o.index === 0, describedBy: o.describedBy, onClick: () => o.onMove(-1, up) })}
      ${button({ id: down, label: msg('Omlaag'), variant: 'subtle', disabled: o.index === o.count - 1, describedBy: o.describedBy, onClick: () => o.onMove(1, down) })}
      ${button({ label: o.removeLabel, variant: 'subtle', describedBy: o.describedBy, onClick: o.onRemove })}
    </div>`;
  }

  private renderEditor() {
    const v = this.value;
    const level = this.headingLevel;
    const errors = this.visibleErrors();
    const labels = new Map(this.checkedFields().map((f) => [f.key, f.label()]));
    return html`<div class="editor" part="editor" @focusout=${this.onFocusOut}>
      <div class="na-header" part="header">
        ${heading(level, msg('Verwijskaart maken'), 'na-heading na-title')}
        <p>${msg('Maak hier de verwijskaart voor uw gemeente, wijk of dorp. Schrijf op wat iemand doet bij een vermoeden van eenzaamheid, welke hulp er is en wie hij of zij kan bellen.')}</p>
        ${guidance(
          msg('Welke vragen beantwoordt de kaart?'),
          html`<ul>${assignmentQuestions().map((q) => html`<li>${q}</li>`)}</ul>`,
        )}
        ${this.renderTranslationNote()}
      </div>
      ${errorSummary(
        msg('Niet alles klopt. Deze velden staan pas op de kaart als ze goed zijn:'),
        [...errors].map(([id, code]) => ({ id, message: `${labels.get(id) ?? id}: ${fieldErrorText(code)}` })),
      )}
      ${section({
        id: 'about',
        level: level + 1,
        heading: msg('Over deze kaart'),
        content: html`${this.plainField({
            id: 'title', label: msg('Titel van de kaart'), value: v.title, max: 200, optional: true,
            description: msg('Bijvoorbeeld: Verwijskaart eenzaamheid wijk Oost. Leeg laten mag: dan staat er Verwijskaart.'),
            set: (title) => ({ ...this.value, title }),
          })}
          ${this.plainField({
            id: 'area', label: msg('Voor welke gemeente, wijk of dorp is de kaart?'), value: v.area, max: 200, optional: true,
            set: (area) => ({ ...this.value, area }),
          })}`,
      })}
      ${section({
        id: 'edit-steps',
        level: level + 1,
        heading: verwijskaartText.steps(),
        description: msg('Wat doet iemand die denkt dat een ander eenzaam is? Zet de stappen in de goede volgorde.'),
        content: html`<ol class="edit-list">
            ${repeat(v.steps, (s) => s.id, (s, i) => html`<li class="edit-item">
              <span id="step-${s.id}-name" hidden>${msg(str`Stap ${i + 1}`)}</span>
              ${this.plainField({
                id: `step-${s.id}`, label: msg(str`Stap ${i + 1}`), value: s.text, max: 1000,
                set: (text) => ({ ...this.value, steps: this.value.steps.map((x) => (x.id === s.id ? { ...x, text } : x)) }),
              })}
              ${this.renderItemActions({
                index: i, count: v.steps.length, idPrefix: `step-${s.id}`, describedBy: `step-${s.id}-name`,
                removeLabel: msg('Verwijder stap'),
                onMove: (d, b) => this.moveStep(i, d, b), onRemove: () => this.removeStep(i),
              })}
            </li>`)}
          </ol>
          ${v.steps.length >= 30 ? nothing : addItemField({
            id: 'add-step', label: msg('Nieuwe stap'), buttonLabel: msg('Stap toevoegen'), onAdd: (t) => this.addStep(t),
          })}`,
      })}
      ${section({
        id: 'edit-options',
        level: level + 1,
        heading: verwijskaartText.options(),
        description: msg('Welke hulp of activiteiten zijn er? Schrijf bij elke optie wie het aanbiedt en hoe iemand hen bereikt.'),
        content: html`${repeat(v.options, (o) => o.id, (o, i) => guard(this.optionEditorInputs(o, i, errors), () => this.renderOptionEditor(o, i, errors)))}
          ${v.options.length >= 40 ? nothing : button({ id: 'add-option', label: msg('Optie toevoegen'), onClick: () => this.addOption() })}`,
      })}
      ${this.renderContactEditor(errors)}
      ${this.renderEmbed()}
    </div>`;
  }

  /**
   * Everything an option's editor shows. It renders again only when one of these changed, so a
   * keystroke in one field does not render the editor of every option again (guard).
   */
  private optionEditorInputs(o: VerwijskaartOption, i: number, errors: Map<string, FieldErrorCode>): unknown[] {
    const checked = (['phone', 'email', 'url'] as const).map((key) => `option-${o.id}-${key}`);
    return [o, i, this.value.options.length, textsKey(), ...checked.map((key) => this.drafts[key]), ...checked.map((key) => errors.get(key))];
  }

  private renderOptionEditor(o: VerwijskaartOption, i: number, errors: Map<string, FieldErrorCode>) {
    const n = i + 1;
    const id = `option-${o.id}`;
    const set = (changes: Partial<VerwijskaartOption>) => this.setOption(this.value, o.id, changes);
    return html`<fieldset class="na-fieldset edit-option" part="option-editor">
      <legend id="${id}-legend">${o.text ? msg(str`Optie ${n}: ${o.text}`) : msg(str`Optie ${n}`)}</legend>
      ${this.plainField({
        id: `${id}-text`, label: msg('Wat is de optie?'), value: o.text, max: 500,
        description: msg('In een paar woorden. Bijvoorbeeld: Een maatje dat op bezoek komt.'),
        set: (text) => set({ text }),
      })}
      ${this.plainField({
        id: `${id}-organization`, label: msg('Wie biedt het aan?'), value: o.organization.name, max: 200,
        description: msg('De organisatie, de groep of de persoon.'),
        set: (name) => set({ organization: { name } }),
      })}
      ${this.plainField({
        id: `${id}-service`, label: msg('Naam van de dienst of het project'), value: o.service.name, max: 200, optional: true,
        set: (name) => set({ service: { ...(this.value.options.find((x) => x.id === o.id) ?? o).service, name } }),
      })}
      ${this.plainField({
        id: `${id}-how`, label: msg('Hoe komt iemand hier terecht?'), value: o.service.application_process, max: 1000, optional: true, multiline: true,
        description: msg('Bijvoorbeeld: Bel of mail. Iemand komt eerst kennismaken.'),
        set: (application_process) => set({ service: { ...(this.value.options.find((x) => x.id === o.id) ?? o).service, application_process } }),
      })}
      <div class="field-row">
        ${this.checkedField(`${id}-phone`, msg('Telefoon'), errors)}
        ${this.checkedField(`${id}-email`, msg('E-mail'), errors)}
        ${this.checkedField(`${id}-url`, msg('Website'), errors)}
      </div>
      <fieldset class="na-fieldset groups">
        <legend>${msg('Bij welke signalen past deze optie?')}</legend>
        <p class="na-field__description">${msg('De groepen van de signaleringskaart. Zo ziet iemand die signalen doorgeeft welke opties passen.')}</p>
        ${signalGroupIds.map((g) =>
          checkbox({ id: `${id}-group-${g}`, label: groupTitle(g), checked: o.signalGroups.includes(g), onChange: (c) => this.toggleGroup(o, g, c) }),
        )}
      </fieldset>
      ${this.renderItemActions({
        index: i, count: this.value.options.length, idPrefix: id, describedBy: `${id}-legend`,
        removeLabel: msg('Verwijder optie'),
        onMove: (d, b) => this.moveOption(i, d, b), onRemove: () => this.removeOption(i),
      })}
    </fieldset>`;
  }

  /** The HTML an organisation pastes into its website to show this card, without JavaScript skills. */
  get embedCode(): string {
    // '<' is escaped so no text on the card can end the script element early.
    const json = JSON.stringify(this.value, null, 2).replace(/</g, '\\u003c');
    return `<na-verwijskaart>\n<script type="application/json">\n${json}\n</script>\n</na-verwijskaart>`;
  }

  private async copyEmbed() {
    try {
      await navigator.clipboard.writeText(this.embedCode);
      this.announce(msg('De code is gekopieerd.'));
    } catch {
      this.renderRoot.querySelector<HTMLTextAreaElement>('#embed-code')?.select();
      this.announce(msg('Kopiëren lukte niet. De code is geselecteerd: kopieer hem met Ctrl+C.'));
    }
  }

  private renderEmbed() {
    return section({
      id: 'embed',
      level: this.headingLevel + 1,
      heading: msg('De kaart op uw website zetten'),
      description: msg('Zet deze code op de pagina, samen met het script van niet-alleen. Verandert u de kaart? Kopieer de code dan opnieuw.'),
      content: html`<div class="na-field">
          <label class="na-field__label" for="embed-code">${msg('Code voor uw website')}</label>
          <textarea class="na-input embed-code" id="embed-code" readonly rows="8" .value=${this.embedCode}></textarea>
        </div>
        ${button({ label: msg('Kopieer de code'), onClick: () => void this.copyEmbed() })}`,
    });
  }

  private renderContactEditor(errors: Map<string, FieldErrorCode>) {
    const c = this.value.contact;
    const setContact = (changes: Partial<VerwijskaartValue['contact']>) => ({ ...this.value, contact: { ...this.value.contact, ...changes } });
    return section({
      id: 'edit-contact',
      level: this.headingLevel + 1,
      heading: verwijskaartText.contactPrompt(),
      content: html`<div class="field-row">
          ${this.plainField({ id: 'contact-name', label: msg('Naam'), value: c.name, max: 200, optional: true, set: (name) => setContact({ name }) })}
          ${this.plainField({ id: 'contact-organization', label: msg('Organisatie'), value: c.organization.name, max: 200, optional: true, set: (name) => setContact({ organization: { name } }) })}
          ${this.plainField({ id: 'contact-department', label: msg('Team'), value: c.department, max: 200, optional: true, set: (department) => setContact({ department }) })}
        </div>
        <div class="field-row">
          ${this.checkedField('contact-phone', msg('Telefoon'), errors)}
          ${this.checkedField('contact-email', msg('E-mail'), errors)}
        </div>
        <div class="field-row">
          ${this.plainField({
            id: 'contact-social-platform', label: msg('Sociale media'), value: c.social.platform, max: 60, optional: true,
            description: msg('Bijvoorbeeld Facebook.'),
            set: (platform) => setContact({ social: { ...this.value.contact.social, platform } }),
          })}
          ${this.checkedField('contact-social-url', msg('Adres op sociale media'), errors, msg('Het webadres van de pagina.'))}
        </div>
        ${repeat(c.schedules, (s) => s.id, (s, i) => this.renderScheduleEditor(s, i, errors))}
        ${c.schedules.length >= 14 ? nothing : button({ id: 'add-schedule', label: msg('Tijden toevoegen'), onClick: () => this.addSchedule() })}`,
    });
  }

  private renderScheduleEditor(s: VerwijskaartSchedule, i: number, errors: Map<string, FieldErrorCode>) {
    const id = `schedule-${s.id}`;
    return html`<fieldset class="na-fieldset edit-schedule" part="schedule-editor">
      <legend id="${id}-legend">${msg(str`Bereikbaar (tijden ${i + 1})`)}</legend>
      <div class="field-row">
        ${this.checkedField(`${id}-opens_at`, msg('Bereikbaar van'), errors, msg('Bijvoorbeeld 09:00'))}
        ${this.checkedField(`${id}-closes_at`, msg('tot'), errors, msg('Bijvoorbeeld 17:00'))}
      </div>
      <fieldset class="na-fieldset days">
        <legend>${verwijskaartText.daysBlank()}</legend>
        <div class="day-list">
          ${dayIds.map((d) => checkbox({ id: `${id}-day-${d}`, label: dayName(d), checked: s.byday.includes(d), onChange: (c) => this.toggleDay(s, d, c) }))}
        </div>
      </fieldset>
      <div class="item-actions">
        ${button({ label: msg('Verwijder deze tijden'), variant: 'subtle', describedBy: `${id}-legend`, onClick: () => this.removeSchedule(i) })}
      </div>
    </fieldset>`;
  }

  // ——— rendering: the card ———

  private renderTranslationNote() {
    return translationNotice();
  }

  private renderMarkupIssues() {
    if (!this.problem || !this.dataIssues?.issues.length) return nothing;
    const { source, issues } = this.dataIssues;
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

  private renderMatchNotice() {
    if (!this.signals.length) return nothing;
    const names = formatList(this.signals.map((g) => groupTitle(g).toLowerCase()));
    const matches = this.value.options.some((o) => this.fitsSignals(o));
    return html`<div class="na-notice match-notice" part="match-notice" tabindex="-1">
      <p><strong>${msg(str`Doorgegeven signalen: ${names}.`)}</strong></p>
      <p>${matches
        ? msg('De opties die daarbij passen, zijn gemarkeerd met: Past bij de doorgegeven signalen.')
        : msg('Geen optie op deze kaart is aan deze signalen gekoppeld. Neem contact op met het contact onderaan de kaart.')}</p>
      ${button({ label: msg('Markering weghalen'), variant: 'subtle', part: 'button na-no-print', onClick: () => this.clearSignals() })}
    </div>`;
  }

  /** Removes the marking; the notice with its button goes, so focus moves to the options heading. */
  private clearSignals() {
    this.signals = [];
    this.announce(msg('De markering is weg.'));
    this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>('#options-heading');
      if (!target) return;
      target.tabIndex = -1;
      target.focus();
    });
  }

  private fitsSignals(o: VerwijskaartOption): boolean {
    return o.signalGroups.some((g) => this.signals.includes(g));
  }

  private blankLines(count: number) {
    return html`<div class="lines na-print-only" aria-hidden="true">${Array.from({ length: count }, () => html`<span></span>`)}</div>`;
  }

  private notFilled() {
    return html`<p class="na-empty-answer na-no-print">${msg('Niet ingevuld')}</p>`;
  }

  private link(href: string | null, text: string) {
    return href ? html`<a href=${href}>${text}</a>` : html`${text}`;
  }

  private renderSteps() {
    const steps = this.value.steps.filter((s) => s.text.trim());
    return section({
      id: 'steps',
      part: 'section steps',
      level: this.headingLevel + 1,
      heading: verwijskaartText.steps(),
      content: steps.length
        ? html`<ol class="steps">${steps.map((s) => html`<li>${s.text}</li>`)}</ol>`
        : html`${this.notFilled()}${this.blankLines(6)}`,
    });
  }

  private optionFilled(o: VerwijskaartOption): boolean {
    return [o.text, o.organization.name, o.service.name, o.service.application_process, o.phone, o.email, o.url].some((t) => t.trim());
  }

  private renderOption(o: VerwijskaartOption) {
    const match = this.fitsSignals(o);
    const title = o.text || o.service.name || o.organization.name;
    const who = [o.organization.name, o.service.name].filter((t) => t.trim()).map(isolate).join(' – ');
    const tel = telHref(o.phone);
    const mail = mailtoHref(o.email);
    const web = urlHref(o.url);
    return html`<li class="option ${match ? 'option--match' : ''}" part=${match ? 'option option-match' : 'option'}>
      ${heading(this.headingLevel + 2, title, 'na-heading option__title')}
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

  private renderOptionList() {
    const options = this.value.options.filter((o) => this.optionFilled(o));
    return section({
      id: 'options',
      part: 'section options',
      level: this.headingLevel + 1,
      heading: verwijskaartText.options(),
      content: html`${this.renderMatchNotice()}
        ${options.length
          ? html`<ul class="options">${options.map((o) => this.renderOption(o))}</ul>`
          : html`${this.notFilled()}${this.blankLines(10)}`}`,
    });
  }

  private daysText(days: readonly DayId[]): string {
    return formatList(
      dayRuns(days).map((run) =>
        run.length === 2 ? msg(str`${dayName(run[0]!)} tot en met ${dayName(run[1]!)}`) : dayName(run[0]!),
      ),
    );
  }

  private renderReachability() {
    const status = reachability(this.value.contact.schedules, this.now ?? new Date());
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

  private renderContact() {
    const c = this.value.contact;
    const who = [c.name, c.department, c.organization.name].filter((t) => t.trim());
    const schedules = c.schedules.filter((s) => s.byday.length || s.opens_at || s.closes_at);
    const filled = who.length || c.phone || c.email || c.social.url || schedules.length;
    const line = () => html`<span class="line" aria-hidden="true"></span>`;
    if (!filled) {
      // The blank card: the workbook's prompts with room to write.
      return section({
        id: 'contact',
        part: 'section contact',
        level: this.headingLevel + 1,
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
      level: this.headingLevel + 1,
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

  private renderCard() {
    const v = this.value;
    return html`<article class="card" part="card" aria-labelledby="card-title">
      <div part="header" class="na-header card__header">
        ${heading(this.headingLevel, v.title || verwijskaartText.title(), 'na-heading na-title', 'card-title')}
        ${v.area ? html`<p class="card__area">${v.area}</p>` : nothing}
        ${this.renderTranslationNote()}
        ${this.isEmpty && !this.problem ? html`<div class="na-no-print">${emptyState(msg('Deze verwijskaart is nog leeg.'), msg('U kunt hem afdrukken en met de hand invullen.'))}</div>` : nothing}
      </div>
      <div class="card__body">
        <div class="card__main">${this.renderSteps()} ${this.renderOptionList()}</div>
        <div class="card__side">${this.renderContact()}</div>
      </div>
    </article>`;
  }

  protected renderInstrument() {
    return html`${this.renderMarkupIssues()}${this.editing ? this.renderEditor() : this.renderCard()}`;
  }

  protected override renderToolbarExtras() {
    return this.editing ? button({ label: msg('Bekijk de kaart'), variant: 'primary', onClick: () => this.preview() }) : nothing;
  }

  protected override renderToolbar() {
    if (this.editing) return super.renderToolbar();
    return this.toolbar(html`
      ${this.previewing
        ? button({ id: 'back-to-editor', label: msg('Terug naar bewerken'), variant: 'primary', onClick: () => {
            this.previewing = false;
            this.focusLater('title');
          } })
        : nothing}
      ${button({ label: msg('Afdrukken'), onClick: () => this.print() })}
      ${button({ label: msg('Afdrukken als zakkaart (A5)'), onClick: () => this.printPocket() })}`);
  }

  /** Prints the folded A5 pocket version, then returns to the chosen format. */
  private async printPocket() {
    const previous = this.printFormat;
    this.printFormat = 'pocket';
    await this.updateComplete;
    window.addEventListener('afterprint', () => (this.printFormat = previous), { once: true });
    this.print();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-verwijskaart': NaVerwijskaart;
  }
}
