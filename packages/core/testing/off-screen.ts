import { expect } from '@open-wc/testing';
import { nextFrame } from './harness.js';

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

/** Whether the browser lays out and paints `node` now: false while an ancestor with `content-visibility: auto` skips it. */
const shown = (node: Element) => node.checkVisibility({ contentVisibilityAuto: true });

/**
 * Issue 32's edit work, never timed: `parts` (core `.na-summary` parts, or others with
 * `content-visibility: auto`) start below the screen; after `edit` they are not laid out or painted
 * (each one's first child stands for its content), and each one scrolled to is.
 */
export async function expectLaidOutOnlyWhenNear(parts: HTMLElement[], edit: () => Promise<unknown>): Promise<void> {
  await frames();
  for (const part of parts) expect(part.getBoundingClientRect().top, 'it starts below the screen').to.be.greaterThan(innerHeight);
  await edit();
  await frames();
  for (const part of parts) expect(shown(part.firstElementChild!), 'off screen: not laid out or painted').to.be.false;
  for (const part of parts) {
    part.scrollIntoView();
    await frames();
    expect(shown(part.firstElementChild!), 'on screen: shown').to.be.true;
    expect(part.firstElementChild!.getBoundingClientRect().height).to.be.greaterThan(0);
  }
}
