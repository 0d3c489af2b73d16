import type { SessionStep } from './content.js';

/** The facilitator moved the session to another step of the 11.4 script. */
export class NaSessionStepEvent extends Event {
  static readonly type = 'na-session-step';
  readonly detail: { step: SessionStep };
  constructor(step: SessionStep) {
    super(NaSessionStepEvent.type, { bubbles: true, composed: true });
    this.detail = { step };
  }
}

declare global {
  interface HTMLElementEventMap {
    'na-session-step': NaSessionStepEvent;
  }
}
