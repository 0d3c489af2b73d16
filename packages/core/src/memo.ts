/**
 * `derive` that remembers its last answer: computed again only when an argument is not the same
 * (===) as in the call before. For what a render derives from immutable data (the value, the texts).
 */
export function memoizeLast<A extends unknown[], R>(derive: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) return last.result;
    const result = derive(...args);
    last = { args, result };
    return result;
  };
}
