import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@niet-alleen/core/msg';
import {
  NaInstrumentElement, NaInvalidEvent, Progressive, createId, emptyState, focusAfterRender, getLocale, guidance, heading, memoizeLast, own,
  textsKey, translationNotice, type InstrumentDefinition,
} from '@niet-alleen/core';
import {
  reflectorDefinitionSchema, reflectorInstrumentDefinition, type ReflectorAnswer, type ReflectorDefinition, type ReflectorMoment,
  type ReflectorOwnStatement, type ReflectorValue,
} from './schema.js';
import { reflectorText } from './content.js';
import { answerOf, compareMoments, currentMoment, formatDate, today, type ComparisonRow } from './internal/moments.js';
import { MomentsView } from './internal/moments-view.js';
import { SheetView } from './internal/sheet-view.js';
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
  /** A long sheet renders its first statements first, the rest task by task (issue 32). */
  readonly #progressive = new Progressive(this);
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
    void focusAfterRender(this, '#add-own');
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
    void focusAfterRender(this, `#add-${columnId}`);
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
    void focusAfterRender(this, '#moment-date');
  }

  private removeMoment(moment: ReflectorMoment) {
    const value = this.value;
    this.commit({ ...value, moments: value.moments.filter((m) => m.id !== moment.id) }, {
      announce: msg(str`De invulling van ${formatDate(moment.date, getLocale())} is verwijderd. Met Ongedaan maken komt ze terug.`),
    });
    this.currentId = null;
    void focusAfterRender(this, '[part~="moments"] button');
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

  protected renderInstrument() {
    if (!this.hasDefinition) {
      return emptyState(msg('Er is nog geen reflector ingesteld.'), msg('Geef het element een definition met stellingen en een schaal.'));
    }
    const moment = this.currentMoment;
    const comparing = this.view === 'compare' && this.value.moments.length > 1;
    const d = this.definition;
    const moments = new MomentsView({
      definition: d, value: this.value, headingLevel: this.headingLevel, readonly: this.readonly, wording: this.wording,
      isColumns: this.isColumns, offersTalk: this.offersTalk, view: this.view, currentMoment: moment, currentId: this.currentId,
      comparison: () => this.comparison,
      show: (id, compare) => this.show(id, compare),
      startNewMoment: () => this.startNewMoment(),
      setDate: (date) => this.setDate(date),
      removeMoment: (m) => this.removeMoment(m),
    });
    const sheet = new SheetView({
      definition: d, headingLevel: this.headingLevel, readonly: this.readonly, wording: this.wording, offersTalk: this.offersTalk,
      setAnswer: (id, patch, coalesce) => this.setAnswer(id, patch, coalesce),
      setOwn: (id, patch, coalesce) => this.setOwn(id, patch, coalesce),
      addOwn: (text) => this.addOwn(text),
      removeOwn: (o) => this.removeOwn(o),
      addEntry: (columnId, text) => this.addEntry(columnId, text),
      setEntry: (columnId, entryId, text) => this.setEntry(columnId, entryId, text),
      removeEntry: (columnId, entryId, text) => this.removeEntry(columnId, entryId, text),
      shown: (list) => this.#progressive.items(list),
      complete: () => this.#progressive.complete,
    });
    return html`${this.renderHeader()} ${moments.renderMoments()}
      ${comparing
        ? moments.renderComparison()
        : html`${moments.renderMomentHeader(moment)}
          ${this.isColumns ? sheet.renderColumns(moment) : sheet.renderStatements(moment)}
          ${this.#progressive.complete ? moments.renderTalk(moment) : nothing}`}
      ${d.source && this.#progressive.complete ? html`<p class="na-subtle source">${d.source}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-reflector': NaReflector;
  }
}
