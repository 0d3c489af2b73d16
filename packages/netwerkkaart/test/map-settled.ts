import type { NaNetwerkkaart } from '@niet-alleen/netwerkkaart';

/** The next frame, and the task after it (the frame's resize observers have run). */
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Until the map has taken the size its box gives it, so the positions a test reads on screen are
 * the ones the pointer will meet. A viewport change or an editor opened beside the map resizes it,
 * and WebKit delivers that resize a few frames later than Chromium (the map then redraws at the new
 * scale, rightly, but inside whatever the test does next).
 */
export async function mapSettled(el: NaNetwerkkaart): Promise<void> {
  let last = '';
  for (let i = 0; i < 30; i++) {
    await frame();
    await el.updateComplete;
    const now = JSON.stringify([el.frame, innerWidth, innerHeight]);
    if (now === last) return;
    last = now;
  }
  throw new Error('the map never settled on a size');
}
