import { msg, str } from './msg.js';
import { NaChangeEvent, NaStorageErrorEvent, type InvalidSource, type ValueIssue } from './events.js';
import { parseValue, type InstrumentDefinition, type VersionedValue } from './instrument.js';
import { isReservedKey, keepAside, readStored, reservedKeyPrefix, writeStored } from './storage.js';

const saveDelayMs = 400;

/** Told whenever autosave stops: what is on screen is no longer kept in this browser. */
export const autosaveOffText = () => msg('Automatisch bewaren in deze browser staat uit. Wat u nu verandert, wordt niet bewaard: bewaar het als bestand.');

/** A message shown inside the element after something went wrong or needs a decision. */
export interface Problem {
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

/** What autosave needs of the instrument element (some of it protected there: hence functions). */
export interface AutosaveHost<T extends VersionedValue> {
  readonly element: HTMLElement;
  storageKey(): string | null;
  definition(): InstrumentDefinition<T>;
  value(): T;
  /** The value as JSON (written once per value: the form value shares it). */
  json(): string;
  setValue(next: T): void;
  problem(): Problem | null;
  setProblem(problem: Problem | null): void;
  reportInvalid(source: InvalidSource, issues: ValueIssue[]): void;
  announce(text: string): void;
  /** The value on screen stays one undo step away (the stored version replaces it). */
  keepForUndo(): void;
}

/**
 * Opt-in autosave to localStorage under `storage-key` (conventions.md): read on connect, written
 * 400 ms after an edit and on pagehide/disconnect. Data that cannot be used is never overwritten
 * (kept aside, or beside newer data), and a change by another tab or another element with the same
 * key on this page is offered, not overwritten.
 */
export class Autosave<T extends VersionedValue> {
  #loadedKey: string | null = null;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #lastWritten: string | null = null;
  #storageBlocked = false;
  /**
   * Set while the data under `storage-key` is from a newer version: it stays untouched, and
   * autosave writes to this key beside it (`<key>.v<version>`), read back on the next load.
   */
  #sideKey: string | null = null;
  /** The storage key this element is listed under in `#byKey`, while connected. */
  #joinedKey: string | null = null;
  /**
   * The connected elements per storage key on this page. The `storage` event reaches only other
   * tabs, so two elements with one key on one page hear of each other's writes through this.
   */
  static #byKey = new Map<string, Set<Autosave<VersionedValue>>>();

  constructor(readonly host: AutosaveHost<T>) {}

  get #problem(): Problem | null {
    return this.host.problem();
  }
  set #problem(problem: Problem | null) {
    this.host.setProblem(problem);
  }

  /** The key last read (null: none). */
  get loadedKey(): string | null {
    return this.#loadedKey;
  }

  /** Edits are kept in this browser: a key to write to, not blocked, the last save did not fail. */
  get keeps(): boolean {
    return Boolean(this.writeKey) && !this.#storageBlocked && !this.#problem?.saveFailed;
  }

  /**
   * The window's storage and pagehide listeners serve autosave only: attached while the element is
   * connected with a `storage-key` (issue 32: no per-instance work while the feature is off).
   * Called on connect and whenever the key changes.
   */
  connect(): void {
    const on = this.host.element.isConnected && Boolean(this.host.storageKey());
    window[on ? 'addEventListener' : 'removeEventListener']('storage', this.#onStorageEvent as EventListener);
    window[on ? 'addEventListener' : 'removeEventListener']('pagehide', this.flush);
  }

  /**
   * On connect: storage is read the first time, and again only when the key changed meanwhile, not
   * on every connect: moving the element in the DOM must not replace what the user did since.
   */
  connected(first: boolean): void {
    if (first || this.host.storageKey() !== this.#loadedKey) this.load();
    else this.checkForOutsideChange();
    this.join();
  }

  /** `storage-key` changed: a new key is read (while connected), and listened to or not. */
  keyChanged(): void {
    if (this.host.element.isConnected && this.host.storageKey() !== this.#loadedKey) {
      this.load();
      this.join();
    }
    this.connect();
  }

  disconnect(): void {
    this.flush();
    this.leave();
    window.removeEventListener('storage', this.#onStorageEvent as EventListener);
    window.removeEventListener('pagehide', this.flush);
  }

  /** Reads the value stored under `storage-key` (on connect, and when the key changes). */
  load(): void {
    const key = this.host.storageKey();
    this.#loadedKey = key;
    this.#storageBlocked = false;
    this.#sideKey = null;
    if (this.#problem?.autosaveOff) this.#problem = null;
    if (!key) return;
    if (isReservedKey(key)) {
      this.refuseReservedKey(key);
      return;
    }
    const text = readStored(key);
    if (text === null) return;
    const result = parseValue(this.host.definition(), text, { text: true });
    if (result.ok) {
      this.#lastWritten = text;
      this.host.setValue(result.value);
      return;
    }
    this.refuseStored(key, text, result.issues);
  }

  /** A key of the library's own (its registry): never read or written; the page author is told why, the user that autosave is off. */
  refuseReservedKey(key: string): void {
    this.#storageBlocked = true;
    const error = new Error(
      `niet-alleen: storage-key "${key}" is reserved (keys starting with "${reservedKeyPrefix}" are the library's own). Choose another key; autosave is off until then.`,
    );
    console.error(error.message);
    this.host.element.dispatchEvent(new NaStorageErrorEvent(key, error));
    this.#problem = { text: autosaveOffText(), autosaveOff: true };
  }

  /**
   * Stored data that cannot be used is never overwritten unless a copy was kept aside first, and the
   * message says what really happened: kept aside, or not (then it is offered as a file and autosave
   * stops), or from a newer version (then it stays untouched and edits are kept beside it).
   */
  refuseStored(key: string, text: string, issues: ValueIssue[]): void {
    if (issues.some((i) => i.code === 'newer_version')) {
      this.keepBesideNewer(key, issues);
      return;
    }
    try {
      keepAside(key, text);
    } catch (error) {
      // Could not keep a copy: then the original is not overwritten either, and autosave stops.
      this.#storageBlocked = true;
      this.host.element.dispatchEvent(new NaStorageErrorEvent(key, error));
      this.host.reportInvalid('storage', issues);
      this.#problem = {
        text: msg('De bewaarde gegevens zijn niet te lezen en konden niet apart worden gezet. Ze staan nog onveranderd in deze browser. Automatisch bewaren staat daarom uit: bewaar de gegevens als bestand.'),
        download: text,
        autosaveOff: true,
      };
      return;
    }
    this.host.reportInvalid('storage', issues);
  }

  /** Newer data under `key` is never written over: edits are saved under `<key>.v<version>`, and loaded from there. */
  keepBesideNewer(key: string, issues: ValueIssue[]): void {
    const side = `${key}.v${this.host.definition().version}`;
    const text = readStored(side);
    const result = text === null ? null : parseValue(this.host.definition(), text, { text: true });
    this.host.reportInvalid('storage', issues);
    if (result && !result.ok) {
      // The copy beside it is unreadable too: keep both as they are, autosave stops.
      this.#storageBlocked = true;
      this.#problem = { text: autosaveOffText(), autosaveOff: true };
      return;
    }
    this.#sideKey = side;
    if (result?.ok) {
      this.#lastWritten = text;
      this.host.setValue(result.value);
    }
    this.#problem = {
      text: msg(str`Deze gegevens zijn gemaakt met een nieuwere versie. Deze versie kan ze niet openen; ze blijven onveranderd bewaard. Wat u hier invult, wordt apart bewaard onder "${side}".`),
      autosaveOff: true,
    };
  }

  /** Where autosave writes: `storage-key`, or the key beside newer data. */
  get writeKey(): string | null {
    return this.host.storageKey() ? (this.#sideKey ?? this.host.storageKey()) : null;
  }

  /** After a re-connect: another tab may have written while no `storage` listener was attached. */
  checkForOutsideChange(): void {
    const key = this.writeKey;
    if (!key || this.#storageBlocked) return;
    const text = readStored(key);
    if (text !== null && text !== this.#lastWritten) this.offerConflict();
  }

  offerConflict({ samePage = false } = {}): void {
    this.#problem = {
      text: samePage ? msg('Deze gegevens zijn op deze pagina ook elders veranderd.') : msg('Deze gegevens zijn in een ander venster veranderd.'),
      conflict: true,
    };
  }

  /** Lists this element under its storage key; a second element with the same key on the page is warned about. */
  join(): void {
    const key = this.#loadedKey && this.host.element.isConnected && !isReservedKey(this.#loadedKey) ? this.#loadedKey : null;
    if (key === this.#joinedKey) return;
    this.leave();
    if (!key) return;
    const members = Autosave.#byKey.get(key) ?? new Set();
    if (members.size) {
      console.warn(
        `niet-alleen: ${members.size + 1} elements on this page use storage-key "${key}". Each offers to load the other's changes instead of overwriting them; give each its own key.`,
        [...[...members].map((m) => m.host.element), this.host.element],
      );
    }
    members.add(this as unknown as Autosave<VersionedValue>);
    Autosave.#byKey.set(key, members);
    this.#joinedKey = key;
  }

  leave(): void {
    const key = this.#joinedKey;
    if (key === null) return;
    const members = Autosave.#byKey.get(key);
    members?.delete(this as unknown as Autosave<VersionedValue>);
    if (!members?.size) Autosave.#byKey.delete(key);
    this.#joinedKey = null;
  }

  /** Another element on this page wrote `text` under the shared key: the same choice as for another tab. */
  #otherWroteHere(text: string): void {
    if (!this.host.storageKey() || this.#storageBlocked || text === this.#lastWritten) return;
    this.offerConflict({ samePage: true });
  }

  /** While another tab's change waits for the user's choice, autosave must not overwrite it. */
  get conflictPending(): boolean {
    return this.#problem?.conflict === true;
  }

  schedule(): void {
    if (!this.host.storageKey() || this.#storageBlocked) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(this.flush, saveDelayMs);
  }

  /** Writes a pending autosave now (also on pagehide and disconnect). */
  flush = (): void => {
    if (this.#saveTimer !== undefined) this.saveNow();
  };

  /** Writes the value to storage now (when `storage-key` is set). */
  saveNow(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    const key = this.writeKey;
    if (!key || this.#storageBlocked || this.conflictPending) return;
    const text = this.host.json();
    try {
      writeStored(key, text);
      this.#lastWritten = text;
      if (this.#problem?.saveFailed) this.#problem = null;
      for (const other of Autosave.#byKey.get(this.host.storageKey() ?? '') ?? []) {
        if (other !== (this as unknown as Autosave<VersionedValue>)) other.#otherWroteHere(text);
      }
    } catch (error) {
      this.#problem = {
        text: msg('Opslaan in deze browser is niet gelukt. Uw gegevens staan nog op het scherm: bewaar ze als bestand.'),
        saveFailed: true,
      };
      this.host.element.dispatchEvent(new NaStorageErrorEvent(key, error));
    }
  }

  #onStorageEvent = (event: StorageEvent): void => {
    if (!this.host.storageKey() || this.#storageBlocked) return;
    // event.key is null when the other tab cleared all of localStorage.
    if ((event.key !== null && event.key !== this.writeKey) || event.newValue === this.#lastWritten) return;
    this.offerConflict();
  };

  resolveConflict(load: boolean): void {
    const key = this.writeKey;
    this.#problem = null;
    if (!key) return;
    if (load) {
      const text = readStored(key);
      if (text === null) {
        // The other tab deleted it: nothing to load; what is on screen is saved again only on the next edit.
        this.#lastWritten = null;
        return;
      }
      const result = parseValue(this.host.definition(), text, { text: true });
      if (!result.ok) {
        this.refuseStored(key, text, result.issues);
        return;
      }
      // My version stays one undo step away.
      this.host.keepForUndo();
      this.#lastWritten = text;
      this.host.setValue(result.value);
      this.host.element.dispatchEvent(new NaChangeEvent(result.value));
      this.host.announce(msg('U ziet nu de nieuwe versie.'));
    } else {
      this.saveNow();
      this.host.announce(msg('Uw versie is bewaard.'));
    }
  }
}
