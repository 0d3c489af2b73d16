import type { LitElement } from 'lit';

const mounted: Element[] = [];

/** Creates `<tag>` with attributes, optional light-DOM children, listeners attached before connect. */
export async function mount<E extends LitElement>(
  tag: string,
  {
    attributes = {},
    properties = {},
    children = '',
    listeners = {},
    parent = document.body,
  }: {
    attributes?: Record<string, string>;
    properties?: Record<string, unknown>;
    children?: string;
    listeners?: Record<string, (e: Event) => void>;
    parent?: HTMLElement;
  } = {},
): Promise<E> {
  const el = document.createElement(tag) as E;
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  if (children) {
    // Test fixtures only: markup written by the test itself.
    const template = document.createElement('template');
    template.innerHTML = children;
    el.append(template.content);
  }
  for (const [type, fn] of Object.entries(listeners)) el.addEventListener(type, fn);
  Object.assign(el, properties);
  parent.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

/** Puts `el` on the page (the end of the body) for `unmountAll()` to remove. */
export function mountedHere(el: Element): void {
  document.body.append(el);
  mounted.push(el);
}

/** Removes every element mounted by `mount` (call in afterEach). */
/** A `<form>` on the page for form-association tests; `unmountAll()` removes it with the mounted elements. */
export function formOnPage(): HTMLFormElement {
  const form = document.body.appendChild(document.createElement('form'));
  mounted.push(form);
  return form;
}

export function unmountAll(): void {
  for (const el of mounted.splice(0)) el.remove();
}

/** Records events of `type` fired on `target`. */
export function recordEvents<T extends Event = Event>(target: EventTarget, type: string): T[] {
  const events: T[] = [];
  target.addEventListener(type, (e) => events.push(e as T));
  return events;
}

/** Shadow-root query helpers that read like what a user sees. */
export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

export function visibleText(el: Element): string {
  return (shadow(el).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Opens every guidance ('Hoe gebruikt u …?') by clicking its summary, as a reader would, and
 * returns the text now rendered in them (innerText: only what is on screen).
 */
export async function openGuidance(el: Element & { updateComplete?: Promise<unknown> }): Promise<string> {
  const all = [...shadow(el).querySelectorAll<HTMLDetailsElement>('details.na-guidance')];
  for (const details of all) if (!details.open) details.querySelector('summary')!.click();
  await el.updateComplete;
  return all.map((d) => d.innerText).join('\n').replace(/\s+/g, ' ');
}

/** The checkbox or radio whose label text is `label`. */
export function inputByLabel(el: Element, label: string): HTMLInputElement {
  const labels = [...shadow(el).querySelectorAll('label')];
  const match = labels.find((l) => l.textContent?.replace(/\s+/g, ' ').trim() === label);
  const input = match?.querySelector('input') ?? (match?.htmlFor ? (shadow(el).getElementById(match.htmlFor) as HTMLInputElement) : null);
  if (!input) throw new Error(`No control labelled "${label}"`);
  return input as HTMLInputElement;
}

export function buttonByText(el: Element, text: string): HTMLButtonElement {
  const button = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!button) throw new Error(`No button "${text}"`);
  return button;
}

/** Types into a text field like a user: sets the text and fires input. */
export function type(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text, inputType: 'insertText' }));
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/**
 * `it` for a test that needs a viewport `width` CSS px wide. In an engine whose window cannot get
 * that narrow (the WebKit run sets `__NA_MIN_VIEWPORT`, measured at start-up: MiniBrowser stops at about 447 px) the
 * test is skipped, and counted as skipped, instead of the whole file being left out.
 */
export function itAtWidth(width: number): Mocha.TestFunction | Mocha.PendingTestFunction {
  const min = Number((globalThis as { __NA_MIN_VIEWPORT?: number }).__NA_MIN_VIEWPORT ?? 0);
  return width < min ? it.skip : it;
}
