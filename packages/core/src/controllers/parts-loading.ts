import type { ReactiveControllerHost } from 'lit';

// What an element is still rendering or loading after its first render: a part on demand (OnDemand)
// or the rest of a long list (Progressive). The base class of every instrument waits for it in
// `updateComplete` and `print()`.

/** The work under way per host. */
const loading = new WeakMap<ReactiveControllerHost, Set<Promise<void>>>();

/**
 * Counts `work` (which must not reject) as under way for `host` until it settles; then the host
 * renders again.
 */
export function trackPart(host: ReactiveControllerHost, work: Promise<void>): Promise<void> {
  const pending = loading.get(host) ?? new Set();
  loading.set(host, pending);
  const tracked = work.finally(() => {
    pending.delete(tracked);
    host.requestUpdate();
  });
  pending.add(tracked);
  return tracked;
}

/** A new task: `scheduler.yield()` where the browser has it (it resumes before other queued tasks), else a timeout. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

/** True while a part of `host` is loading or rendering. */
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

