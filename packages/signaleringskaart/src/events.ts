import type { SignaleringskaartValue } from './schema.js';
import type { SignalGroupId } from './content.js';

/**
 * The user chose to pass the signal on. `groups` are the signal groups with a marked
 * signal, so a verwijskaart can highlight the options that fit.
 */
export class NaSignalForwardEvent extends Event {
  static readonly type = 'na-signal-forward';
  readonly detail: { value: SignaleringskaartValue; groups: SignalGroupId[] };
  constructor(value: SignaleringskaartValue, groups: SignalGroupId[]) {
    super(NaSignalForwardEvent.type, { bubbles: true, composed: true });
    this.detail = { value, groups };
  }
}

declare global {
  interface HTMLElementEventMap {
    'na-signal-forward': NaSignalForwardEvent;
  }
}
