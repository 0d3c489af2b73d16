import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { msg, str } from './msg.js';
import { NaChangeEvent, NaInvalidEvent, NaStorageErrorEvent, type InvalidSource, type ValueIssue } from './events.js';
import { parseValue, isEmptyValue, jsonEqual, type InstrumentDefinition, type VersionedValue } from './instrument.js';
import { getLocale } from './localization.js';
import { memoizeLast } from './memo.js';
import { isReservedKey, keepAside, readStored, reservedKeyPrefix, writeStored } from './storage.js';
import { printElement, type PageSize } from './print.js';
import { downloadFile, datedFilename } from './files.js';
import { button } from './ui/button.js';
import { ConfirmClearController } from './confirm-clear.js';
import { UnsavedWarning } from './unsaved-warning.js';
import { rovingKeydown } from './ui/roving-focus.js';
import { tokenStyles } from './generated/tokens.styles.js';
import { baseStyles } from './styles/base.styles.js';
import { FormAssociated, type FormValidity } from './form-associated.js';

const historyLimit = 100;
const defaultHeadingLevel = 2;

/** Told whenever autosave stops: what is on screen is no longer kept in this browser. */
const autosaveOffText = () => msg('Automatisch bewaren in deze browser staat uit. Wat u nu verandert, wordt niet bewaard: bewaar het als bestand.');

function headingLevelFromAttribute(text: string | null): number {
  const level = Number(text);
  return text !== null && text.trim() !== '' && Number.isInteger(level) && level >= 1 && level <= 6 ? level : defaultHeadingLevel;
}
const saveDelayMs = 400;

/** A message shown inside the element after something went wrong or needs a decision. */
interface Problem {
  text: string;
  /** Offered when another tab changed the same storage key. */
  conflict?: boolean;
  /** Autosave failed: the next successful save takes the message away (and nothing else does that). */
  saveFailed?: boolean;
  /** Autosave stopped under this key: another storage-key takes the message away. */
  autosaveOff?: boolean;
  /** Stored text that could not be kept aside: offered as a file download. */
  download?: string;
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

  @state() protected announcement = '';
  @state() protected problem: Problem | null = null;
  /** A submit (or checkValidity) found the element invalid: its message shows until it is valid. */
  @state() private validationShown = false;

  #value!: T;
  #past: T[] = [];
  #future: T[] = [];
  #coalesceKey: string | null = null;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #lastWritten: string | null = null;
  #storageBlocked = false;
  /**
   * Set while the data under `storage-key` is from a newer version: it stays untouched, and
   * autosave writes to this key beside it (`<key>.v<version>`), read back on the next load.
   */
  #sideKey: string | null = null;
  /** Asked on every render (the toolbar): answered once per value, since values are immutable. */
  #isEmpty = memoizeLast((value: T) => isEmptyValue(this.definition, value));
  #loadedKey: string | null = null;
  #valueSetByProperty = false;
  /**
   * The last object the host page set as `value` (zod parses a copy, so `#value` is another object),
   * until the value changes otherwise: then setting that object again (an undo in the host) is new data.
   */
  #lastInput: unknown = undefined;
  /** What a form reset brings back, as `<input>` goes back to its default: the markup's value, or the first value set. */
  #initial: T | null = null;
  #connectedBefore = false;
  /** The storage key this element is listed under in `#byKey`, while connected. */
  #joinedKey: string | null = null;
  /**
   * The connected elements per storage key on this page. The `storage` event reaches only other
   * tabs, so two elements with one key on one page hear of each other's writes through this.
   */
  static #byKey = new Map<string, Set<NaInstrumentElement<VersionedValue>>>();
  /** 'Leegmaken' asks first (confirm-clear.ts). */
  #clear = new ConfirmClearController(this);
  /** An edit made here that is not kept anywhere yet (no storage, not saved as a file): see #syncUnsavedWarning. */
  #unsavedEdit = false;
  #unsavedWarning = new UnsavedWarning();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addEventListener('invalid', () => (this.validationShown = true));
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
      this.scheduleSave();
      this.#lastInput = next;
    }
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }
  get canRedo(): boolean {
    return this.#future.length > 0;
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
    if (source !== 'property') {
      const newer = issues.some((i) => i.code === 'newer_version');
      this.problem = {
        text: newer
          ? msg('Deze gegevens zijn gemaakt met een nieuwere versie. Deze versie kan ze niet openen. Er is niets veranderd.')
          : source === 'import'
            ? msg('Dit bestand is niet te openen. Uw gegevens zijn niet veranderd.')
            : source === 'storage'
              ? msg('De bewaarde gegevens zijn niet te lezen. Ze zijn apart gezet. Er is niets weg.')
              : msg('De gegevens in deze pagina kloppen niet. Daarom is niets ingevuld.'),
      };
    }
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
    if (coalesce === null || coalesce !== this.#coalesceKey) this.remember();
    this.#coalesceKey = coalesce;
    this.#future = [];
    this.applyEdit(next, announce);
  }

  /** Keeps the current value as the newest undo step; the oldest goes once there are `historyLimit`. */
  private remember(): void {
    if (this.embedded) return;
    this.#past = [...this.#past.slice(-historyLimit + 1), this.value];
  }

  private applyEdit(next: T, announce: string): void {
    this.#unsavedEdit = true;
    this.setValue(next);
    if (announce) this.announce(announce);
    this.scheduleSave();
    this.dispatchEvent(new NaChangeEvent(next));
  }

  /** Goes back one edit; false when there is none or while `readonly` (nothing changes then). */
  undo(): boolean {
    const previous = this.#past.at(-1);
    if (!previous || this.readonly) return false;
    this.#past = this.#past.slice(0, -1);
    this.#future = [this.value, ...this.#future];
    this.#coalesceKey = null;
    this.applyEdit(previous, msg('Ongedaan gemaakt.'));
    return true;
  }

  /** Goes forward one undone edit; false when there is none or while `readonly`. */
  redo(): boolean {
    const next = this.#future[0];
    if (!next || this.readonly) return false;
    this.#future = this.#future.slice(1);
    this.remember();
    this.#coalesceKey = null;
    this.applyEdit(next, msg('Opnieuw gedaan.'));
    return true;
  }

  /** Says `text` to screen-reader users through a polite live region. */
  announce(text: string): void {
    // Clearing first makes a repeated message be announced again.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  /**
   * Empties the instrument (undo brings it back). While `readonly` nothing changes and it returns
   * false, like `importJSON()`, `undo()` and `redo()`: readonly means the data cannot be changed
   * from the element, only by setting `value`.
   */
  reset(): boolean {
    if (this.readonly) return false;
    if (this.isEmpty) return true;
    this.remember();
    this.#future = [];
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
    this.remember();
    this.#future = [];
    this.applyEdit(result.value, msg('Het bestand is geopend.'));
    return true;
  }

  /** Prints just this instrument, with its print stylesheet. */
  print(): void {
    printElement(this, (this.constructor as typeof NaInstrumentElement).pageSize);
  }

  // ——— form association (the base is core's FormAssociated) ———

  /** True when nothing is filled in: the value equals the empty value. */
  get isEmpty(): boolean {
    return this.#isEmpty(this.value);
  }

  protected override get formValue(): string {
    return this.exportJSON();
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
    this.remember();
    this.#future = [];
    this.#coalesceKey = null;
    this.applyEdit(initial, msg('Teruggezet zoals het begon. Met Ongedaan maken komt het terug.'));
  }

  /**
   * The browser gives back what this element put in the form (back navigation, autofill): the same
   * JSON, validated like any value from outside. Bad state is refused (na-invalid) and the value stays.
   */
  protected override formStateRestore(state: string): void {
    if (this.accept(state, 'property', { text: true })) this.scheduleSave();
  }

  // ——— lifecycle: markup configuration and storage ———

  override connectedCallback(): void {
    super.connectedCallback();
    // Markup and storage are read once (and storage again when the key changes), not on every
    // connect: moving the element in the DOM must not replace what the user did since.
    if (!this.#connectedBefore && !this.#valueSetByProperty) this.loadFromMarkup();
    if (!this.#connectedBefore || this.storageKey !== this.#loadedKey) this.loadFromStorage();
    else this.checkForOutsideChange();
    this.#connectedBefore = true;
    this.#joinKey();
    this.syncForm();
    this.#syncWindowListeners();
    this.#syncUnsavedWarning();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#flush();
    this.#leaveKey();
    window.removeEventListener('storage', this.#onStorageEvent);
    window.removeEventListener('pagehide', this.#flush);
    this.#unsavedWarning.set(false);
  }

  /** The window's storage and pagehide listeners serve autosave only: attached while `storage-key` is set (issue 32). */
  #syncWindowListeners(): void {
    const on = this.isConnected && Boolean(this.storageKey);
    window[on ? 'addEventListener' : 'removeEventListener']('storage', this.#onStorageEvent as EventListener);
    window[on ? 'addEventListener' : 'removeEventListener']('pagehide', this.#flush);
  }

  /** Warn before the tab closes only while an edit would be lost: made here, not empty, no working autosave, not saved as a file. */
  #syncUnsavedWarning(): void {
    const kept = Boolean(this.writeKey) && !this.#storageBlocked && !this.problem?.saveFailed;
    this.#unsavedWarning.set(this.isConnected && this.#unsavedEdit && !kept && !this.isEmpty);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('required')) this.syncForm();
    if (changed.has('embedded') && this.embedded) [this.#past, this.#future] = [[], []];
    if (changed.has('storageKey') && this.isConnected && this.storageKey !== this.#loadedKey) {
      this.loadFromStorage();
      this.#joinKey();
    }
    if (changed.has('storageKey')) this.#syncWindowListeners();
  }

  /** `<script type="application/json">` inside the element configures it without JavaScript. */
  private loadFromMarkup(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    if (this.accept(script.textContent ?? '', 'markup', { text: true })) this.#initial = this.#value;
  }

  private loadFromStorage(): void {
    const key = this.storageKey;
    this.#loadedKey = key;
    this.#storageBlocked = false;
    this.#sideKey = null;
    if (this.problem?.autosaveOff) this.problem = null;
    if (!key) return;
    if (isReservedKey(key)) {
      this.refuseReservedKey(key);
      return;
    }
    const text = readStored(key);
    if (text === null) return;
    const result = parseValue(this.definition, text, { text: true });
    if (result.ok) {
      this.#lastWritten = text;
      this.setValue(result.value);
      return;
    }
    this.refuseStored(key, text, result.issues);
  }

  /** A key of the library's own (its registry): never read or written; the page author is told why, the user that autosave is off. */
  private refuseReservedKey(key: string): void {
    this.#storageBlocked = true;
    const error = new Error(
      `niet-alleen: storage-key "${key}" is reserved (keys starting with "${reservedKeyPrefix}" are the library's own). Choose another key; autosave is off until then.`,
    );
    console.error(error.message);
    this.dispatchEvent(new NaStorageErrorEvent(key, error));
    this.problem = { text: autosaveOffText(), autosaveOff: true };
  }

  /**
   * Stored data that cannot be used is never overwritten unless a copy was kept aside first, and the
   * message says what really happened: kept aside, or not (then it is offered as a file and autosave
   * stops), or from a newer version (then it stays untouched and edits are kept beside it).
   */
  private refuseStored(key: string, text: string, issues: ValueIssue[]): void {
    if (issues.some((i) => i.code === 'newer_version')) {
      this.keepBesideNewer(key, issues);
      return;
    }
    try {
      keepAside(key, text);
    } catch (error) {
      // Could not keep a copy: then the original is not overwritten either, and autosave stops.
      this.#storageBlocked = true;
      this.dispatchEvent(new NaStorageErrorEvent(key, error));
      this.reportInvalid('storage', issues);
      this.problem = {
        text: msg('De bewaarde gegevens zijn niet te lezen en konden niet apart worden gezet. Ze staan nog onveranderd in deze browser. Automatisch bewaren staat daarom uit: bewaar de gegevens als bestand.'),
        download: text,
        autosaveOff: true,
      };
      return;
    }
    this.reportInvalid('storage', issues);
  }

  /** Newer data under `key` is never written over: edits are saved under `<key>.v<version>`, and loaded from there. */
  private keepBesideNewer(key: string, issues: ValueIssue[]): void {
    const side = `${key}.v${this.definition.version}`;
    const text = readStored(side);
    const result = text === null ? null : parseValue(this.definition, text, { text: true });
    this.reportInvalid('storage', issues);
    if (result && !result.ok) {
      // The copy beside it is unreadable too: keep both as they are, autosave stops.
      this.#storageBlocked = true;
      this.problem = { text: autosaveOffText(), autosaveOff: true };
      return;
    }
    this.#sideKey = side;
    if (result?.ok) {
      this.#lastWritten = text;
      this.setValue(result.value);
    }
    this.problem = {
      text: msg(str`Deze gegevens zijn gemaakt met een nieuwere versie. Deze versie kan ze niet openen; ze blijven onveranderd bewaard. Wat u hier invult, wordt apart bewaard onder "${side}".`),
      autosaveOff: true,
    };
  }

  /** Where autosave writes: `storage-key`, or the key beside newer data. */
  private get writeKey(): string | null {
    return this.storageKey ? (this.#sideKey ?? this.storageKey) : null;
  }

  /** After a re-connect: another tab may have written while no `storage` listener was attached. */
  private checkForOutsideChange(): void {
    const key = this.writeKey;
    if (!key || this.#storageBlocked) return;
    const text = readStored(key);
    if (text !== null && text !== this.#lastWritten) this.offerConflict();
  }

  private offerConflict({ samePage = false } = {}): void {
    this.problem = {
      text: samePage ? msg('Deze gegevens zijn op deze pagina ook elders veranderd.') : msg('Deze gegevens zijn in een ander venster veranderd.'),
      conflict: true,
    };
  }

  /** Lists this element under its storage key; a second element with the same key on the page is warned about. */
  #joinKey(): void {
    const key = this.#loadedKey && this.isConnected && !isReservedKey(this.#loadedKey) ? this.#loadedKey : null;
    if (key === this.#joinedKey) return;
    this.#leaveKey();
    if (!key) return;
    const members = NaInstrumentElement.#byKey.get(key) ?? new Set();
    if (members.size) {
      console.warn(
        `niet-alleen: ${members.size + 1} elements on this page use storage-key "${key}". Each offers to load the other's changes instead of overwriting them; give each its own key.`,
        [...members, this],
      );
    }
    members.add(this as unknown as NaInstrumentElement<VersionedValue>);
    NaInstrumentElement.#byKey.set(key, members);
    this.#joinedKey = key;
  }

  #leaveKey(): void {
    const key = this.#joinedKey;
    if (key === null) return;
    const members = NaInstrumentElement.#byKey.get(key);
    members?.delete(this as unknown as NaInstrumentElement<VersionedValue>);
    if (!members?.size) NaInstrumentElement.#byKey.delete(key);
    this.#joinedKey = null;
  }

  /** Another element on this page wrote `text` under the shared key: the same choice as for another tab. */
  #otherWroteHere(text: string): void {
    if (!this.storageKey || this.#storageBlocked || text === this.#lastWritten) return;
    this.offerConflict({ samePage: true });
  }

  /** While another tab's change waits for the user's choice, autosave must not overwrite it. */
  private get conflictPending(): boolean {
    return this.problem?.conflict === true;
  }

  private scheduleSave(): void {
    if (!this.storageKey || this.#storageBlocked) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(this.#flush, saveDelayMs);
  }

  /** Writes a pending autosave now (also on pagehide and disconnect). */
  #flush = (): void => {
    if (this.#saveTimer !== undefined) this.saveNow();
  };

  /** Writes the value to storage now (when `storage-key` is set). */
  saveNow(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    const key = this.writeKey;
    if (!key || this.#storageBlocked || this.conflictPending) return;
    const text = JSON.stringify(this.value);
    try {
      writeStored(key, text);
      this.#lastWritten = text;
      if (this.problem?.saveFailed) this.problem = null;
      for (const other of NaInstrumentElement.#byKey.get(this.storageKey ?? '') ?? []) {
        if (other !== (this as unknown as NaInstrumentElement<VersionedValue>)) other.#otherWroteHere(text);
      }
    } catch (error) {
      this.problem = {
        text: msg('Opslaan in deze browser is niet gelukt. Uw gegevens staan nog op het scherm: bewaar ze als bestand.'),
        saveFailed: true,
      };
      this.dispatchEvent(new NaStorageErrorEvent(key, error));
    }
  }

  #onStorageEvent = (event: StorageEvent): void => {
    if (!this.storageKey || this.#storageBlocked) return;
    // event.key is null when the other tab cleared all of localStorage.
    if ((event.key !== null && event.key !== this.writeKey) || event.newValue === this.#lastWritten) return;
    this.offerConflict();
  };

  private resolveConflict(load: boolean): void {
    const key = this.writeKey;
    this.problem = null;
    if (!key) return;
    if (load) {
      const text = readStored(key);
      if (text === null) {
        // The other tab deleted it: nothing to load; what is on screen is saved again only on the next edit.
        this.#lastWritten = null;
        return;
      }
      const result = parseValue(this.definition, text, { text: true });
      if (!result.ok) {
        this.refuseStored(key, text, result.issues);
        return;
      }
      // My version stays one undo step away.
      this.remember();
      this.#future = [];
      this.#coalesceKey = null;
      this.#lastWritten = text;
      this.setValue(result.value);
      this.dispatchEvent(new NaChangeEvent(result.value));
      this.announce(msg('U ziet nu de nieuwe versie.'));
    } else {
      this.saveNow();
      this.announce(msg('Uw versie is bewaard.'));
    }
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    return html`<div part="base" class="na-instrument" lang=${getLocale()}>
      <fieldset class="na-form-scope" role="none" ?disabled=${this.formDisabled}>
        ${this.renderValidationMessage()} ${this.renderProblem()} ${this.renderInstrument()} ${this.readonly || this.embedded ? nothing : this.renderToolbar()}
      </fieldset>
      ${this.embedded ? nothing : html`<p class="na-credit" part="credit">${msg('Bron: Eenzaam ben je niet alleen, Wmo-werkplaatsen/Movisie 2015')}</p>`}
      <div class="na-visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  /** Why a submit was blocked, inside the element (NL Design System's form field error message); gone once it is valid. */
  private renderValidationMessage() {
    const invalid = this.validationShown && !this.formDisabled ? this.validate() : null;
    if (!invalid) return nothing;
    return html`<p class="na-field__error na-form-error" part="form-error" role="alert">${invalid.message}</p>`;
  }

  private renderProblem() {
    if (!this.problem) return nothing;
    const { text, conflict, download } = this.problem;
    return html`<div class="na-alert" part="alert" role="alert">
      <p>${text}</p>
      ${download === undefined
        ? nothing
        : button({ label: msg('Download de bewaarde gegevens'), onClick: () => this.downloadUnreadable(download) })}
      ${conflict
        ? html`${button({ label: msg('Gebruik de nieuwe versie'), onClick: () => this.resolveConflict(true) })}
          ${button({ label: msg('Houd mijn versie'), onClick: () => this.resolveConflict(false) })}`
        : button({ label: msg('Sluiten'), variant: 'subtle', onClick: () => void this.closeProblem() })}
    </div>`;
  }

  /** Closing the message removes the focused button: focus goes to the toolbar (or the first control) instead of the page. */
  private async closeProblem(): Promise<void> {
    this.problem = null;
    await this.updateComplete;
    const target = this.#toolbarStop ?? this.renderRoot.querySelector<HTMLElement>('button, input, select, textarea, [tabindex="0"]');
    target?.focus();
  }

  /** Extra toolbar buttons of an instrument (e.g. SVG export) go before the shared ones. */
  protected renderToolbarExtras(): unknown {
    return nothing;
  }

  /**
   * The toolbar row around `content`. Every button is a Tab stop: a single roving stop hid
   * 'Afdrukken' or 'Leegmaken' from keyboard users who do not know to press the arrows, and
   * nothing on screen said so. The arrow keys, Home and End still move between the buttons.
   */
  protected toolbar(content: unknown) {
    return html`<div
      class="na-toolbar na-no-print"
      part="toolbar"
      role="toolbar"
      aria-label=${msg('Acties')}
      @keydown=${(event: KeyboardEvent) => (this.#toolbarStop = rovingKeydown(event, this.toolbarItems(), { everyItemTabStop: true }) ?? this.#toolbarStop)}
      @focusin=${(event: FocusEvent) => {
        this.#toolbarStop = this.toolbarItems().find((i) => i === event.target) ?? this.#toolbarStop;
      }}
    >${content}</div>`;
  }

  #toolbarStop: HTMLElement | undefined;
  private toolbarItems(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="toolbar"] > button')];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const items = this.toolbarItems();
    this.#toolbarStop = items.find((i) => i === this.#toolbarStop) ?? items[0];
    this.#syncUnsavedWarning();
  }

  protected renderToolbar() {
    return this.toolbar(html`
      ${this.renderToolbarExtras()}
      ${button({ label: msg('Ongedaan maken'), disabled: !this.canUndo, onClick: () => this.undo() })}
      ${button({ label: msg('Opnieuw'), disabled: !this.canRedo, onClick: () => this.redo() })}
      ${button({ label: msg('Bewaar als bestand'), onClick: () => this.downloadJSON() })}
      ${button({ label: msg('Open bestand'), onClick: () => this.openFile() })}
      ${button({ label: msg('Afdrukken'), onClick: () => this.print() })}
      ${this.#clear.render()}
      <input class="na-visually-hidden" type="file" accept="application/json,.json" tabindex="-1" aria-hidden="true" @change=${this.onFileChosen} />`);
  }

  /** Offers stored text that could not be read or kept aside as a file, exactly as it was stored. */
  private downloadUnreadable(text: string): void {
    downloadFile(datedFilename(`${this.fileStem}-bewaarde-gegevens`, 'txt'), text, 'text/plain');
    this.announce(msg('Bewaard als bestand.'));
  }

  /** Offers the value as a JSON file download. */
  downloadJSON(): void {
    downloadFile(datedFilename(this.fileStem, 'json'), this.exportJSON(), 'application/json');
    this.#unsavedEdit = false;
    this.#syncUnsavedWarning();
    this.announce(msg('Bewaard als bestand.'));
  }

  private openFile(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.click();
  }

  private onFileChosen = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) this.importJSON(await file.text());
  };
}
