import type { ReactiveControllerHost } from 'lit';

// Which parts of an element are loading (OnDemand), apart from OnDemand itself: the base class of
// every instrument asks it in `updateComplete` and `print()`, while only the elements that have a
// part on demand load OnDemand (issue 32: a page transfers what it uses).

/** The loads under way per host. */
export const loading = new WeakMap<ReactiveControllerHost, Set<Promise<void>>>();
/** True while a part of `host` is loading. */
export function partsLoading(host: ReactiveControllerHost): boolean {
  return !!loading.get(host)?.size;
}

/**
 * Resolves when no part of `host` is loading any more (at once when none is). The instrument base
 * awaits it in `updateComplete` and before `print()`, so tests, print and exports never see an
 * element without a part it asked for.
 */
export async function partsLoaded(host: ReactiveControllerHost): Promise<void> {
  for (let pending = loading.get(host); pending?.size; pending = loading.get(host)) await Promise.all(pending);
}

