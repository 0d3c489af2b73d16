import { NaEvent } from '@niet-alleen/core';
import type { SignaleringskaartValue } from './schema.js';
import type { SignalGroupId } from './content.js';

/**
 * The user chose to pass the signal on. `groups` are the signal groups with a marked
 * signal, so a verwijskaart can highlight the options that fit. A listener that takes the signal
 * calls `preventDefault()` (the verwijskaart does): the card then says it was passed on; when no
 * one takes it, the card says so, and that the user passes it on in person.
 */
export class NaSignalForwardEvent extends NaEvent<{ value: SignaleringskaartValue; groups: SignalGroupId[] }> {
  static readonly type = 'na-signal-forward';
  constructor(value: SignaleringskaartValue, groups: SignalGroupId[]) {
    super(NaSignalForwardEvent.type, { value, groups }, { cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'na-signal-forward': NaSignalForwardEvent;
  }
}
