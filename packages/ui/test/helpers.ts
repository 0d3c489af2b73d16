import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

const fixtures: Element[] = [];

/** Builds a test fixture from DOM calls (no innerHTML); removed by `cleanup()`. */
export function fixture<T extends Element>(el: T): T {
  document.body.append(el);
  fixtures.push(el);
  return el;
}

export function cleanup(): void {
  for (const el of fixtures.splice(0)) el.remove();
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, unknown>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k.startsWith('@')) el.setAttribute(k.slice(1), String(v));
    else (el as unknown as Record<string, unknown>)[k] = v;
  }
  el.append(...children);
  return el;
}

/** Focuses a plain button placed before the element, then presses Tab like a user. */
export async function tabInto(before: HTMLElement): Promise<void> {
  before.focus();
  await sendKeys({ press: 'Tab' });
}

/** The element that really has focus, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Focus is visible: the focused control matches :focus-visible and draws an outline, at least
 * core's 2 px+ for controls in our shadow roots (light-DOM controls get the page's own style).
 */
export function expectFocusVisible(): void {
  const active = deepActiveElement() as HTMLElement | null;
  expect(active, 'something has focus').to.exist;
  expect(active!.matches(':focus-visible'), ':focus-visible').to.be.true;
  const style = getComputedStyle(active!);
  expect(style.outlineStyle).to.not.equal('none');
  if (active!.getRootNode() instanceof ShadowRoot) expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
