import { NaEvent } from '@niet-alleen/core';

/** Fired by `<na-add-item>` when the person adds a text (Enter or the button); the field is emptied. */
export class NaAddEvent extends NaEvent<{ text: string }> {
  static readonly type = 'na-add';
  constructor(text: string) {
    super(NaAddEvent.type, { text });
  }
}

declare global {
  interface HTMLElementEventMap {
    'na-add': NaAddEvent;
  }
}
