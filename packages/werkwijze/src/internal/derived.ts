import { memoizeLast } from '@niet-alleen/core';

/**
 * `derive` with a memory: derived again only when the source is another object, and then the
 * previous result is kept when the new one is equal to it (compared as JSON).
 */
export function stableDerived<S, T>(derive: (source: S) => T): (source: S) => T {
  let kept: T | undefined;
  let keptJson = '';
  return memoizeLast((source: S) => {
    const next = derive(source);
    const json = JSON.stringify(next);
    if (kept === undefined || json !== keptJson) [kept, keptJson] = [next, json];
    return kept;
  });
}

/**
 * Renders a pending Lit update at once (ReactiveElement.performUpdate, which Lit documents for the
 * rare case that an update must happen synchronously: here, before the page is printed).
 */
export function renderPendingUpdate(el: Element): void {
  const lit = el as Element & { isUpdatePending?: boolean; performUpdate?: () => void };
  if (lit.isUpdatePending) lit.performUpdate?.();
}
