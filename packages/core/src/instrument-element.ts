import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { msg } from './msg.js';
import { NaChangeEvent, NaInvalidEvent, type InvalidSource, type ValueIssue } from './events.js';
import { parseValue, isEmptyValue, jsonEqual, type InstrumentDefinition, type VersionedValue } from './instrument.js';
import { getLocale } from './localization.js';
import { memoizeLast } from './memo.js';
import { Autosave, type Problem } from './autosave.js';
import { problemAlert, refusedText } from './problem.js';
import { printElement, type PageSize } from './print.js';
import { focusAfterRender } from './controllers/focus.js';
import { LiveRegionController } from './controllers/live-region.js';
import { partsLoaded, partsLoading, yieldToMain } from './controllers/parts-loading.js';
import { FormErrorController } from './controllers/form-error.js';
import { UnsavedEditController } from './unsaved-warning.js';
import { InstrumentToolbar } from './instrument-toolbar.js';
import { InstrumentUndo, type UndoHistory } from './undo.js';
import { tokenStyles } from './generated/tokens.styles.js';
import { baseStyles } from './styles/base.styles.js';
import { FormAssociated, type FormValidity } from './form-associated.js';

const defaultHeadingLevel = 2;

function headingLevelFromAttribute(text: string | null): number {
  const level = Number(text);
  return text !== null && text.trim() !== '' && Number.isInteger(level) && level >= 1 && level <= 6 ? level : defaultHeadingLevel;
}

/**
 * The base of every instrument element: the whole public contract (conventions.md) lives here
 * once. A subclass supplies its `definition` (schema, version, empty value, migrations) and
 * `renderInstrument()`, and changes data only through `commit(next)`.
 *
 * @fires na-change - After each user edit; `detail.value` is the new value.
 * @fires na-invalid - Data from outside was refused; the element kept its value. `detail: { source, issues }`.
 * @fires na-storage-error - Autosave could not write; the value in memory is kept.
 * @csspart base - The wrapper around everything.
 * @csspart toolbar - Export, import, print, undo and redo.
 * @csspart alert - A message after a failed import, unreadable stored data or a conflict.
 * @csspart credit - The source line of the workbook.
 * @csspart form-error - Inside a form: why the form was not sent (a required instrument left empty).
 */
export abstract class NaInstrumentElement<T extends VersionedValue> extends FormAssociated(LitElement) {
  static override styles = [tokenStyles, baseStyles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: false };

  /** Paper size used by `print()`. */
  protected static pageSize: PageSize = 'A4';

  /** Schema, version, empty value and migrations of this instrument. */
  protected abstract get definition(): InstrumentDefinition<T>;
  /** The instrument itself; the base adds toolbar, messages and credit around it. */
  protected abstract renderInstrument(): unknown;
  /** Stem of exported file names, e.g. 'signaleringskaart'. */
  protected get fileStem(): string {
    return this.localName.replace(/^na-/, '');
  }

  /** Shows the filled-in instrument without editing. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Form field name: inside a `<form>` the value is submitted as JSON under this name. */
  @property({ reflect: true }) name: string | null = null;
  /** Inside a form: the form cannot be submitted while the instrument is empty. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Opt-in autosave to localStorage under this key; restored when connected. Off by default. */
  @property({ attribute: 'storage-key', reflect: true }) storageKey: string | null = null;
  /**
   * Level of the instrument's main heading (2 by default), so it fits the host page's outline. An
   * attribute that is not a whole number from 1 to 6, or no attribute, gives the default.
   */
  @property({ attribute: 'heading-level', converter: { fromAttribute: headingLevelFromAttribute } }) headingLevel = defaultHeadingLevel;
  /**
   * Part of a larger tool (the werkwijze dossier): no toolbar, source line or undo history of its
   * own. The tool around it keeps one undo history and saves, opens and prints everything at once;
   * two toolbars or two undo stacks for the same data would contradict each other.
   */
  @property({ type: Boolean, reflect: true }) embedded = false;
  /**
   * The page keeps the value itself (it saves on `na-change`, e.g. to its own server): no
   * 'leave this page?' question on closing the tab with edits that are not in `storage-key` or a file.
   */
  @property({ type: Boolean, attribute: 'no-leave-warning', reflect: true }) noLeaveWarning = false;

  /**
   * Where undo and redo go instead of this element's own history (set by @niet-alleen/samen while
   * the element is in a shared session). Call `requestUpdate()` when its `canUndo`/`canRedo` change.
   */
  @property({ attribute: false }) undoHistory: UndoHistory | null = null;

  @state() protected problem: Problem | null = null;

  #value!: T;
  #toolbar = new InstrumentToolbar(this, () => this.fileStem);
  #undo = new InstrumentUndo<T>(this, (next, announce) => this.applyEdit(next, announce));
  #history = this.#undo.history;
  #liveRegion = new LiveRegionController(this);
  #formError = new FormErrorController(this, () => (this.formDisabled ? null : this.validate()));
  /** Asked on every render (the toolbar): answered once per value, since values are immutable. */
  #isEmpty = memoizeLast((value: T) => isEmptyValue(this.definition, value));
  /** The value as JSON, written once per value and shared by the form value and autosave (issue 32). */
  #json = memoizeLast((value: T) => JSON.stringify(value));
  #valueSetByProperty = false;
  /**
   * The last object the host page set as `value` (zod parses a copy, so `#value` is another object),
   * until the value changes otherwise: then setting that object again (an undo in the host) is new data.
   */
  #lastInput: unknown = undefined;
  /** What a form reset brings back, as `<input>` goes back to its default: the markup's value, or the first value set. */
  #initial: T | null = null;
  #connectedBefore = false;
  /** Opt-in autosave under `storage-key` (autosave.ts). */
  #autosave: Autosave<T> = new Autosave<T>({
    element: this,
    storageKey: () => this.storageKey,
    definition: () => this.definition,
    value: () => this.value,
    json: () => this.#json(this.value),
    setValue: (next) => this.setValue(next),
    problem: () => this.problem,
    setProblem: (problem) => (this.problem = problem),
    reportInvalid: (source, issues) => this.reportInvalid(source, issues),
    announce: (text) => this.announce(text),
    keepForUndo: () => this.#history.replace(this.value, { endCoalescing: true }),
  });
  /** Warns before the tab closes while an edit would be lost: not kept by autosave, the page (`no-leave-warning`) or the tool around an embedded instrument (the dossier warns for all of it). */
  #unsaved = new UnsavedEditController(this, () => this.#autosave.keeps || this.noLeaveWarning || this.embedded);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /**
   * The instrument's data, valid against its schema. Setting invalid data keeps the current value
   * and fires `na-invalid`. Setting `undefined` (a framework unsetting the prop) or the value the
   * element already has changes nothing; treat the value as immutable, as Lit does.
   */
  @property({ attribute: false, noAccessor: true })
  get value(): T {
    return (this.#value ??= this.definition.empty());
  }
  set value(next: T) {
    // Lit (and React) set an object property again on every render of the host: the same input
    // object is read once, so re-binding it neither validates nor renders again.
    if (next === undefined || next === this.#value || next === this.#lastInput) return;
    this.#valueSetByProperty = true;
    // A value the host page sets is the user's data too: with a storage-key it is autosaved like an edit.
    if (this.accept(next, 'property')) {
      this.#initial ??= this.#value;
      this.#autosave.schedule();
      this.#lastInput = next;
    }
  }

  get canUndo(): boolean {
    return this.#undo.canUndo;
  }
  get canRedo(): boolean {
    return this.#undo.canRedo;
  }

  /** Validates untrusted data from `source`; on success it becomes the value (no na-change). */
  protected accept(input: unknown, source: InvalidSource, { text = false } = {}): boolean {
    const result = parseValue(this.definition, input, { text });
    if (!result.ok) {
      this.reportInvalid(source, result.issues);
      return false;
    }
    this.setValue(result.value);
    return true;
  }

  protected reportInvalid(source: InvalidSource, issues: ValueIssue[]): void {
    if (source !== 'property') this.problem = { text: refusedText(source, issues) };
    this.dispatchEvent(new NaInvalidEvent(source, issues));
  }

  private setValue(next: T): void {
    const old = this.#value;
    this.#value = next;
    this.#lastInput = undefined;
    this.syncForm();
    this.requestUpdate('value', old);
  }

  /**
   * The one way an edit made through the element's own UI becomes the value: records undo
   * history, updates the form value, schedules the autosave and fires `na-change`.
   * Edits with the same `coalesce` key in a row (typing in one field) share one undo step.
   */
  protected commit(next: T, { coalesce = null as string | null, announce = '' } = {}): void {
    if (this.readonly || this.formDisabled) return;
    this.#history.edit(this.value, coalesce);
    this.applyEdit(next, announce);
  }

  private applyEdit(next: T, announce: string): void {
    this.#unsaved.edited = true;
    this.setValue(next);
    if (announce) this.announce(announce);
    this.#autosave.schedule();
    this.dispatchEvent(new NaChangeEvent(next));
  }

  /** Goes back one edit; false when there is none or while `readonly` (nothing changes then). */
  undo(): boolean {
    return this.#undo.step('undo', msg('Ongedaan gemaakt.'));
  }

  /** Goes forward one undone edit; false when there is none or while `readonly`. */
  redo(): boolean {
    return this.#undo.step('redo', msg('Opnieuw gedaan.'));
  }

  /**
   * Says `text` to screen-reader users through a polite live region. The text is written into the
   * region, not kept as reactive state: an announcement must not render the instrument again (issue 32).
   */
  announce(text: string): void {
    this.#liveRegion.announce(text);
  }

  /**
   * Empties the instrument (undo brings it back). While `readonly` nothing changes and it returns
   * false, like `importJSON()`, `undo()` and `redo()`: readonly means the data cannot be changed
   * from the element, only by setting `value`.
   */
  reset(): boolean {
    if (this.readonly) return false;
    if (this.isEmpty) return true;
    this.#history.replace(this.value);
    this.applyEdit(this.definition.empty(), msg('Alles is leeggemaakt. Met Ongedaan maken komt het terug.'));
    return true;
  }

  /** The value as JSON text, for a file. */
  exportJSON(): string {
    return JSON.stringify(this.value, null, 2);
  }

  /**
   * Loads a value from JSON text. Bad JSON or an invalid value returns false, fires `na-invalid` and
   * keeps the current value. While `readonly` it returns false and changes nothing (no na-invalid:
   * the data was not refused, the element is).
   */
  importJSON(text: string): boolean {
    if (this.readonly) return false;
    const result = parseValue(this.definition, text, { text: true });
    if (!result.ok) {
      this.reportInvalid('import', result.issues);
      return false;
    }
    this.problem = null;
    this.#history.replace(this.value);
    this.applyEdit(result.value, msg('Het bestand is geopend.'));
    return true;
  }

  /** Prints just this instrument, with its print stylesheet; once the parts it asked for (OnDemand) are there. */
  print(): void {
    const size = (this.constructor as typeof NaInstrumentElement).pageSize;
    this.whenPartsLoaded(() => printElement(this, size));
  }

  /** Does `use` now, or once the parts the element is loading (OnDemand, Progressive) are there and rendered. */
  protected whenPartsLoaded(use: () => void): void {
    if (partsLoading(this)) void this.updateComplete.then(use);
    else use();
  }

  /** Resolves when the element is rendered with every part it asked for (OnDemand) loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (partsLoading(this)) {
      await partsLoaded(this);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  // ——— form association (the base is core's FormAssociated) ———

  /** True when nothing is filled in: the value equals the empty value. */
  get isEmpty(): boolean {
    return this.#isEmpty(this.value);
  }

  /** Compact JSON, the same text autosave writes; none while embedded (the tool around it submits everything). */
  protected override get formValue(): string | null {
    return this.embedded ? null : this.#json(this.value);
  }

  /** The form value was cleared for `embedded`: nothing more to set until that changes. */
  #formCleared = false;

  /** A form value waits for the frame that shows the edit (outside a form), or 0. */
  #formLater = 0;

  /**
   * Embedded, the tool around it has the form value: an edit sets nothing here (issue 32). Outside
   * a form nothing can submit the value, so writing it as JSON waits until the frame that shows the
   * edit is painted (issue 33: at 300 contacts that JSON is ~0.5 ms of each edit); it is still there
   * for the browser's back/forward restore. Inside a form, and when one takes the element in
   * (`formAssociatedCallback`), it is set at once.
   */
  protected override syncForm(): void {
    if (this.embedded && this.#formCleared) return;
    this.#formCleared = this.embedded;
    if (this.internals.form || this.embedded) return super.syncForm();
    this.syncValidity();
    this.#formLater ||= requestAnimationFrame(() => setTimeout(() => ((this.#formLater = 0), super.syncForm())));
  }

  /** A form took the element in (or let it go): its value is set there at once. @internal */
  formAssociatedCallback(): void {
    this.syncForm();
  }

  /** Required and empty blocks the form; readonly is left out of validation, as a readonly `<input>` is. */
  protected override validate(): FormValidity | null {
    if (this.required && !this.readonly && this.isEmpty) return { flags: { valueMissing: true }, message: msg('Vul eerst iets in.') };
    return null;
  }

  /**
   * The form was reset: back to the initial value (the markup's JSON, else the first value set, else
   * empty), as one undoable step like `reset()`. Like an `<input readonly>`, this happens while readonly too.
   */
  protected override formReset(): void {
    const initial = this.#initial ?? this.definition.empty();
    if (jsonEqual(initial, this.value)) return;
    this.#history.replace(this.value, { endCoalescing: true });
    this.applyEdit(initial, msg('Teruggezet zoals het begon. Met Ongedaan maken komt het terug.'));
  }

  /**
   * The browser gives back what this element put in the form (back navigation, autofill): the same
   * JSON, validated like any value from outside. Bad state is refused (na-invalid) and the value stays.
   */
  protected override formStateRestore(state: string): void {
    if (this.accept(state, 'property', { text: true })) this.#autosave.schedule();
  }

  // ——— lifecycle: markup configuration and storage ———

  /**
   * The first render waits for a task of its own (issue 32: no long task): a package's code and its
   * elements' definition run in one task, each element's first render in the next one.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return yieldToMain().then(() => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Markup is read once, not on every connect: moving the element in the DOM must not replace
    // what the user did since (autosave reads storage the same way).
    const first = !this.#connectedBefore;
    if (first && !this.#valueSetByProperty) this.loadFromMarkup();
    this.#autosave.connected(first);
    this.#connectedBefore = true;
    this.syncForm();
    this.#autosave.connect();
    this.#unsaved.sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#autosave.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Not on the first update (connectedCallback did it): only a real change of `embedded` moves the form value.
    if (changed.has('required') || (changed.has('embedded') && changed.get('embedded') !== undefined)) this.syncForm();
    if (changed.has('embedded') && this.embedded) this.#history.clear();
    if (changed.has('storageKey')) this.#autosave.keyChanged();
  }

  /** `<script type="application/json">` inside the element configures it without JavaScript. */
  private loadFromMarkup(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    if (this.accept(script.textContent ?? '', 'markup', { text: true })) this.#initial = this.#value;
  }

  /** Writes the value to storage now (when `storage-key` is set). */
  saveNow(): void {
    this.#autosave.saveNow();
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    return html`<div part="base" class="na-instrument" lang=${getLocale()}>
      <fieldset class="na-form-scope" role="none" ?disabled=${this.formDisabled}>
        ${this.#formError.render()} ${this.renderProblem()} ${this.renderInstrument()} ${this.readonly || this.embedded || partsLoading(this) ? nothing : this.renderToolbar()}
      </fieldset>
      ${this.embedded ? nothing : html`<p class="na-credit" part="credit">${msg('Bron: Eenzaam ben je niet alleen, Wmo-werkplaatsen/Movisie 2015')}</p>`}
      <div class="na-visually-hidden na-live-region" role="status" aria-live="polite"></div>
    </div>`;
  }

  private renderProblem() {
    return this.problem
      ? problemAlert(this.problem, {
          download: (text) => this.#toolbar.saveUnreadable(text),
          resolve: (load) => this.#autosave.resolveConflict(load),
          close: () => void this.closeProblem(),
        })
      : nothing;
  }

  /** Closing the message removes the focused button: focus goes to the toolbar (or the first control) instead of the page. */
  private async closeProblem(): Promise<void> {
    this.problem = null;
    await focusAfterRender(this, () => this.#toolbar.stop ?? this.renderRoot.querySelector<HTMLElement>('button, input, select, textarea, [tabindex="0"]'));
  }

  /** Extra toolbar buttons of an instrument (e.g. SVG export) go before the shared ones. */
  protected renderToolbarExtras(): unknown {
    return nothing;
  }

  /** The toolbar row around `content` (controllers/toolbar.ts): every button a Tab stop, arrows, Home and End too. */
  protected toolbar(content: unknown) {
    return this.#toolbar.row(content);
  }

  protected renderToolbar() {
    return this.toolbar(this.#toolbar.items(this.renderToolbarExtras()));
  }

  /** Offers the value as a JSON file download. */
  downloadJSON(): void {
    this.#unsaved.edited = false;
    this.#toolbar.saveValue(this.exportJSON());
    this.#unsaved.sync();
  }
}
