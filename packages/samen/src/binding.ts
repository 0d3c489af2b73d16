import * as Y from 'yjs';
import { NaChangeEvent, NaInvalidEvent, parseValue, type InstrumentDefinition, type UndoHistory, type VersionedValue } from '@niet-alleen/core';
import { msg } from '@niet-alleen/core/msg';
import { shapeOf } from './shape.js';
import { ValueDoc } from './value-doc.js';
import { NaRemoteChangeEvent } from './events.js';
import { merge3, restoreRefused } from './merge.js';

/** What the binding needs of an instrument element: its public contract. */
export interface InstrumentLike<T> extends HTMLElement {
  value: T;
  readonly: boolean;
  undoHistory: UndoHistory | null;
  announce(text: string): void;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
}

export interface BindingOptions<T extends VersionedValue> {
  doc: Y.Doc;
  definition: InstrumentDefinition<T>;
  /** Settles when the providers delivered what they had; until then the element's own value is not written into an empty room. */
  whenSynced?: Promise<void>;
}

const jsonEqual = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The one string leaf in which `a` and `b` differ, as a path, when that is the only difference
 * (typing in one field); null for anything else (a note added, moved or removed).
 */
function onlyTextChange(a: unknown, b: unknown, path = ''): string | null | undefined {
  if (a === b) return undefined;
  if (typeof a === 'string' && typeof b === 'string') return path;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return null;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return null;
  let found: string | undefined;
  for (const key of keys) {
    if (!Object.hasOwn(y, key)) return null;
    const inner = onlyTextChange(x[key], y[key], `${path}/${(y[key] as { id?: unknown })?.id ?? key}`);
    if (inner === null) return null;
    if (inner !== undefined) {
      if (found !== undefined) return null;
      found = inner;
    }
  }
  return found;
}

/**
 * Binds an instrument element's value to a Y.Doc, from outside, through the element's public
 * contract: its edits (`na-change`) go into the document as changes with this binding's origin,
 * and every change from elsewhere is validated against the instrument's schema before it becomes
 * the element's `value`. A change that is not valid is refused (`na-invalid`, source 'remote'):
 * the card stays as it was, and the document is set back to it, so every participant refuses it.
 * Undo and redo take back this participant's own edits only (a Y.UndoManager that tracks this origin).
 *
 * Changes from elsewhere reach the card in batches: the first one schedules a task, and every change
 * that arrives before it runs is read, validated and rendered with it, once. On a busy card (20 people
 * adding a note a second) changes arrive faster than a full card renders; one by one they queued up
 * (p95 2.4 s in the load check), batched the card catches up (see docs/performance.md). An edit made
 * on the card while a batch waits is merged with it three-way ({@link merge3}), so it takes back
 * nothing it had not seen.
 */
export class SamenBinding<T extends VersionedValue> {
  /** The origin of this participant's own edits in the document. */
  readonly origin = { samen: 'local' };
  /** The origin of putting the document back after a refused change (not undoable). */
  readonly repairOrigin = { samen: 'repair' };
  readonly undoManager: Y.UndoManager;
  readonly valueDoc: ValueDoc;
  #element: InstrumentLike<T>;
  #definition: InstrumentDefinition<T>;
  /** The value the element and the document last agreed on. */
  #known: T;
  #applying = false;
  #lastTextPath: string | null = null;
  #synced = false;
  #destroyed = false;
  /** Changes from elsewhere are in the document and not yet on the card (a batch is scheduled). */
  #behind = false;

  constructor(element: InstrumentLike<T>, { doc, definition, whenSynced = Promise.resolve() }: BindingOptions<T>) {
    this.#element = element;
    this.#definition = definition;
    this.valueDoc = new ValueDoc(doc, shapeOf(definition.schema));
    this.#known = element.value;
    this.undoManager = new Y.UndoManager(this.valueDoc.types, {
      trackedOrigins: new Set([this.origin]),
      // Steps are cut by the binding (see #push), as core's own undo cuts them: typing in one field is one step.
      captureTimeout: 24 * 60 * 60 * 1000,
    });
    const refresh = () => element.requestUpdate();
    this.undoManager.on('stack-item-added', refresh);
    this.undoManager.on('stack-item-popped', refresh);
    this.undoManager.on('stack-cleared', refresh);
    const undoManager = this.undoManager;
    element.undoHistory = {
      undo: () => undoManager.undo() !== null,
      redo: () => undoManager.redo() !== null,
      get canUndo() {
        return undoManager.canUndo();
      },
      get canRedo() {
        return undoManager.canRedo();
      },
    };
    element.addEventListener('na-change', this.#onChange);
    doc.on('afterTransaction', this.#onTransaction);
    if (!this.valueDoc.isEmpty) this.#pull('remote');
    void whenSynced.then(() => {
      if (this.#destroyed) return;
      this.#synced = true;
      // An empty room gets this element's value (from its markup, storage or the host page).
      if (this.valueDoc.isEmpty) this.#push(element.value, this.repairOrigin);
      else this.#pull('remote');
    });
  }

  get doc(): Y.Doc {
    return this.valueDoc.doc;
  }

  destroy(): void {
    this.#destroyed = true;
    this.#element.removeEventListener('na-change', this.#onChange);
    this.doc.off('afterTransaction', this.#onTransaction);
    this.undoManager.destroy();
    this.#element.undoHistory = null;
  }

  #onChange = (event: Event): void => {
    // Only the element's own edits; not an embedded instrument's, not the ones this binding fires.
    if (this.#applying || event.target !== this.#element) return;
    const value = (event as NaChangeEvent<T>).detail.value;
    if (!this.#behind) {
      this.#push(value, this.origin);
      return;
    }
    // The edit was made on the card as it was before the waiting batch: lay it over the batch.
    const merged = parseValue(this.#definition, merge3(this.#known, value, this.valueDoc.read()));
    this.#push(merged.ok ? merged.value : value, this.origin);
    this.#pull('remote');
  };

  /** Writes `value` into the document; typing on in the same text stays one undo step. */
  #push(value: T, origin: object): void {
    if (origin === this.origin) {
      const path = onlyTextChange(this.#known, value);
      if (typeof path !== 'string' || path !== this.#lastTextPath) this.undoManager.stopCapturing();
      this.#lastTextPath = typeof path === 'string' ? path : null;
    }
    this.#known = value;
    this.doc.transact(() => this.valueDoc.write(value), origin);
  }

  #onTransaction = (transaction: Y.Transaction): void => {
    if (transaction.origin === this.origin || this.#destroyed) return;
    const parents = transaction.changedParentTypes as Map<object, unknown>;
    const changed = transaction.changed as Map<object, unknown>;
    if (!this.valueDoc.types.some((t) => parents.has(t) || changed.has(t))) return;
    if (transaction.origin === this.undoManager) this.#pull('undo');
    else if (!this.#behind) {
      this.#behind = true;
      setTimeout(() => {
        if (this.#behind && !this.#destroyed) this.#pull('remote');
      });
    }
  };

  /** The document changed from elsewhere (or by undo): validate, then show it. */
  #pull(kind: 'remote' | 'undo'): void {
    this.#behind = false;
    if (this.valueDoc.isEmpty) return;
    const raw = this.valueDoc.read();
    let result = parseValue(this.#definition, raw);
    if (!result.ok) {
      this.#element.dispatchEvent(new NaInvalidEvent('remote', result.issues));
      this.#element.announce(msg('Een wijziging van een andere deelnemer klopte niet. Die is niet overgenomen.'));
      // Only the refused notes or fields go back to what the card had; the rest of the batch stays.
      const salvaged = parseValue(this.#definition, restoreRefused(raw, this.#known, result.issues.map((issue) => issue.path)));
      this.#repair(salvaged.ok ? salvaged.value : this.#known);
      if (!salvaged.ok) return;
      result = salvaged;
    }
    const value = result.value;
    if (jsonEqual(value, this.#element.value)) {
      this.#known = this.#element.value;
      return;
    }
    this.#known = value;
    const caret = keepCaret(this.#element);
    this.#applying = true;
    try {
      this.#element.value = value;
    } finally {
      this.#applying = false;
    }
    void this.#element.updateComplete.then(() => caret?.());
    if (kind === 'undo') this.#element.dispatchEvent(new NaChangeEvent(value));
    else this.#element.dispatchEvent(new NaRemoteChangeEvent(value));
  }

  /**
   * Sets the document back to a valid card (`value`: the card as it was, with what was valid of the
   * refused batch). Only once the room was synced (before that the
   * element's value may be nothing but a default) and only when nothing is still waiting for missing
   * parts (then the document is incomplete, not invalid).
   */
  #repair(value: T): void {
    const store = this.doc.store as unknown as { pendingStructs: unknown; pendingDs: unknown };
    if (!this.#synced || this.#element.readonly || store.pendingStructs || store.pendingDs) return;
    // A task later, not at once: every card on this page that received the bad change refuses it
    // itself first (each in its own batch), and only one of them needs to set the room back.
    setTimeout(() => {
      if (this.#destroyed) return;
      if (parseValue(this.#definition, this.valueDoc.read()).ok) return;
      this.#push(value, this.repairOrigin);
    });
  }
}

/**
 * Keeps the caret of a focused text field inside the element where it was when another person's
 * change arrives: before the change it stays, after it moves along by the length of the change.
 * Returns what to run once the element rendered the new value.
 */
function keepCaret(element: HTMLElement): (() => void) | null {
  const field = element.shadowRoot?.activeElement;
  if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) || field.selectionStart === null) return null;
  const before = field.value;
  const start = field.selectionStart;
  const end = field.selectionEnd ?? start;
  return () => {
    const after = field.value;
    if (after === before || element.shadowRoot?.activeElement !== field) return;
    let same = 0;
    while (same < before.length && same < after.length && before[same] === after[same]) same++;
    const shift = after.length - before.length;
    const move = (at: number) => (at <= same ? at : Math.max(same, at + shift));
    field.setSelectionRange(move(start), move(end));
  };
}
