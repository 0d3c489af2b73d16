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

/**
 * The base of every event the library fires: it bubbles out of shadow roots (composed) and
 * carries a typed `detail`. Each event is its own subclass with its name as `static type`, so
 * `instanceof` works and HTMLElementEventMap can map the name to the class.
 */
export class NaEvent<D> extends Event {
  readonly detail: D;
  constructor(type: string, detail: D, { cancelable = false } = {}) {
    super(type, { bubbles: true, composed: true, cancelable });
    this.detail = detail;
  }
}

/** Fired after each edit made through the element's own UI. */
export class NaChangeEvent<T = unknown> extends NaEvent<{ value: T }> {
  static readonly type = 'na-change';
  constructor(value: T) {
    super(NaChangeEvent.type, { value });
  }
}

/** Fired when data from outside was refused; the element kept its current value. */
export class NaInvalidEvent extends NaEvent<{ source: InvalidSource; issues: ValueIssue[] }> {
  static readonly type = 'na-invalid';
  constructor(source: InvalidSource, issues: ValueIssue[]) {
    super(NaInvalidEvent.type, { source, issues });
  }
}

/** Fired when autosave could not write (quota exceeded, storage disabled). The value in memory is kept. */
export class NaStorageErrorEvent extends NaEvent<{ key: string; error: unknown }> {
  static readonly type = 'na-storage-error';
  constructor(key: string, error: unknown) {
    super(NaStorageErrorEvent.type, { key, error });
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
