/** Fired by `<na-add-item>` when the person adds a text (Enter or the button); the field is emptied. */
export class NaAddEvent extends Event {
  static readonly type = 'na-add';
  readonly detail: { text: string };
  constructor(text: string) {
    super(NaAddEvent.type, { bubbles: true, composed: true });
    this.detail = { text };
  }
}

declare global {
  interface HTMLElementEventMap {
    'na-add': NaAddEvent;
  }
}
