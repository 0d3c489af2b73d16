import { mountedHere } from './harness.js';

/** What one render of an element left on screen while its first render comes in tasks (core's Progressive). */
export interface RenderStep {
  /** How many elements match the items' selector. */
  items: number;
  /** Those elements (Lit keeps them from render to render). */
  elements: Element[];
  /** The viewport top of each of them, rounded to the pixel. */
  tops: number[];
  /** Whether something matching `below` is there (what comes after the lists, the base's toolbar). */
  below: boolean;
}

const top = (e: Element) => Math.round(e.getBoundingClientRect().top);

/** The elements of `step` that are now elsewhere on screen (or gone): none, if nothing moved as the rest arrived. */
export function movedSince(step: RenderStep): Element[] {
  return step.elements.filter((e, i) => !e.isConnected || top(e) !== step.tops[i]);
}

/**
 * Puts a new `<tag>` with `properties` on the page (`unmountAll()` removes it) and records what each
 * of its renders left until `updateComplete`: each render is in a task of its own, so a
 * MutationObserver sees them one by one. Issue 32: a long first render is cut, nothing shown moves as
 * the rest arrives, and what is below the lists comes last.
 */
export async function renderSteps<E extends HTMLElement & { updateComplete: Promise<unknown> }>(
  tag: string,
  properties: Record<string, unknown>,
  items: string,
  { below = '[part~="toolbar"]' }: { below?: string } = {},
): Promise<{ el: E; steps: RenderStep[] }> {
  const steps: RenderStep[] = [];
  // From the top of the page: on a page an earlier test left scrolled, the browser's scroll anchoring
  // moves what is above the viewport as the rest arrives, which is not the element's doing.
  window.scrollTo(0, 0);
  const el = Object.assign(document.createElement(tag), properties) as E;
  mountedHere(el);
  const root = el.shadowRoot!;
  const watch = new MutationObserver(() => {
    const found = [...root.querySelectorAll(items)];
    const step = { items: found.length, elements: found, tops: found.map(top), below: !!root.querySelector(below) };
    // A change that left the same items in the same places (an attribute, a status line) is no new step.
    const last = steps.at(-1);
    if (last && last.below === step.below && last.tops.join() === step.tops.join()) return;
    steps.push(step);
  });
  // The first render waits for a task of its own: observing now sees it.
  watch.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  await el.updateComplete;
  watch.disconnect();
  return { el, steps };
}
