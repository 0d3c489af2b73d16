import { NaEvent } from '@niet-alleen/core';

/** Fired on an instrument element when another participant's change reached it (validated); `detail.value` is the new value. Bubbles, composed. */
export class NaRemoteChangeEvent<T = unknown> extends NaEvent<{ value: T }> {
  static readonly type = 'na-remote-change';
  constructor(value: T) {
    super(NaRemoteChangeEvent.type, { value });
  }
}

declare global {
  interface HTMLElementEventMap {
    'na-remote-change': NaRemoteChangeEvent;
  }
}
