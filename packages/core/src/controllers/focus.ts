/** What focusAfterRender needs of an element: Lit's `updateComplete` and `renderRoot`. */
export interface FocusHost {
  readonly updateComplete: Promise<unknown>;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** A CSS selector, several (the first one found wins), or a function that finds the element. */
export type FocusTarget = string | readonly string[] | (() => HTMLElement | null | undefined);

export interface FocusAfterRenderOptions {
  /** Skip candidates that are not rendered (display: none, or inside a hidden column): the next one gets focus. */
  visibleOnly?: boolean;
  preventScroll?: boolean;
}

/**
 * Moves focus once the host has rendered: to the element a button just made (a new field), or to
 * a neighbour of one it removed. The one place in the library that waits for a render to focus.
 * Resolves with the focused element, or null when none was found.
 */
export async function focusAfterRender(host: FocusHost, target: FocusTarget, options: FocusAfterRenderOptions = {}): Promise<HTMLElement | null> {
  await host.updateComplete;
  const candidates =
    typeof target === 'function' ? [target() ?? null] : (typeof target === 'string' ? [target] : target).map((s) => host.renderRoot.querySelector<HTMLElement>(s));
  const found = candidates.find((el) => el && (!options.visibleOnly || el.offsetParent !== null)) ?? null;
  found?.focus(options.preventScroll ? { preventScroll: true } : undefined);
  return found;
}

/** A selector for the element with this id (any characters: CSS-escaped). */
export const byId = (id: string): string => `#${CSS.escape(id)}`;
