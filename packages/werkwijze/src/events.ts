import type { PhaseId } from './werkwijze-content.js';

/** The user moved to another phase of the werkwijze. */
export class NaPhaseChangeEvent extends Event {
  static readonly type = 'na-phase-change';
  readonly detail: { phase: PhaseId };
  constructor(phase: PhaseId) {
    super(NaPhaseChangeEvent.type, { bubbles: true, composed: true });
    this.detail = { phase };
  }
}

declare global {
  interface HTMLElementEventMap {
    'na-phase-change': NaPhaseChangeEvent;
  }
}
