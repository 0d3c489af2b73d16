import { NaEvent } from '@niet-alleen/core';
import type { SessionStep } from './content.js';

/** The facilitator moved the session to another step of the 11.4 script. */
export class NaSessionStepEvent extends NaEvent<{ step: SessionStep }> {
  static readonly type = 'na-session-step';
  constructor(step: SessionStep) {
    super(NaSessionStepEvent.type, { step });
  }
}

/** The per-step stopwatches of the session, as a plain snapshot (a step's `startedAt` is a `clock.now()` time, null when paused). */
export type SessionTimerState = Partial<Record<SessionStep, { elapsed: number; startedAt: number | null }>>;

/** The facilitator started, paused or reset the step timer (or changed step, which pauses it); `detail.timer` is its state now. */
export class NaSessionTimerEvent extends NaEvent<{ timer: SessionTimerState }> {
  static readonly type = 'na-session-timer';
  constructor(timer: SessionTimerState) {
    super(NaSessionTimerEvent.type, { timer });
  }
}

declare global {
  interface HTMLElementEventMap {
    'na-session-timer': NaSessionTimerEvent;
    'na-session-step': NaSessionStepEvent;
  }
}
