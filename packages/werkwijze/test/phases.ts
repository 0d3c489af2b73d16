import { phaseIds, type NaWerkwijze, type PhaseId } from '@niet-alleen/werkwijze';
import { shadow } from '@niet-alleen/core/testing';

/** Opens each phase once, as a user going through the navigation would (a phase's instruments are made when it is first opened). */
export async function openEveryPhase(el: NaWerkwijze): Promise<void> {
  for (const phase of phaseIds) {
    el.phase = phase;
    await el.updateComplete;
  }
}

/**
 * The instrument element `tag` in the panel of `phase`. A phase's instruments are made when it is
 * first opened, so a phase not opened yet is opened first, as a user would, and the phase on
 * screen is shown again.
 */
export async function child<E extends Element>(el: NaWerkwijze, phase: PhaseId, tag: string): Promise<E> {
  const find = () => shadow(el).querySelector<E>(`#panel-${phase} ${tag}`);
  if (!find()) {
    const shown = el.phase;
    el.phase = phase;
    await el.updateComplete;
    el.phase = shown;
    await el.updateComplete;
  }
  const found = find();
  if (!found) throw new Error(`No ${tag} in phase ${phase}`);
  return found;
}
