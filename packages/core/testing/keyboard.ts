/**
 * Keyboard walkthroughs and accessibility checks that read like what a user does and sees.
 * One helper for every element's `*.keyboard.test.ts` and `*.a11y.test.ts`:
 *
 * - `press(key)` presses a real key (web-test-runner's `sendKeys`) and then checks that focus
 *   is not lost (not on `<body>`, still inside `within` when given) and is visibly indicated
 *   (a `:focus-visible` outline or box-shadow of at least 2 px).
 * - `tabTo(match)` presses Tab (or Shift+Tab) until the focused element matches, checking every
 *   stop on the way.
 * - `announcement(el)` waits for the text of the element's polite live region.
 * - `axTree(el)` is the accessibility tree (roles, names, states; computed by axe-core through
 *   shadow roots), and `axFind` / `axFindAll` search it by role and name.
 * - `smallTargets(root)` lists interactive targets below 24×24 CSS px (WCAG 2.2 SC 2.5.8).
 * - `overflowing(root)` lists what sticks out of the root or is clipped (reflow, 1.4.10/1.4.4).
 *
 * Keys are given by their portable names (' ' rather than 'Space') so Firefox's BiDi accepts them.
 */
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { nextFrame } from './harness.js';

/** The focused element, followed through open shadow roots to the deepest one. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short, readable description of an element for assertion messages. */
export function describeElement(el: Element | null): string {
  if (!el) return '(nothing)';
  const name =
    el.getAttribute('aria-label') ??
    (el as HTMLInputElement).labels?.[0]?.textContent ??
    el.textContent ??
    '';
  const id = el.id ? `#${el.id}` : '';
  return `<${el.localName}${id}> "${name.replace(/\s+/g, ' ').trim().slice(0, 60)}"`;
}

/** Whether `el` is `ancestor` or inside it, across shadow boundaries. */
export function isInside(el: Node | null, ancestor: Node): boolean {
  for (let n: Node | null = el; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) if (n === ancestor) return true;
  return false;
}

function spreadOf(boxShadow: string): number {
  if (!boxShadow || boxShadow === 'none') return 0;
  // "rgb(…) 0px 0px 0px 5px, …": the fourth length of each shadow is its spread.
  return Math.max(
    0,
    ...boxShadow.split(/,(?![^(]*\))/).map((s) => {
      if (/inset/.test(s)) return 0;
      const lengths = [...s.matchAll(/(-?[\d.]+)px/g)].map((m) => Number(m[1]));
      return lengths[3] ?? 0;
    }),
  );
}

function isTransparent(color: string): boolean {
  return color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(color) || /\/\s*0\)$/.test(color);
}

/** Width in px of the visible focus indicator of `el` (outline or outer box-shadow spread), 0 when none. */
export function focusIndicatorWidth(el: Element): number {
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && !isTransparent(style.outlineColor) ? parseFloat(style.outlineWidth) || 0 : 0;
  return Math.max(outline, spreadOf(style.boxShadow));
}

/**
 * Throws unless something inside the page has focus (not `<body>`), it is inside `within`
 * (when given), it is rendered, and its computed style shows an indicator of ≥ 2 px (what the
 * user sees; usually from `:focus-visible`, for date fields from `:focus-within`).
 * Returns the focused element.
 */
export function expectFocusVisible(context = '', within?: Element): HTMLElement {
  const active = deepActiveElement();
  const where = context ? ` (${context})` : '';
  if (!active || active === document.body || active === document.documentElement) throw new Error(`Focus was lost to <body>${where}`);
  if (within && !isInside(active, within)) throw new Error(`Focus left ${describeElement(within)} for ${describeElement(active)}${where}`);
  const rect = active.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) throw new Error(`Focus is on an element that is not rendered: ${describeElement(active)}${where}`);
  const width = focusIndicatorWidth(active);
  if (width < 2) throw new Error(`${describeElement(active)} has focus but its indicator is ${width}px (at least 2px needed)${where}`);
  return active as HTMLElement;
}

export interface StepOptions {
  /** Focus must stay inside this element after the key. */
  within?: Element;
  /** Said in the failure message: which step of the walkthrough. */
  step?: string;
  /** An element whose `updateComplete` is awaited after the key (defaults to none). */
  settle?: Element;
}

async function settled(el?: Element): Promise<void> {
  await (el as (Element & { updateComplete?: Promise<unknown> }) | undefined)?.updateComplete;
  await nextFrame();
  await (el as (Element & { updateComplete?: Promise<unknown> }) | undefined)?.updateComplete;
}

/** Presses `key` for real ('Tab', ' ', 'Shift+Tab', …): modifiers before '+' are held down. */
export async function sendKey(key: string): Promise<void> {
  const parts = key.length > 1 ? key.split('+') : [key];
  const main = parts.pop() || '+';
  for (const m of parts) await sendKeys({ down: m });
  try {
    await sendKeys({ press: main });
  } finally {
    for (const m of parts.reverse()) await sendKeys({ up: m });
  }
}

/** Presses `key` for real, lets the element update, and checks focus is visible and not lost. */
export async function press(key: string, o: StepOptions = {}): Promise<HTMLElement> {
  await sendKey(key);
  await settled(o.settle ?? o.within);
  return expectFocusVisible(o.step ?? `after ${JSON.stringify(key)}`, o.within);
}

/** Types `text` for real into the focused field. */
export async function typeKeys(text: string, o: StepOptions = {}): Promise<HTMLElement> {
  await sendKeys({ type: text });
  await settled(o.settle ?? o.within);
  return expectFocusVisible(o.step ?? `after typing ${JSON.stringify(text)}`, o.within);
}

export type FocusMatch = string | ((el: Element) => boolean);

function matches(el: Element | null, match: FocusMatch): boolean {
  if (!el) return false;
  if (typeof match === 'function') return match(el);
  return el.matches(match);
}

/** An accessible-name-ish matcher: the focused element's label, aria-label or text. */
export const named =
  (name: string | RegExp, selector = '*') =>
  (el: Element): boolean => {
    if (!el.matches(selector)) return false;
    const texts = [
      el.getAttribute('aria-label'),
      ...[...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent),
      (el.localName === 'button' || el.localName === 'a' || el.localName === 'summary') ? el.textContent : null,
    ]
      .filter((t): t is string => !!t)
      .map((t) => t.replace(/\s+/g, ' ').trim());
    return texts.some((t) => (typeof name === 'string' ? t === name : name.test(t)));
  };

/**
 * Presses Tab (Shift+Tab with `back`) until the focused element matches, at most `max` times,
 * checking after every press that focus is visible and not lost.
 */
export async function tabTo(match: FocusMatch, o: StepOptions & { back?: boolean; max?: number } = {}): Promise<HTMLElement> {
  const key = o.back ? 'Shift+Tab' : 'Tab';
  const max = o.max ?? 200;
  for (let i = 0; i < max; i++) {
    const active = await press(key, { ...o, step: `${o.step ?? 'tabbing'}, ${key} #${i + 1}` });
    if (matches(active, match)) return active;
  }
  throw new Error(`${key} ${max}× did not reach ${typeof match === 'string' ? match : 'the wanted element'}; focus is on ${describeElement(deepActiveElement())}`);
}

/**
 * Puts keyboard focus just before `el`: a button "Begin" is placed before it (and "Einde" after
 * it) in the page and focused, so the walkthrough enters and leaves the element with Tab, as a
 * user would.
 */
export async function focusBefore(el: Element): Promise<HTMLButtonElement> {
  const start = document.createElement('button');
  start.textContent = 'Begin';
  start.dataset.walkthroughStart = '';
  const end = document.createElement('button');
  end.textContent = 'Einde';
  end.dataset.walkthroughEnd = '';
  if (!document.querySelector('style[data-walkthrough]')) {
    const style = document.createElement('style');
    style.dataset.walkthrough = '';
    style.textContent = '[data-walkthrough-start]:focus-visible, [data-walkthrough-end]:focus-visible { outline: 3px solid; }';
    document.head.append(style);
  }
  el.before(start);
  el.after(end);
  start.focus();
  await sendKeys({ press: 'Shift' }); // a key press, so the browser is in keyboard modality
  return start;
}

/** Removes the start buttons of `focusBefore`. */
export function removeFocusStarts(): void {
  document.querySelectorAll('[data-walkthrough-start], [data-walkthrough-end]').forEach((b) => b.remove());
}

/** Every tab stop inside `el`, in order, reached by pressing Tab from just before it. */
export async function tabStops(el: Element, max = 400): Promise<HTMLElement[]> {
  await focusBefore(el);
  const stops: HTMLElement[] = [];
  for (let i = 0; i < max; i++) {
    await sendKey('Tab');
    await nextFrame();
    const active = deepActiveElement();
    if (!active || !isInside(active, el)) return stops;
    expectFocusVisible(`tab stop ${i + 1}`, el);
    stops.push(active as HTMLElement);
  }
  throw new Error(`More than ${max} tab stops in ${describeElement(el)}`);
}

/**
 * What the element's polite live regions (role=status, aria-live=polite) say, once one says
 * something: the text of the first region that is not empty (waits up to `frames` frames).
 */
export async function announcement(el: Element, frames = 10): Promise<string> {
  const regions = [...(el.shadowRoot?.querySelectorAll('[role="status"], [aria-live="polite"]') ?? [])];
  if (!regions.length) throw new Error(`${describeElement(el)} has no live region`);
  for (let i = 0; i < frames; i++) {
    const text = regions.map((r) => (r.textContent ?? '').replace(/\s+/g, ' ').trim()).find(Boolean);
    if (text) return text;
    await nextFrame();
  }
  return '';
}

// ——— the accessibility tree ———

export interface AxNode {
  role: string;
  name: string;
  description?: string;
  value?: string;
  checked?: boolean | 'mixed';
  pressed?: boolean | 'mixed';
  expanded?: boolean;
  disabled?: boolean;
  required?: boolean;
  invalid?: boolean;
  level?: number;
  live?: string;
  children: AxNode[];
}

interface VNode {
  actualNode: Node;
  children?: VNode[];
}
interface AxeCommons {
  setup(node: Node): VNode;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): VNode | null };
  commons: {
    aria: { getRole(v: VNode): string | null };
    text: { accessibleTextVirtual(v: VNode): string };
    dom: { isVisibleToScreenReaders(v: VNode): boolean };
  };
}

const flat = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
const tristate = (v: string | null): boolean | 'mixed' | undefined => (v === 'mixed' ? 'mixed' : v === 'true' ? true : v === 'false' ? false : undefined);

/** aria-describedby resolved in the element's own (shadow) root, each reference by its text alternative. */
function description(axe: AxeCommons, el: Element): string | undefined {
  const ids = el.getAttribute('aria-describedby');
  if (!ids) return undefined;
  const root = el.getRootNode() as Document | ShadowRoot;
  const text = ids.split(/\s+/).map((id) => {
    const ref = root.getElementById(id);
    const v = ref && axe.utils.getNodeFromTree(ref);
    return v ? axe.commons.text.accessibleTextVirtual(v) || ref.textContent : '';
  });
  return flat(text.join(' ')) || undefined;
}

function axNodeOf(axe: AxeCommons, v: VNode): AxNode[] {
  const el = v.actualNode;
  const children = () => (v.children ?? []).flatMap((c) => axNodeOf(axe, c));
  if (!(el instanceof Element)) return [];
  if (!axe.commons.dom.isVisibleToScreenReaders(v)) return [];
  const role = axe.commons.aria.getRole(v);
  if (!role || role === 'none' || role === 'presentation' || role === 'generic') return children();
  const input = el as HTMLInputElement;
  const node: AxNode = { role, name: flat(axe.commons.text.accessibleTextVirtual(v)), children: children() };
  const desc = description(axe, el);
  if (desc) node.description = desc;
  if (role === 'checkbox' || role === 'radio' || role === 'switch') node.checked = el.hasAttribute('aria-checked') ? tristate(el.getAttribute('aria-checked')) : input.checked;
  const pressed = tristate(el.getAttribute('aria-pressed'));
  if (pressed !== undefined) node.pressed = pressed;
  const expanded = tristate(el.getAttribute('aria-expanded'));
  if (expanded !== undefined && expanded !== 'mixed') node.expanded = expanded;
  else if (el.localName === 'summary' && el.parentElement?.localName === 'details') node.expanded = el.parentElement.hasAttribute('open');
  if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true') node.disabled = true;
  if ((el as HTMLInputElement).required || el.getAttribute('aria-required') === 'true') node.required = true;
  if (el.getAttribute('aria-invalid') === 'true') node.invalid = true;
  if (role === 'textbox' || role === 'searchbox' || role === 'combobox' || role === 'spinbutton') node.value = input.value ?? '';
  const level = el.getAttribute('aria-level') ?? (/^h[1-6]$/.test(el.localName) ? el.localName[1] : null);
  if (role === 'heading' && level) node.level = Number(level);
  const live = el.getAttribute('aria-live') ?? ({ status: 'polite', alert: 'assertive', log: 'polite' } as Record<string, string>)[role];
  if (live) node.live = live;
  return [node];
}

/**
 * The accessibility tree of `el` as a screen reader gets it: roles, accessible names and
 * descriptions, and states, computed by axe-core (its implementation of the WAI-ARIA, HTML-AAM
 * and accessible-name specifications) through open shadow roots. Elements hidden from assistive
 * technology are left out; generic containers are flattened.
 */
export function axTree(el: Element): AxNode {
  const axe = (window as unknown as { axe?: AxeCommons }).axe;
  if (!axe) throw new Error('axe-core is not loaded');
  axe.setup(document.documentElement);
  try {
    const v = axe.utils.getNodeFromTree(el);
    if (!v) throw new Error(`${describeElement(el)} is not in the document`);
    const nodes = axNodeOf(axe, v);
    return nodes.length === 1 ? nodes[0]! : { role: 'fragment', name: '', children: nodes };
  } finally {
    axe.teardown();
  }
}

/** Every node in `tree` (depth first). */
export function axNodes(tree: AxNode): AxNode[] {
  return [tree, ...(tree.children ?? []).flatMap(axNodes)];
}

export interface AxQuery {
  role?: string;
  name?: string | RegExp;
}

const axMatches = (n: AxNode, q: AxQuery) =>
  (!q.role || n.role === q.role) &&
  (q.name === undefined || (typeof q.name === 'string' ? n.name === q.name : q.name.test(n.name ?? '')));

export function axFindAll(tree: AxNode, q: AxQuery): AxNode[] {
  return axNodes(tree).filter((n) => axMatches(n, q));
}

/** The first node matching `q`; throws with the roles and names it did see when there is none. */
export function axFind(tree: AxNode, q: AxQuery): AxNode {
  const found = axFindAll(tree, q)[0];
  if (found) return found;
  const seen = axNodes(tree)
    .filter((n) => !q.role || n.role === q.role)
    .map((n) => `${n.role} "${n.name ?? ''}"`)
    .slice(0, 40);
  throw new Error(`No ${q.role ?? 'node'} named ${String(q.name)} in the accessibility tree; saw: ${seen.join(', ')}`);
}

/** Nodes with an interactive role but no accessible name (what a screen reader would call "button"). */
export function axUnnamed(tree: AxNode): AxNode[] {
  const interactive = new Set(['button', 'checkbox', 'radio', 'textbox', 'combobox', 'link', 'menuitem', 'slider', 'spinbutton', 'switch', 'tab', 'searchbox', 'listbox', 'radiogroup', 'dialog', 'toolbar']);
  return axNodes(tree).filter((n) => interactive.has(n.role) && !n.name);
}

// ——— deep DOM walks: targets and reflow ———

/** Every element in `root`, including inside open shadow roots (not slotted light DOM twice). */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root instanceof Element) {
    if (root.shadowRoot) walk(root.shadowRoot);
  }
  walk(root);
  return out;
}

function visuallyHidden(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null)) {
    const s = getComputedStyle(n);
    if (s.clipPath !== 'none' && s.position === 'absolute') return true;
    if (s.visibility === 'hidden' || s.display === 'none') return true;
  }
  return false;
}

const interactiveSelector =
  'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="menuitem"], [role="tab"], [tabindex]:not([tabindex="-1"])';

/**
 * Interactive targets in `root` smaller than `min`×`min` CSS px (WCAG 2.2 SC 2.5.8), except
 * links inside running text (the "inline" exception) and what is not shown. A checkbox or radio
 * counts with its label when the label is the target (clicking the label toggles it).
 */
export function smallTargets(root: Element | ShadowRoot, min = 24): string[] {
  const small: string[] = [];
  for (const el of deepElements(root)) {
    if (!el.matches(interactiveSelector)) continue;
    if (visuallyHidden(el)) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (el.localName === 'a' && getComputedStyle(el).display === 'inline' && el.parentElement && el.parentElement.textContent!.trim() !== el.textContent!.trim()) continue;
    let { width, height } = rect;
    const label = (el as HTMLInputElement).labels?.[0];
    if (label && (el as HTMLInputElement).type !== 'text') {
      const l = label.getBoundingClientRect();
      width = Math.max(width, l.width);
      height = Math.max(height, l.height);
    }
    if (width < min - 0.01 || height < min - 0.01) small.push(`${describeElement(el)} is ${Math.round(width)}×${Math.round(height)}`);
  }
  return small;
}

/**
 * What sticks out sideways or is clipped inside `root` (reflow, SC 1.4.10; text resize, 1.4.4):
 * - the page scrolls sideways;
 * - an element's box goes past the root's inline edges (outside any scroll container);
 * - an element with hidden/clipped overflow has wider content than its box (text cut off);
 * - an element's content (a long word) runs out of its box.
 * Scroll containers (overflow auto/scroll) are allowed: they are the exception for content that
 * needs two dimensions (a map, a wide table), and they must be reachable by keyboard.
 */
export function overflowing(root: HTMLElement): string[] {
  const problems: string[] = [];
  const page = document.scrollingElement ?? document.documentElement;
  if (page.scrollWidth > page.clientWidth + 1) problems.push(`the page scrolls sideways: ${page.scrollWidth}px content in ${page.clientWidth}px`);
  const box = root.getBoundingClientRect();
  const scrollers: Element[] = [];
  const reported: Element[] = [];
  const wider: Element[] = [];
  for (const el of deepElements(root)) {
    if (scrollers.some((s) => isInside(el, s)) || reported.some((r) => isInside(el, r))) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.display === 'contents') continue;
    if (visuallyHidden(el)) continue;
    if (/(auto|scroll)/.test(style.overflowX)) {
      scrollers.push(el);
      if (el.scrollWidth > el.clientWidth + 1 && !(el as HTMLElement).matches('[tabindex], :is(textarea, select, input)') && !el.querySelector('[tabindex], a, button, input')) {
        problems.push(`${describeElement(el)} scrolls sideways but cannot be reached by keyboard`);
      }
    }
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (rect.right > box.right + 1 || rect.left < box.left - 1) {
      problems.push(`${describeElement(el)} sticks out: ${Math.round(rect.left)}–${Math.round(rect.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`);
      reported.push(el);
      continue;
    }
    // SVG has no CSS boxes to overflow (a map is two-dimensional content anyway).
    if (scrollers.includes(el) || el instanceof SVGElement) continue;
    if (['input', 'textarea', 'select'].includes(el.localName) || el.clientWidth === 0 || el.scrollWidth <= el.clientWidth + 1) continue;
    if (/(hidden|clip)/.test(style.overflowX)) {
      problems.push(`${describeElement(el)} cuts off its content: ${el.scrollWidth}px in ${el.clientWidth}px`);
      reported.push(el);
    } else {
      wider.push(el);
    }
  }
  // Content (a long word, say) wider than its box, without a box of its own sticking out: the
  // innermost such element is where the text runs out.
  for (const el of wider) {
    if (wider.some((other) => other !== el && isInside(other, el))) continue;
    problems.push(`${describeElement(el)} has content wider than itself: ${el.scrollWidth}px in ${el.clientWidth}px`);
  }
  return problems;
}
