/**
 * fast-check arbitraries derived from a zod/mini schema by walking its definition (read through
 * zod-internals.ts, the one module that knows zod's internal shape): valid
 * values of any instrument, and inputs that its schema must refuse. Written here because the
 * maintained library (zod-fast-check) supports only zod 3 and fast-check < 4.
 *
 * What the schema cannot say (a refine such as "a valid phone number", a transform) is learned
 * from seed values: the values that sample data has at that node of the schema.
 */
import fc from 'fast-check';

import { checksOf, defOf, kindOf, zodTypeOf, type ZodNode as Node } from '@niet-alleen/core/zod-internals';

export type { Node };

/** Values seen at each schema node, collected from sample values. */
export type Seeds = Map<Node, unknown[]>;

const hasCustom = (node: Node) => checksOf(node).some((c) => c.check === 'custom');
const limit = (node: Node, check: string, key: 'maximum' | 'minimum') => checksOf(node).find((c) => c.check === check)?.[key];
const patternOf = (node: Node) => checksOf(node).find((c) => c.check === 'string_format' && c.pattern)?.pattern;

/** A string node without a pattern or refine: free text the user types. */
export function isFreeText(node: Node): boolean {
  return kindOf(node) === 'string' && !patternOf(node) && !hasCustom(node);
}

/** Walks `value` along `schema` and records, per node, the values found there. */
export function collectSeeds(schema: Node, values: unknown[], seeds: Seeds = new Map()): Seeds {
  const visit = (node: Node, value: unknown): void => {
    if (value === undefined) return;
    const list = seeds.get(node) ?? [];
    if (!list.some((v) => JSON.stringify(v) === JSON.stringify(value))) list.push(value);
    seeds.set(node, list);
    const d = defOf(node);
    if (d.type === 'object' && value && typeof value === 'object') {
      for (const [k, child] of Object.entries(d.shape)) visit(child, (value as Record<string, unknown>)[k]);
    } else if (d.type === 'array' && Array.isArray(value)) {
      for (const item of value) visit(d.element, item);
    } else if (d.type === 'tuple' && Array.isArray(value)) {
      d.items.forEach((item, i) => visit(item, value[i]));
    } else if (d.type === 'record' && value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        visit(d.keyType, k);
        visit(d.valueType, v);
      }
    } else if ((d.type === 'optional' || d.type === 'nullable') && value !== null) {
      visit(d.innerType, value);
    }
  };
  for (const v of values) visit(schema, v);
  return seeds;
}

/** Text that tries to be markup, script, a link, a formula or a bidi trick. */
export const hostileFragments = [
  '<img src=x onerror=globalThis.__naInjected=1>',
  '<script>globalThis.__naInjected=1</script>',
  '"><svg onload=globalThis.__naInjected=1>',
  "'><a href='javascript:globalThis.__naInjected=1'>klik</a>",
  'javascript:globalThis.__naInjected=1',
  '[klik](javascript:globalThis.__naInjected=1)',
  '<javascript:globalThis.__naInjected=1>',
  '=HYPERLINK("https://x.example";"klik")',
  '+31 6 1234',
  '@SOM(A1)',
  '-2+3',
  '${globalThis.__naInjected=1}',
  '{{constructor.constructor("globalThis.__naInjected=1")()}}',
  '&lt;b&gt;vet&lt;/b&gt; &amp;',
  '__proto__',
  'constructor',
  '\u202Efdp.exe',
  '\u2066\u2067\u2068\u2069',
  '\u200F\u061C\u200E',
  '\\',
  '"',
  '`',
  '*_#|',
];

/** Random text mixing hostile fragments with any unicode, at most `max` UTF-16 units. */
export function hostileText(max: number, { lineBreaks = true } = {}): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...hostileFragments) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constantFrom(' ', '\t', '\r\n', '\n', '\u0000', '\u00a0') },
  );
  return fc
    .array(piece, { maxLength: 4 })
    .map((parts) => parts.join(''))
    .map((s) => (lineBreaks ? s : s.replace(/[\r\n\u0000]/g, ' ')))
    .map((s) => s.slice(0, max));
}

export interface ArbitraryOptions {
  seeds?: Seeds;
  /** Longest array generated (an array past the schema's maximum is an invalid input). Default 3. */
  maxItems?: number;
  /** Weight of hostile text among free-text strings (default 3 of 9). */
  hostileWeight?: number;
}

const noPrototype = { noNullPrototype: true } as const;

/**
 * Valid values of `schema`. Refined nodes are filtered through the schema itself (so whatever
 * comes out is valid by the schema's own judgement); nodes that cannot be derived (transforms)
 * use seeds. Throws for a zod type it does not know, rather than generating something wrong.
 */
export function validArbitrary<T = unknown>(schema: Node, options: ArbitraryOptions = {}): fc.Arbitrary<T> {
  const seeds = options.seeds ?? new Map();
  const maxItems = options.maxItems ?? 3;
  const hostileWeight = options.hostileWeight ?? 3;
  const cache = new Map<Node, fc.Arbitrary<unknown> | null>();

  const seedArb = (node: Node) => {
    const list = seeds.get(node);
    return list?.length ? fc.constantFrom(...list).map((v) => structuredClone(v)) : null;
  };

  const stringArb = (node: Node): fc.Arbitrary<string> => {
    const max = limit(node, 'max_length', 'maximum') ?? 10_000;
    const min = limit(node, 'min_length', 'minimum') ?? 0;
    const pattern = patternOf(node);
    const fits = (s: string) => s.length >= min && s.length <= max;
    if (pattern) return fc.stringMatching(pattern).filter(fits);
    const short = Math.min(max, 30);
    return fc
      .oneof(
        { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: Math.min(min, short), maxLength: short }) },
        { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: Math.min(min, short), maxLength: short }) },
        { weight: hostileWeight, arbitrary: hostileText(max) },
        { weight: 1, arbitrary: fc.constant('x'.repeat(Math.max(min, Math.min(max, 20_000)))) },
      )
      .filter(fits);
  };

  const numberArb = (node: Node): fc.Arbitrary<number> => {
    const checks = checksOf(node);
    const lower = checks.find((c) => c.check === 'greater_than');
    const upper = checks.find((c) => c.check === 'less_than');
    const integer = checks.some((c) => c.check === 'number_format' && /int/.test(c.format ?? ''));
    const lo = lower?.value ?? -1e6;
    const hi = upper?.value ?? 1e6;
    if (integer) {
      const min = Math.ceil(lower && !lower.inclusive ? lo + 1 : lo);
      const max = Math.floor(upper && !upper.inclusive ? hi - 1 : hi);
      return fc.integer({ min, max });
    }
    return fc
      .double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true, minExcluded: lower ? !lower.inclusive : false, maxExcluded: upper ? !upper.inclusive : false })
      .map((n) => (Object.is(n, -0) ? 0 : n)); // JSON has no -0
  };

  const build = (node: Node): fc.Arbitrary<unknown> | null => {
    if (cache.has(node)) return cache.get(node)!;
    const d = defOf(node);
    let arb: fc.Arbitrary<unknown> | null;
    switch (d.type) {
      case 'string':
        arb = stringArb(node);
        if (hasCustom(node)) arb = fc.oneof({ weight: 1, arbitrary: arb }, { weight: 1, arbitrary: fc.constant('') }, ...(seedArb(node) ? [{ weight: 3, arbitrary: seedArb(node)! }] : []));
        break;
      case 'number':
        arb = numberArb(node);
        break;
      case 'boolean':
        arb = fc.boolean();
        break;
      case 'literal':
        arb = fc.constantFrom(...d.values);
        break;
      case 'enum':
        arb = fc.constantFrom(...d.values);
        break;
      case 'null':
        arb = fc.constant(null);
        break;
      case 'nullable': {
        const inner = build(d.innerType);
        arb = inner ? fc.option(inner, { nil: null, freq: 3 }) : fc.constant(null);
        break;
      }
      case 'optional':
        arb = build(d.innerType);
        break;
      case 'array': {
        const element = build(d.element);
        const min = limit(node, 'min_length', 'minimum') ?? 0;
        const max = Math.max(min, Math.min(limit(node, 'max_length', 'maximum') ?? maxItems, maxItems));
        arb = element ? fc.array(element, { minLength: min, maxLength: max }) : min === 0 ? fc.constant([]) : null;
        break;
      }
      case 'tuple': {
        const items = d.items.map(build);
        arb = items.every(Boolean) ? fc.tuple(...(items as fc.Arbitrary<unknown>[])) : null;
        break;
      }
      case 'object': {
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        const required: string[] = [];
        for (const [key, child] of Object.entries(d.shape)) {
          const childArb = build(child);
          const optional = kindOf(child) === 'optional';
          if (!childArb) {
            if (optional) continue; // cannot be derived and may be left out
            throw new Error(`validArbitrary: cannot derive a value for required key "${key}" (${zodTypeOf(child)}); give a sample that has it`);
          }
          model[key] = childArb;
          if (!optional) required.push(key);
        }
        arb = fc.record(model, { requiredKeys: required, ...noPrototype });
        break;
      }
      case 'record': {
        const key = build(d.keyType) as fc.Arbitrary<string> | null;
        const value = build(d.valueType);
        arb = key && value ? fc.dictionary(key, value, { maxKeys: maxItems, ...noPrototype }) : fc.constant({});
        break;
      }
      case 'union': {
        const options = d.options.map(build).filter((a): a is fc.Arbitrary<unknown> => a !== null);
        arb = options.length ? fc.oneof(...options) : null;
        break;
      }
      case 'pipe':
      case 'transform':
      case 'unknown':
      case 'any':
        arb = seedArb(node);
        break;
      default:
        throw new Error(`validArbitrary: no rule for zod type "${zodTypeOf(node)}"`);
    }
    // A refine on an object or array (unique ids, cross-field rules): let the schema judge.
    if (arb && hasCustom(node)) {
      const seeded = seedArb(node);
      const candidates = seeded ? fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: seeded }) : arb;
      arb = candidates.filter((v) => node.safeParse(v).success);
    }
    cache.set(node, arb);
    return arb;
  };

  const arb = build(schema);
  if (!arb) throw new Error('validArbitrary: the schema has no derivable value');
  return arb as fc.Arbitrary<T>;
}

let deep: { arrays: unknown; objects: unknown } | undefined;
/** 1,000 levels of nesting, built once (deeper text is tried as JSON text: properties.ts). */
function deeplyNested() {
  if (!deep) {
    let arrays: unknown = [];
    let objects: unknown = {};
    for (let i = 0; i < 1_000; i++) {
      arrays = [arrays];
      objects = { a: objects };
    }
    deep = { arrays, objects };
  }
  return deep;
}

/** An object with an own `__proto__` key (as JSON.parse makes it), never touching the prototype. */
function withOwn(key: string, value: unknown, base: Record<string, unknown> = {}): Record<string, unknown> {
  const target = { ...base };
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/**
 * Values that `schema` refuses, by construction: one node somewhere in an otherwise valid
 * value gets the wrong type, is too long, too deep, an array past its maximum, a record key
 * such as `__proto__`. Every candidate is checked against the node it replaces.
 */
export function invalidArbitrary(schema: Node, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const seeds = options.seeds ?? new Map();
  const valid = (node: Node) => {
    try {
      return validArbitrary(node, { ...options, seeds });
    } catch {
      return null;
    }
  };
  const huge = 'x'.repeat(1_000_000);

  const wrong = (node: Node): unknown[] => {
    const d = defOf(node);
    const { arrays, objects } = deeplyNested();
    const values: unknown[] = [42, -1, 1.5, '', 'nee', true, null, [], {}, [[['diep']]], arrays, objects, huge, withOwn('__proto__', { polluted: 'yes' })];
    const max = limit(node, 'max_length', 'maximum');
    if (d.type === 'string' && max !== undefined) values.push('x'.repeat(max + 1));
    if (d.type === 'string' && patternOf(node)) values.push('\u0000 past het patroon niet <b>');
    if (d.type === 'number') {
      for (const c of checksOf(node)) {
        if (c.check === 'greater_than') values.push((c.value ?? 0) - 1);
        if (c.check === 'less_than') values.push((c.value ?? 0) + 1);
      }
      values.push(0.5, 1e308, '1');
    }
    if (d.type === 'enum' || d.type === 'literal') values.push('bestaat-niet', 0, 999);
    return values;
  };

  const cache = new Map<Node, fc.Arbitrary<unknown>>();
  const build = (node: Node): fc.Arbitrary<unknown> => {
    if (cache.has(node)) return cache.get(node)!;
    const d = defOf(node);
    const refused = (v: unknown) => !node.safeParse(v).success;
    const self = fc.constantFrom(...wrong(node)).filter(refused);
    const inner: fc.Arbitrary<unknown>[] = [];
    if (d.type === 'object') {
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const [key, child] of Object.entries(d.shape)) {
        const a = valid(child);
        if (a) model[key] = a;
        if (a && kindOf(child) !== 'optional') required.push(key);
      }
      for (const [key, child] of Object.entries(d.shape)) {
        const c = defOf(child);
        if (c.type === 'pipe' || (c.type === 'optional' && kindOf(c.innerType) === 'pipe')) continue;
        inner.push(fc.record({ ...model, [key]: build(child) }, { requiredKeys: [...new Set([...required, key])], ...noPrototype }));
      }
    } else if (d.type === 'array') {
      const element = valid(d.element);
      const max = limit(node, 'max_length', 'maximum');
      if (element && (max ?? 1) >= 1) {
        inner.push(fc.tuple(fc.array(element, { maxLength: Math.min((max ?? 3) - 1, 2) }), build(d.element)).map(([items, bad]) => [...items, bad]));
      }
      if (element && max !== undefined && max <= 600) inner.push(fc.array(element, { minLength: max + 1, maxLength: max + 1 }));
    } else if (d.type === 'tuple') {
      const items = d.items.map(valid);
      if (items.every(Boolean)) {
        d.items.forEach((item, i) => {
          inner.push(fc.tuple(...(items as fc.Arbitrary<unknown>[]).map((a, j) => (j === i ? build(item) : a))));
        });
        inner.push(fc.tuple(...(items as fc.Arbitrary<unknown>[])).map((t) => t.slice(0, -1)));
      }
    } else if (d.type === 'record') {
      const value = valid(d.valueType);
      const key = valid(d.keyType) as fc.Arbitrary<string> | null;
      if (value && key) {
        inner.push(fc.tuple(key, build(d.valueType)).map(([k, v]) => withOwn(k, v)));
        inner.push(fc.tuple(fc.constantFrom('__proto__', 'constructor', 'Geen Slug', ''), value).map(([k, v]) => withOwn(k, v)));
      }
    } else if (d.type === 'optional' || d.type === 'nullable') {
      inner.push(build(d.innerType));
    }
    const arb = (inner.length ? fc.oneof({ weight: 1, arbitrary: self }, { weight: 4, arbitrary: fc.oneof(...inner) }) : self).filter(refused);
    cache.set(node, arb);
    return arb;
  };
  return build(schema);
}
