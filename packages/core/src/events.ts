/**
 * Where untrusted data came from when it failed validation. 'remote': another participant's change
 * in a shared session (@niet-alleen/samen), refused before it reached the element.
 */
export type InvalidSource = 'property' | 'import' | 'storage' | 'markup' | 'remote';

/** One reason why data was refused: a path into the value and a message. */
export interface ValueIssue {
  path: PropertyKey[];
  message: string;
  code?: string;
}

/** Fired after each edit made through the element's own UI. */
export class NaChangeEvent<T = unknown> extends Event {
  static readonly type = 'na-change';
  readonly detail: { value: T };
  constructor(value: T) {
    super(NaChangeEvent.type, { bubbles: true, composed: true });
    this.detail = { value };
  }
}

/** Fired when data from outside was refused; the element kept its current value. */
export class NaInvalidEvent extends Event {
  static readonly type = 'na-invalid';
  readonly detail: { source: InvalidSource; issues: ValueIssue[] };
  constructor(source: InvalidSource, issues: ValueIssue[]) {
    super(NaInvalidEvent.type, { bubbles: true, composed: true });
    this.detail = { source, issues };
  }
}

/** Fired when autosave could not write (quota exceeded, storage disabled). The value in memory is kept. */
export class NaStorageErrorEvent extends Event {
  static readonly type = 'na-storage-error';
  readonly detail: { key: string; error: unknown };
  constructor(key: string, error: unknown) {
    super(NaStorageErrorEvent.type, { bubbles: true, composed: true });
    this.detail = { key, error };
  }
}

declare global {
  interface HTMLElementEventMap {
    'na-change': NaChangeEvent;
    'na-invalid': NaInvalidEvent;
    'na-storage-error': NaStorageErrorEvent;
  }
}

/**
 * The events an instrument whose value is T fires: HTMLElementEventMap, with `na-change` carrying a T.
 * HTMLElementEventMap maps one event name to one type for every element, so there `na-change` is
 * `NaChangeEvent<unknown>`; each instrument class merges {@link InstrumentListeners} of its own value
 * (as Web Awesome types its events per element), so a listener needs no cast:
 * `card.addEventListener('na-change', (e) => e.detail.value.marked)`.
 */
export type InstrumentEventMap<T> = Omit<HTMLElementEventMap, 'na-change'> & { 'na-change': NaChangeEvent<T> };

/**
 * `addEventListener` / `removeEventListener` typed by {@link InstrumentEventMap}; any other event name
 * still takes a plain listener. An element class declares
 * `export interface NaX { addEventListener: InstrumentListeners<XValue>['addEventListener']; … }`.
 */
export interface InstrumentListeners<T> {
  addEventListener<K extends keyof InstrumentEventMap<T>>(type: K, listener: (event: InstrumentEventMap<T>[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof InstrumentEventMap<T>>(type: K, listener: (event: InstrumentEventMap<T>[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
