/**
 * The WAI-ARIA toolbar pattern, once for every toolbar: the items are one Tab stop (the last one
 * used has tabindex 0, the others -1); arrow keys move between them (mirrored under
 * `dir="rtl"`), Home and End go to the first and the last.
 */
export interface RovingOptions {
  vertical?: boolean;
  /** Every item keeps its own Tab stop; the arrow keys are only a shortcut (the instruments' toolbar). */
  everyItemTabStop?: boolean;
}

/** Gives the Tab stop to `current`, or to the first item when `current` is not one of them. Returns it. */
export function syncRovingTabindex(items: readonly HTMLElement[], current?: Element | null): HTMLElement | undefined {
  const stop = items.find((item) => item === current) ?? items[0];
  for (const item of items) item.tabIndex = item === stop ? 0 : -1;
  return stop;
}

/** Handles an arrow, Home or End key inside a toolbar: moves focus and the Tab stop; returns the item now focused. */
export function rovingKeydown(event: KeyboardEvent, items: readonly HTMLElement[], { vertical = false, everyItemTabStop = false }: RovingOptions = {}): HTMLElement | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || !items.length) return undefined;
  const from = items.findIndex((item) => item === event.target || item.contains(event.target as Node));
  if (from < 0) return undefined;
  const rtl = getComputedStyle(items[from]!).direction === 'rtl';
  const next = vertical ? 'ArrowDown' : rtl ? 'ArrowLeft' : 'ArrowRight';
  const previous = vertical ? 'ArrowUp' : rtl ? 'ArrowRight' : 'ArrowLeft';
  let to: number;
  if (event.key === next) to = (from + 1) % items.length;
  else if (event.key === previous) to = (from - 1 + items.length) % items.length;
  else if (event.key === 'Home') to = 0;
  else if (event.key === 'End') to = items.length - 1;
  else return undefined;
  event.preventDefault();
  if (!everyItemTabStop) syncRovingTabindex(items, items[to]);
  items[to]!.focus();
  return items[to];
}
