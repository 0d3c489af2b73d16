import { phaseIds, type NaWerkwijze } from '@niet-alleen/werkwijze';

/** Opens each phase once, as a user going through the navigation would (a phase's instruments are made when it is first opened). */
export async function openEveryPhase(el: NaWerkwijze): Promise<void> {
  for (const phase of phaseIds) {
    el.phase = phase;
    await el.updateComplete;
  }
}
