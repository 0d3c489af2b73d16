/** Fired on an instrument element when another participant's change reached it (validated); `detail.value` is the new value. Bubbles, composed. */
export class NaRemoteChangeEvent<T = unknown> extends Event {
  static readonly type = 'na-remote-change';
  readonly detail: { value: T };
  constructor(value: T) {
    super(NaRemoteChangeEvent.type, { bubbles: true, composed: true });
    this.detail = { value };
  }
}

declare global {
  interface HTMLElementEventMap {
    'na-remote-change': NaRemoteChangeEvent;
  }
}
