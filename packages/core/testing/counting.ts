// Counting the work a user's edit causes (issue 32 item 7), for tests that must not time it: how
// often an element renders, how often a function is called (JSON.stringify, setFormValue, …).

/** Calls of `object[method]` (those whose arguments pass `which`) while `run` runs, and what it awaits; the method is put back after. */
export async function countCalls<O extends object>(object: O, method: keyof O & string, run: () => Promise<void>, which: (args: unknown[]) => boolean = () => true): Promise<number> {
  const original = object[method] as unknown as (...args: unknown[]) => unknown;
  let calls = 0;
  (object as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
    if (which(args)) calls++;
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    (object as Record<string, unknown>)[method] = original;
  }
  return calls;
}

/** Counts a Lit element's renders (its `update`) from now on. */
export function countRenders(el: HTMLElement): () => number {
  let renders = 0;
  const own = el as unknown as { update: (changed: unknown) => void };
  const update = own.update.bind(el);
  own.update = (changed) => {
    renders++;
    update(changed);
  };
  return () => renders;
}
