import { NaEvent } from '@niet-alleen/core';
import type { Wish } from './schema.js';

/**
 * The user asked "Wie kan me daarbij helpen?" for a wish, so the host page can open the
 * persoonlijke netwerkkaart (8.4, 8.7) from that wish. Cancelable: call `preventDefault()`
 * to say the page handled it; otherwise the card shows a hint about the network map.
 */
export class NaWishHelpEvent extends NaEvent<{
  /** The wish with its answers, as it is now. */
  wish: Wish;
  /** WENS 1 or WENS 2. */
  number: 1 | 2;
  /** The name on the card (may be empty). */
  name: string;
}> {
  static readonly type = 'na-wish-help';
  constructor(wish: Wish, number: 1 | 2, name: string) {
    super(NaWishHelpEvent.type, { wish, number, name }, { cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'na-wish-help': NaWishHelpEvent;
  }
}
