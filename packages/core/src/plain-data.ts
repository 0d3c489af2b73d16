/**
 * The first gate for untrusted data: turns anything a host page hands over (a value, parsed JSON)
 * into plain JSON data within limits, before any schema sees it. Getters are read once and a
 * Proxy's traps run once, inside the caller's try; cycles, functions, class instances, nesting
 * deeper than `maxDepth` and more than `maxNodes` values are refused. So what the schema validates
 * is what is kept, and nothing kept can make `JSON.stringify` throw later.
 */
export interface DataLimits {
  /** Deepest nesting of objects and arrays (the value itself is depth 0). */
  maxDepth: number;
  /** Most values (objects, arrays, strings, numbers, …) in all. */
  maxNodes: number;
  /** Most characters in all strings and keys together. */
  maxText: number;
}

/**
 * The limits every instrument value is held to before its schema runs. Far above what any valid
 * value needs (the deepest instrument value nests 8 levels), far below what makes a browser stall.
 */
export const valueLimits: DataLimits = { maxDepth: 32, maxNodes: 2_000_000, maxText: 64_000_000 };

export type PlainResult = { ok: true; value: unknown } | { ok: false; message: string; path: (string | number)[] };

class Refusal extends Error {
  constructor(message: string, readonly path: (string | number)[]) {
    super(message);
  }
}

/**
 * A plain copy of `input` (or, with `copy: false`, only the check) when it is JSON data within
 * `limits`; otherwise the reason. May throw what a getter or Proxy throws: call it inside a try.
 */
export function plainData(input: unknown, limits: DataLimits = valueLimits, { copy = true } = {}): PlainResult {
  let nodes = 0;
  let text = 0;
  const ancestors = new Set<object>();
  const path: (string | number)[] = [];
  const refuse = (message: string) => new Refusal(message, [...path]);
  const visit = (value: unknown): unknown => {
    if (++nodes > limits.maxNodes) throw refuse(`More than ${limits.maxNodes} values`);
    switch (typeof value) {
      case 'string':
        if ((text += value.length) > limits.maxText) throw refuse(`More than ${limits.maxText} characters of text`);
        return value;
      case 'number':
      case 'boolean':
      case 'undefined':
        return value;
      case 'object':
        break;
      default:
        throw refuse(`Not JSON data: ${typeof value}`);
    }
    if (value === null) return null;
    if (path.length >= limits.maxDepth) throw refuse(`Nested deeper than ${limits.maxDepth} levels`);
    if (ancestors.has(value)) throw refuse('A cycle: the value contains itself');
    ancestors.add(value);
    let result: unknown;
    if (Array.isArray(value)) {
      const length = value.length;
      if (nodes + length > limits.maxNodes) throw refuse(`More than ${limits.maxNodes} values`);
      const out: unknown[] | null = copy ? [] : null;
      for (let i = 0; i < length; i++) {
        path.push(i);
        const item = visit(value[i]);
        path.pop();
        out?.push(item);
      }
      result = out;
    } else {
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) throw refuse('Not JSON data: an object that is not plain');
      const out: Record<string, unknown> | null = copy ? {} : null;
      for (const key of Object.keys(value)) {
        if ((text += key.length) > limits.maxText) throw refuse(`More than ${limits.maxText} characters of text`);
        path.push(key);
        const item = visit((value as Record<string, unknown>)[key]);
        path.pop();
        // defineProperty, not assignment: a key '__proto__' stays an own key, as JSON.parse makes it.
        if (out) Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
      }
      result = out;
    }
    ancestors.delete(value);
    return copy ? result : value;
  };
  try {
    return { ok: true, value: visit(input) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message, path: error.path };
    throw error;
  }
}
