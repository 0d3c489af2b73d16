import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@niet-alleen/core/msg';
import {
  NaInstrumentElement, NaInvalidEvent, addItemField, button, checkbox, createId, emptyState, getLocale, guidance, heading, memoizeLast, scale,
  own, section, textField, textsKey, type InstrumentDefinition,
  translationNotice,
} from '@niet-alleen/core';
import {
  reflectorDefinitionSchema, reflectorInstrumentDefinition, type ReflectorAnswer, type ReflectorDefinition, type ReflectorMoment,
  type ReflectorOwnStatement, type ReflectorValue,
} from './schema.js';
import { reflectorText } from './content.js';
import { answerOf, compareMoments, currentMoment, formatDate, sameDayOrdinals, today, type ComparisonRow } from './internal/moments.js';
import { reflectorStyles } from './reflector.styles.js';
import type { InstrumentListeners } from '@niet-alleen/core';

/** What `definition` returns: the reflector definition plus what core needs (schema, version, empty). */
export type ResolvedReflectorDefinition = ReflectorDefinition & InstrumentDefinition<ReflectorValue>;

const unconfigured: ReflectorDefinition = { id: 'reflector', title: '', statements: [] };

/** The engine's own words about its items; a reflector whose items are not statements overrides them (`wording`). */
export interface ReflectorWording {
  guidanceSummary: string;
  guidanceText: string;
  ownDescription: string;
  ownTag: string;
  talkEmpty: string;
  compareAdvice: string;
}

/** Listeners typed by this element's value (`event.detail.value` is a ReflectorValue); see InstrumentListeners. */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the interface only narrows the listener types */
export interface NaReflector {
  addEventListener: InstrumentListeners<ReflectorValue>['addEventListener'];
  removeEventListener: InstrumentListeners<ReflectorValue>['removeEventListener'];
}

/**
 * A reflector: statements with a scale and/or a comment column, own statements, or free columns —
 * described by a {@link ReflectorDefinition}. Each filling is a dated moment; fillings can be
 * compared side by side per statement. Never a total, score or label: a reflector feeds a conversation.
 *
 * Set `definition` (a zod-validated object), or put it in the markup as
 * `<script type="application/reflector+json">{…}</script>`. The named reflectors
 * (`<na-reflector-vooroordelen>` …) fix the definition to the workbook's texts.
 *
 * @element na-reflector
 * @fires na-change - After each edit; `detail.value` is the new {@link ReflectorValue}.
 * @fires na-invalid - Data (value or definition) from outside was refused; `detail: { source, issues }`.
 * @csspart base - Wrapper around everything.
 * @csspart header - Title, introduction, warning and scale key.
 * @csspart warning - The warning text (e.g. 'not a measurement').
 * @csspart moments - The list of dated fillings with 'new filling' and 'compare'.
 * @csspart statements - The list of statements of the shown filling.
 * @csspart statement - One statement with its scale, comment and 'talk about it'.
 * @csspart columns - The free columns (layout 'columns').
 * @csspart comparison - The fillings side by side.
 * @csspart talk - Statements the user wants to talk about.
 * @csspart toolbar - Export, import, print, undo, redo, empty.
 * @cssprop --na-reflector-statement-border-color - Line between statements (also on paper).
 * @cssprop --na-reflector-option-checked-background-color - Background of the chosen scale option.
 * @cssprop --na-reflector-changed-background-color - Background of a changed row in the comparison (always with the word 'Veranderd').
 * @cssprop --na-reflector-column-background-color - Background of a free column.
 */
export class NaReflector extends NaInstrumentElement<ReflectorValue> {
  static override styles = [...NaInstrumentElement.styles, reflectorStyles];

  #custom: ReflectorDefinition | null = null;
  #instrument = new Map<string, InstrumentDefinition<ReflectorValue>>();
  /*
   * Asked many times per render, and building it looks up every text of the reflector: built again
   * only when the texts (locale, organisation texts) or the custom definition changed.
   */
  #resolve = memoizeLast((_texts: string, custom: ReflectorDefinition | null): ResolvedReflectorDefinition => {
    const reflector = this.builtInDefinition() ?? custom;
    const id = reflector?.id ?? null;
    // One definition per reflector and scale: a choice not on the scale is refused.
    const key = `${id}\u0000${reflector?.scale?.options.map((o) => o.value).join('\u0000') ?? ''}`;
    let instrument = this.#instrument.get(key);
    if (!instrument) this.#instrument.set(key, (instrument = reflectorInstrumentDefinition(id, reflector)));
    return { ...(reflector ?? unconfigured), ...instrument };
  });

  /** The filling shown (null: the latest). View state only; never stored. */
  @state() private currentId: string | null = null;

  /** What is shown: 'fill' (one filling) or 'compare' (all fillings side by side; needs two or more). */
  @property({ reflect: true }) view: 'fill' | 'compare' = 'fill';

  /** The definition of a named reflector; null for the generic engine. */
  protected builtInDefinition(): ReflectorDefinition | null {
    return null;
  }

  /** How the engine speaks of this reflector and its items ('deze reflector', 'stelling'). */
  protected get wording(): ReflectorWording {
    return {
      guidanceSummary: msg('Hoe gebruikt u deze reflector?'),
      guidanceText: msg('De reflector is een aanleiding voor een gesprek, geen meting. Er komt geen uitkomst uit: het gaat om wat u bij elke stelling denkt en wilt bespreken.'),
      ownDescription: msg('Uw eigen stelling komt onder de andere te staan.'),
      ownTag: msg('(eigen stelling)'),
      talkEmpty: msg("Kies bij een stelling 'Hier wil ik over praten' om die in het gesprek mee te nemen."),
      compareAdvice: reflectorText.compareAdvice(),
    };
  }

  /** True when a definition is set (always for the named reflectors). */
  get hasDefinition(): boolean {
    return Boolean(this.builtInDefinition() ?? this.#custom);
  }

  /**
   * What this reflector asks (a {@link ReflectorDefinition}). Setting an invalid definition keeps
   * the current one and fires `na-invalid`. The named reflectors ignore it: their texts are fixed.
   * Reading it returns the same object until the locale, the texts or the definition change: treat
   * it as read-only and set a new definition instead of changing this one.
   */
  @property({ attribute: false, noAccessor: true })
  get definition(): ResolvedReflectorDefinition {
    return this.#resolve(textsKey(), this.#custom);
  }
  set definition(next: ReflectorDefinition | null) {
    if (this.builtInDefinition()) return;
    if (next === null || next === undefined) {
      this.#custom = null;
      this.requestUpdate();
      return;
    }
    const result = reflectorDefinitionSchema.safeParse(next);
    if (!result.success) {
      this.dispatchEvent(new NaInvalidEvent('property', result.error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code }))));
      return;
    }
    this.#custom = result.data;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    // The definition first: the value in the markup is checked against it.
    const script = this.querySelector(':scope > script[type="application/reflector+json"]');
    if (script && !this.#custom && !this.builtInDefinition()) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(script.textContent ?? '');
      } catch (error) {
        this.dispatchEvent(new NaInvalidEvent('markup', [{ path: [], message: String(error), code: 'invalid_json' }]));
      }
      if (parsed !== undefined) {
        const result = reflectorDefinitionSchema.safeParse(parsed);
        if (result.success) this.#custom = result.data;
        else this.dispatchEvent(new NaInvalidEvent('markup', result.error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code }))));
      }
    }
    super.connectedCallback();
  }

  // ——— derived ———

  /** The filling shown: the chosen one, else the latest; null before anything is filled in. */
  get currentMoment(): ReflectorMoment | null {
    return currentMoment(this.value, this.currentId);
  }

  /** The comparison of all fillings, per statement (derived, never stored). */
  get comparison(): ComparisonRow[] {
    return compareMoments(this.definition, this.value.moments);
  }

  private get isColumns(): boolean {
    return (this.definition.layout ?? 'statements') === 'columns';
  }

  private get offersTalk(): boolean {
    return this.definition.talk !== false && !this.isColumns;
  }

  // ——— edits (all through commit) ———

  /** Changes the shown filling; the first edit creates the first filling, dated today. */
  private editMoment(change: (m: ReflectorMoment) => ReflectorMoment, options: { coalesce?: string; announce?: string } = {}) {
    const value = this.value;
    let moments = value.moments;
    let moment = this.currentMoment;
    if (!moment) {
      moment = { id: createId(), date: today(), answers: {}, own: [], columns: {} };
      moments = [moment];
    }
    const changed = change(moment);
    this.commit(
      { ...value, reflector: value.reflector ?? this.definition.id, moments: moments.map((m) => (m.id === moment.id ? changed : m)) },
      { coalesce: options.coalesce ?? null, announce: options.announce ?? '' },
    );
  }

  private setAnswer(statementId: string, patch: Partial<ReflectorAnswer>, coalesce?: string) {
    this.editMoment((m) => ({ ...m, answers: { ...m.answers, [statementId]: { ...answerOf(m, statementId), ...patch } } }), { coalesce });
  }

  private setOwn(id: string, patch: Partial<ReflectorOwnStatement>, coalesce?: string) {
    this.editMoment((m) => ({ ...m, own: m.own.map((o) => (o.id === id ? { ...o, ...patch } : o)) }), { coalesce });
  }

  private addOwn(text: string) {
    const own: ReflectorOwnStatement = { id: createId(), text, choice: null, comment: '', talk: false };
    this.editMoment((m) => ({ ...m, own: [...m.own, own] }), { announce: msg(str`Toegevoegd: ${text}`) });
  }

  private removeOwn(own: ReflectorOwnStatement) {
    this.editMoment((m) => ({ ...m, own: m.own.filter((o) => o.id !== own.id) }), {
      announce: msg(str`Verwijderd: ${own.text}. Met Ongedaan maken komt het terug.`),
    });
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#add-own')?.focus());
  }

  private addEntry(columnId: string, text: string) {
    this.editMoment((m) => ({ ...m, columns: { ...m.columns, [columnId]: [...(own(m.columns, columnId) ?? []), { id: createId(), text }] } }), {
      announce: msg(str`Toegevoegd: ${text}`),
    });
  }

  private setEntry(columnId: string, entryId: string, text: string) {
    this.editMoment(
      (m) => ({ ...m, columns: { ...m.columns, [columnId]: (own(m.columns, columnId) ?? []).map((e) => (e.id === entryId ? { ...e, text } : e)) } }),
      { coalesce: `entry-${entryId}` },
    );
  }

  private removeEntry(columnId: string, entryId: string, text: string) {
    this.editMoment((m) => ({ ...m, columns: { ...m.columns, [columnId]: (own(m.columns, columnId) ?? []).filter((e) => e.id !== entryId) } }), {
      announce: msg(str`Verwijderd: ${text}. Met Ongedaan maken komt het terug.`),
    });
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#add-${columnId}`)?.focus());
  }

  /** Starts a new dated filling; earlier fillings stay as they are. Own statements come along, unanswered. */
  startNewMoment(): void {
    if (this.readonly) return;
    const previous = this.value.moments.at(-1);
    const moment: ReflectorMoment = {
      id: createId(),
      date: today(),
      answers: {},
      own: (previous?.own ?? []).map((o) => ({ ...o, choice: null, comment: '', talk: false })),
      columns: {},
    };
    const value = this.value;
    this.commit(
      { ...value, reflector: value.reflector ?? this.definition.id, moments: [...value.moments, moment] },
      { announce: msg('Een nieuwe invulling is begonnen. De eerdere invullingen blijven zoals ze waren.') },
    );
    this.currentId = moment.id;
    this.view = 'fill';
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#moment-date')?.focus());
  }

  private removeMoment(moment: ReflectorMoment) {
    const value = this.value;
    this.commit({ ...value, moments: value.moments.filter((m) => m.id !== moment.id) }, {
      announce: msg(str`De invulling van ${formatDate(moment.date, getLocale())} is verwijderd. Met Ongedaan maken komt ze terug.`),
    });
    this.currentId = null;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="moments"] button')?.focus());
  }

  private setDate(date: string) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    this.editMoment((m) => ({ ...m, date }), { coalesce: 'moment-date' });
  }

  private show(id: string | null, compare: boolean) {
    this.currentId = id;
    this.view = compare ? 'compare' : 'fill';
  }

  // ——— rendering ———

  private optionLabel(choice: string | null): string {
    const option = this.definition.scale?.options.find((o) => o.value === choice);
    if (!option) return choice ?? '';
    return option.short ? `${option.short} – ${option.label}` : option.label;
  }

  private renderHeader() {
    const d = this.definition;
    return html`<div class="header" part="header">
      ${heading(this.headingLevel, d.title, 'na-heading na-title')}
      ${(d.intro ?? []).map((p) => html`<p>${p}</p>`)}
      ${d.warning ? html`<p class="na-notice warning" part="warning">${d.warning}</p>` : nothing}
      ${guidance(
        this.wording.guidanceSummary,
        html`<p>${this.wording.guidanceText}</p>
          <p>${msg('Vul later opnieuw in met Nieuwe invulling. Daarna kunt u de invullingen naast elkaar zien en praten over wat er veranderd is.')}</p>`,
      )}
      ${this.builtInDefinition() ? translationNotice() : nothing}
    </div>`;
  }

  /** The name of a filling: its date, and its place that day when there are more on one day. */
  private momentLabel(m: Pick<ReflectorMoment, 'id' | 'date'>, ordinals: Map<string, number>): string {
    const locale = getLocale();
    const n = ordinals.get(m.id) ?? 0;
    return n ? msg(str`${n}e invulling van ${formatDate(m.date, locale)}`) : msg(str`Invulling van ${formatDate(m.date, locale)}`);
  }

  private renderMoments() {
    const { moments } = this.value;
    const shown = this.currentMoment;
    const printDate = html`<p class="na-print-only print-date">${msg('Datum:')} <span class="print-line"></span></p>`;
    if (!moments.length && this.readonly) return printDate;
    // Before the first answer the bar already shows the filling that answer starts (dated today):
    // the first answer then adds nothing above the statements, and nothing moves under the pointer.
    const listed = moments.length ? moments : [{ id: '', date: today() }];
    const ordinals = sameDayOrdinals(listed);
    return html`${moments.length ? nothing : printDate}<div class="moments" part="moments">
      <p class="moments__label" id="moments-label">${msg('Invullingen')}</p>
      <ul class="moments__list" aria-labelledby="moments-label">
        ${listed.map(
          (m) => html`<li>
            ${button({
              label: this.momentLabel(m, ordinals),
              pressed: this.view !== 'compare' && (m.id === '' || m.id === shown?.id),
              onClick: () => this.show(m.id || null, false),
            })}
          </li>`,
        )}
        ${moments.length > 1
          ? html`<li>${button({ label: msg('Vergelijk de invullingen'), pressed: this.view === 'compare', onClick: () => this.show(this.currentId, this.view !== 'compare') })}</li>`
          : nothing}
      </ul>
      ${this.readonly
        ? nothing
        : html`<div class="moments__actions">
            ${button({ label: msg('Nieuwe invulling beginnen'), disabled: !moments.length, onClick: () => this.startNewMoment() })}
          </div>`}
    </div>`;
  }

  private renderMomentHeader(moment: ReflectorMoment | null) {
    if (!moment && this.readonly) return nothing;
    // Before the first answer: today's date, which that answer (or a change of date) gives the filling. On paper the blank 'Datum:' line stands instead.
    return html`<div class=${moment ? 'moment-header' : 'moment-header na-no-print'}>
      ${textField({
        id: 'moment-date',
        label: msg('Datum van deze invulling'),
        type: 'date',
        value: moment?.date ?? today(),
        readonly: this.readonly,
        onInput: (v) => this.setDate(v),
      })}
      ${this.readonly || !moment || this.value.moments.length < 2
        ? nothing
        : button({
            label: msg('Verwijder deze invulling'),
            variant: 'subtle',
            describedBy: 'moment-date',
            onClick: () => this.removeMoment(moment),
          })}
    </div>`;
  }

  /** One statement row: text, scale, comment column and 'Hier wil ik over praten'. */
  private renderStatementRow(o: {
    key: string;
    text: string;
    answer: ReflectorAnswer;
    onPatch: (patch: Partial<ReflectorAnswer>, coalesce?: string) => void;
    actions?: unknown;
  }) {
    const d = this.definition;
    const textId = `text-${o.key}`;
    return html`<li><div class="statement" part="statement" role="group" aria-labelledby=${textId}>
      <p class="statement__text" id=${textId}>${o.text}</p>
      ${d.scale
        ? scale({
            name: `scale-${o.key}`,
            legend: o.text,
            grouped: false,
            options: d.scale.options,
            selected: o.answer.choice,
            readonly: this.readonly,
            onChange: (choice) => o.onPatch({ choice }),
          })
        : nothing}
      ${d.comment
        ? html`<div class="statement__comment">
            ${textField({
              id: `comment-${o.key}`,
              label: d.comment.label,
              multiline: true,
              value: o.answer.comment,
              readonly: this.readonly,
              onInput: (comment) => o.onPatch({ comment }, `comment-${o.key}`),
            })}
            ${this.readonly ? nothing : html`<p class="na-print-only print-text">${o.answer.comment}</p>`}
          </div>`
        : nothing}
      <div class="statement__extra">
        ${this.offersTalk
          ? html`<div class=${o.answer.talk ? 'talk talk--on' : 'talk'}>
              ${checkbox({
                id: `talk-${o.key}`,
                label: msg('Hier wil ik over praten'),
                checked: o.answer.talk,
                readonly: this.readonly,
                onChange: (talk) => o.onPatch({ talk }),
              })}
            </div>`
          : nothing}
        ${o.actions ?? nothing}
      </div>
    </div></li>`;
  }

  private renderStatements(moment: ReflectorMoment | null) {
    const d = this.definition;
    const statements = d.statements ?? [];
    const own = moment?.own ?? [];
    const layout = [d.scale ? 'has-scale' : '', d.comment ? 'has-comment' : ''].join(' ');
    return html`<div class="sheet ${layout}">${d.scale?.key ? html`<p class="scale-key">${d.scale.key}</p>` : nothing}
      ${d.statementsLabel || d.comment
        ? html`<div class="table-head" aria-hidden="true">
            <span>${d.statementsLabel ?? ''}</span>
            ${d.scale ? html`<span class="table-head__scale">${d.scale.options.map((opt) => html`<span>${opt.short ?? opt.label}</span>`)}</span>` : nothing}
            ${d.comment ? html`<span>${d.comment.label}</span>` : nothing}
          </div>`
        : nothing}
      <ol class="statements" part="statements">
        ${statements.map((s) =>
          this.renderStatementRow({
            key: `s-${s.id}`,
            text: s.text,
            answer: answerOf(moment, s.id),
            onPatch: (patch, coalesce) => this.setAnswer(s.id, patch, coalesce),
          }),
        )}
        ${own.map((o) =>
          this.renderStatementRow({
            key: `o-${o.id}`,
            text: o.text,
            answer: o,
            onPatch: (patch, coalesce) => this.setOwn(o.id, patch, coalesce),
            actions: this.readonly
              ? nothing
              : button({ label: msg('Verwijder'), variant: 'subtle', describedBy: `text-o-${o.id}`, onClick: () => this.removeOwn(o) }),
          }),
        )}
      </ol>
      ${d.own && !this.readonly
        ? addItemField({
            id: 'add-own',
            label: d.own.label,
            buttonLabel: msg('Toevoegen'),
            description: this.wording.ownDescription,
            onAdd: (text) => this.addOwn(text),
          })
        : nothing}
      ${d.own && !own.length ? html`<p class="na-print-only own-print">${d.own.label} <span class="print-line"></span></p>` : nothing}</div>`;
  }

  private renderColumns(moment: ReflectorMoment | null) {
    const columns = this.definition.columns ?? [];
    return html`<div class="columns" part="columns">
      ${columns.map((column) => {
        const entries = own(moment?.columns, column.id) ?? [];
        return section({
          id: `column-${column.id}`,
          level: this.headingLevel + 1,
          heading: column.title,
          description: column.question,
          content: html`${entries.length
              ? html`<ul class="entries">
                  ${entries.map(
                    (e, i) => html`<li class="entry">
                      ${textField({
                        id: `entry-${e.id}`,
                        label: msg(str`${column.title}, punt ${i + 1}`),
                        hideLabel: true,
                        multiline: true,
                        value: e.text,
                        readonly: this.readonly,
                        onInput: (text) => this.setEntry(column.id, e.id, text),
                      })}
                      ${this.readonly ? nothing : html`<p class="na-print-only print-text">${e.text}</p>`}
                      ${this.readonly
                        ? nothing
                        : button({ label: msg('Verwijder'), variant: 'subtle', describedBy: `entry-${e.id}`, onClick: () => this.removeEntry(column.id, e.id, e.text) })}
                    </li>`,
                  )}
                </ul>`
              : html`<p class="na-subtle na-no-print">${msg('Nog niets ingevuld.')}</p>`}
            ${this.readonly
              ? nothing
              : addItemField({
                  id: `add-${column.id}`,
                  label: msg(str`Toevoegen bij ${column.title}`),
                  description: column.question,
                  buttonLabel: msg('Toevoegen'),
                  onAdd: (text) => this.addEntry(column.id, text),
                })}
            <div class="print-lines na-print-only" aria-hidden="true"><span></span><span></span><span></span><span></span></div>`,
        });
      })}
    </div>`;
  }

  private renderTalk(moment: ReflectorMoment | null) {
    if (!this.offersTalk) return nothing;
    const d = this.definition;
    const chosen = [
      ...(d.statements ?? []).filter((s) => answerOf(moment, s.id).talk).map((s) => s.text),
      ...(moment?.own ?? []).filter((o) => o.talk).map((o) => o.text),
    ];
    return html`<div class="talk-list na-no-print" part="talk">
      ${section({
        id: 'talk',
        level: this.headingLevel + 1,
        heading: msg('Hier wil ik over praten'),
        content: chosen.length
          ? html`<ul>${chosen.map((t) => html`<li>${t}</li>`)}</ul>`
          : emptyState(msg('Nog niets gekozen.'), this.wording.talkEmpty),
      })}
    </div>`;
  }

  private renderCell(row: ComparisonRow, cell: ComparisonRow['cells'][number]) {
    if (row.kind === 'column') {
      return cell.entries.length
        ? html`<ul class="cell-entries">${cell.entries.map((e) => html`<li>${e}</li>`)}</ul>`
        : html`<span class="na-empty-answer">${msg('Niet ingevuld')}</span>`;
    }
    const hasScale = Boolean(this.definition.scale);
    const parts = [
      hasScale
        ? cell.choice
          ? html`<span class="cell-choice">${this.optionLabel(cell.choice)}</span>`
          : html`<span class="na-empty-answer">${msg('Niet ingevuld')}</span>`
        : nothing,
      cell.comment ? html`<span class="cell-comment">${cell.comment}</span>` : !hasScale ? html`<span class="na-empty-answer">${msg('Niet ingevuld')}</span>` : nothing,
      cell.talk ? html`<span class="cell-talk">${msg('Hier wil ik over praten')}</span>` : nothing,
    ];
    return parts;
  }

  private renderComparison() {
    const { moments } = this.value;
    const rows = this.comparison;
    const locale = getLocale();
    const ordinals = sameDayOrdinals(moments);
    const d = this.definition;
    const first = d.statementsLabel ?? (this.isColumns ? msg('Kolom') : msg('Stelling'));
    return html`<div class="comparison" part="comparison">
      ${section({
        id: 'comparison',
        level: this.headingLevel + 1,
        heading: msg('De invullingen naast elkaar'),
        content: html`<p class="na-notice">${this.wording.compareAdvice}</p>
          <p>${msg('Wat anders is dan bij een eerdere invulling, staat gemarkeerd met het woord Veranderd.')}</p>
          <div class="table-scroll" role="group" aria-label=${msg('Tabel met de invullingen naast elkaar')} tabindex="0">
            <table>
              <thead>
                <tr>
                  <th scope="col">${first}</th>
                  ${moments.map((m) => html`<th scope="col">${ordinals.get(m.id) ? this.momentLabel(m, ordinals) : formatDate(m.date, locale)}</th>`)}
                  <th scope="col">${msg('Verschil')}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (row) => html`<tr class=${row.changed ? 'changed' : ''} data-row=${row.id}>
                    <th scope="row">${row.text}${row.kind === 'own' ? html` <span class="na-subtle">${this.wording.ownTag}</span>` : nothing}</th>
                    ${row.cells.map((cell) => html`<td>${this.renderCell(row, cell)}</td>`)}
                    <td class="difference">${row.changed ? html`<strong class="changed-mark">${msg('Veranderd')}</strong>` : html`<span class="na-subtle">${msg('Hetzelfde')}</span>`}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`,
      })}
    </div>`;
  }

  protected renderInstrument() {
    if (!this.hasDefinition) {
      return emptyState(msg('Er is nog geen reflector ingesteld.'), msg('Geef het element een definition met stellingen en een schaal.'));
    }
    const moment = this.currentMoment;
    const comparing = this.view === 'compare' && this.value.moments.length > 1;
    const d = this.definition;
    return html`${this.renderHeader()} ${this.renderMoments()}
      ${comparing
        ? this.renderComparison()
        : html`${this.renderMomentHeader(moment)}
          ${this.isColumns ? this.renderColumns(moment) : this.renderStatements(moment)}
          ${this.renderTalk(moment)}`}
      ${d.source ? html`<p class="na-subtle source">${d.source}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-reflector': NaReflector;
  }
}
