/** Where untrusted data came from when it failed validation. */
export type InvalidSource = 'property' | 'import' | 'storage' | 'markup';

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
