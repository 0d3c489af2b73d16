import { NaEvent } from '@niet-alleen/core';
import type { PhaseId } from './werkwijze-content.js';

/** The user moved to another phase of the werkwijze. */
export class NaPhaseChangeEvent extends NaEvent<{ phase: PhaseId }> {
  static readonly type = 'na-phase-change';
  constructor(phase: PhaseId) {
    super(NaPhaseChangeEvent.type, { phase });
  }
}

declare global {
  interface HTMLElementEventMap {
    'na-phase-change': NaPhaseChangeEvent;
  }
}
