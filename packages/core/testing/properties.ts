/**
 * Property-based tests shared by every instrument (issue 10), called like the contract suite:
 *
 *   runInstrumentPropertyTests({ tag: 'na-signaleringskaart', samples: () => [example] });
 *
 * Valid values come from the element's own schema (its `definition`, walked by
 * zod-arbitrary.ts); the samples only teach what a schema cannot say (valid phone numbers,
 * transforms). Run counts: a small default so `npm test` stays quick, and the full count with
 * `FC_RUNS=1000 npm test` (web-test-runner.config.js hands FC_RUNS to the page).
 */
import fc from 'fast-check';
import { expect } from '@open-wc/testing';
import { clearStoredData, parseValue, type InstrumentDefinition, type NaInstrumentElement, type NaInvalidEvent, type VersionedValue } from '@niet-alleen/core';
import { mount, formOnPage, unmountAll, type } from './harness.js';
import { collectSeeds, hostileFragments, hostileText, invalidArbitrary, isFreeText, validArbitrary, type Node } from './zod-arbitrary.js';
import { checksOf, defOf } from '@niet-alleen/core/zod-internals';
import { bidiProblems, csvProblems, deepText, inertProblems, markdownProblems, shadowRoots, svgProblems } from './inert.js';

/** The full count when FC_RUNS is set (≥ 1,000 per property is the documented full run). */
export function propertyRuns(fallback: number): number {
  const full = Number((globalThis as { __NA_FC_RUNS?: string }).__NA_FC_RUNS);
  return Number.isFinite(full) && full > 0 ? full : fallback;
}
const fullRun = () => propertyRuns(0) > 0;

/** Default runs per property in `npm test`: schema-level properties are cheap, element-level ones render. */
export const defaultRuns = { schema: 100, element: 5, typing: 2 } as const;

export interface ExportText {
  kind: 'svg' | 'csv' | 'markdown' | 'text';
  content: string;
}

export interface PropertyOptions<T extends VersionedValue> {
  tag: string;
  /** Valid values (the example): seeds for what the schema cannot generate, and the start value. */
  samples: () => T[];
  /** Puts the element where its text fields can be typed into (e.g. an editor mode). */
  prepare?: (el: NaInstrumentElement<T>) => Promise<void> | void;
  /** The element's exports in which user text must stay inert (SVG, CSV, Markdown). */
  exports?: (el: NaInstrumentElement<T>) => Promise<ExportText[]> | ExportText[];
  /**
   * For an instrument whose keys come from the host's definition (the `<na-reflector>` engine):
   * the properties that give it a definition keyed by `name`, set before the value.
   */
  keyedBy?: (name: string) => Record<string, unknown>;
}

type Instrument<T extends VersionedValue> = NaInstrumentElement<T>;
const definitionOf = <T extends VersionedValue>(el: Instrument<T>) => (el as unknown as { definition: InstrumentDefinition<T> }).definition;

async function settled(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const pending = [el, ...shadowRoots(el).flatMap((r) => [...r.querySelectorAll('*')])]
      .map((e) => (e as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
      .filter(Boolean);
    await Promise.all(pending);
  }
}

/** Events of `type` on `target` while `fn` runs. */
async function during<E extends Event>(target: EventTarget, type: string, fn: () => unknown): Promise<E[]> {
  const events: E[] = [];
  const listener = (e: Event) => events.push(e as E);
  target.addEventListener(type, listener);
  try {
    await fn();
  } finally {
    target.removeEventListener(type, listener);
  }
  return events;
}

/**
 * A page that loads `text` for a new `<tag>` from both its markup (a JSON script child) and its
 * storage (`storageKey`): the element, still on the page, and the na-invalid events it fired.
 */
async function loadOnPage<T extends VersionedValue>(tag: string, text: string, storageKey: string) {
  localStorage.setItem(storageKey, text);
  const fresh = document.createElement(tag) as Instrument<T>;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  fresh.append(script);
  fresh.setAttribute('storage-key', storageKey);
  const loaded = await during<NaInvalidEvent>(fresh, 'na-invalid', async () => {
    document.body.append(fresh);
    await fresh.updateComplete;
  });
  return { fresh, loaded };
}

/** JSON text with prototype-pollution keys written into its outer object. */
function polluted(text: string): string {
  if (!text.startsWith('{')) return text;
  const keys = '"__proto__":{"polluted":"yes","schemaVersion":1},"constructor":{"prototype":{"polluted":"yes"}}';
  return text === '{}' ? `{${keys}}` : `{${keys},${text.slice(1)}`;
}

const notPolluted = () => {
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').to.be.undefined;
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'schemaVersion')).to.be.false;
};

/** A bad input that is not JSON: what a host page may hand to `value` (text only where it has one). */
export interface HostileObject {
  kind: 'deep' | 'cycle' | 'getter' | 'proxy' | 'revoked';
  /** Where in the value it sits ('' is the value itself). */
  at: string;
  value: unknown;
  /** The same as JSON text (only deep nesting has one). */
  text: string | null;
}

const hostileDepth = 10_000;
const deepArray = (depth: number) => {
  let deep: unknown = [];
  for (let i = 1; i < depth; i++) deep = [deep];
  return deep;
};
const throwingHandler: ProxyHandler<object> = Object.fromEntries(
  (['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf'] as const).map((trap) => [trap, () => {
    throw new Error(`hostile Proxy: ${trap}`);
  }]),
);

/**
 * Deep nesting, a cycle, a throwing getter, a throwing or revoked Proxy, put at any object inside a
 * valid value (also the value itself). Every element must refuse each with one na-invalid.
 */
export function hostileObjects<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<HostileObject> {
  const kinds = fc.constantFrom<HostileObject['kind']>('deep', 'cycle', 'getter', 'proxy', 'revoked');
  return fc.tuple(valid, kinds, fc.nat()).map(([v, kind, pick]) => {
    const root = structuredClone(v) as unknown as Record<string, unknown>;
    const places: { path: string[]; node: Record<string, unknown> }[] = [];
    const walk = (node: unknown, path: string[]) => {
      if (!node || typeof node !== 'object') return;
      if (!Array.isArray(node)) places.push({ path, node: node as Record<string, unknown> });
      for (const [k, child] of Object.entries(node)) walk(child, [...path, k]);
    };
    walk(root, []);
    const { path, node } = places[pick % places.length]!;
    const at = path.join('.');
    const describe = (o: Omit<HostileObject, 'kind' | 'at'>): HostileObject =>
      Object.assign(o, { kind, at, [fc.toStringMethod]: () => `${kind} at '${at}'` });
    switch (kind) {
      case 'deep': {
        node.naDeep = '\u0000deep';
        const text = JSON.stringify(root).replace('"\\u0000deep"', `${'['.repeat(hostileDepth)}${']'.repeat(hostileDepth)}`);
        node.naDeep = deepArray(hostileDepth);
        return describe({ value: root, text });
      }
      case 'cycle':
        node.naSelf = root;
        return describe({ value: root, text: null });
      case 'getter': {
        const key = Object.keys(node)[0] ?? 'schemaVersion';
        Object.defineProperty(node, key, { enumerable: true, get: () => { throw new Error('hostile getter'); } });
        return describe({ value: root, text: null });
      }
      default: {
        const proxy = kind === 'proxy' ? new Proxy(node, throwingHandler) : (() => {
          const { proxy: p, revoke } = Proxy.revocable(node, {});
          revoke();
          return p;
        })();
        if (!path.length) return describe({ value: proxy, text: null });
        let parent: Record<string, unknown> = root;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
        parent[path.at(-1)!] = proxy;
        return describe({ value: root, text: null });
      }
    }
  });
}

/** Every string in a value, depth first. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** `value` with every free-text field that may hold `text` set to it (kept only where the schema still accepts). */
export function withTextEverywhere<T>(schema: Node, value: T, text: string): T {
  let result = structuredClone(value);
  const paths: { path: (string | number)[]; node: Node }[] = [];
  const walk = (node: Node, v: unknown, path: (string | number)[]) => {
    const d = defOf(node);
    if (isFreeText(node) && typeof v === 'string') paths.push({ path, node });
    else if (d.type === 'object' && v && typeof v === 'object') {
      for (const [k, child] of Object.entries(d.shape)) walk(child, (v as Record<string, unknown>)[k], [...path, k]);
    } else if ((d.type === 'array' || d.type === 'tuple') && Array.isArray(v)) {
      v.forEach((item, i) => walk(d.type === 'array' ? d.element : d.items[i]!, item, [...path, i]));
    } else if (d.type === 'record' && v && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) walk(d.valueType, item, [...path, k]);
    } else if ((d.type === 'optional' || d.type === 'nullable') && v != null) walk(d.innerType, v, path);
  };
  walk(schema, result, []);
  for (const { path, node } of paths) {
    const max = checksOf(node).find((c) => c.check === 'max_length')?.maximum ?? Infinity;
    const next = structuredClone(result) as Record<string | number, unknown>;
    let at = next;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    at[path.at(-1)!] = text.slice(0, max);
    if (schema.safeParse(next).success) result = next as T;
  }
  return result;
}

/** Names every object inherits from Object.prototype: as ids, record keys or names they must mean nothing more than their text. */
export const inheritedNames = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'] as const;

/**
 * `value` with its ids renamed to `names`, one distinct id per name: every string of a field named
 * `id`, every key of a record, and every other place that refers to it (a tie's `from`, an answer's
 * key). Each rename is kept only where the schema still accepts the value.
 */
export function withIdsNamed<T>(schema: Node, value: T, names: readonly string[]): T {
  const ids: string[] = [];
  const note = (id: string) => void (ids.includes(id) || ids.push(id));
  const walk = (node: Node, v: unknown) => {
    const d = defOf(node);
    if (d.type === 'object' && v && typeof v === 'object') {
      for (const [k, child] of Object.entries(d.shape)) {
        const item = (v as Record<string, unknown>)[k];
        if (k === 'id' && typeof item === 'string') note(item);
        walk(child, item);
      }
    } else if ((d.type === 'array' || d.type === 'tuple') && Array.isArray(v)) {
      v.forEach((item, i) => walk(d.type === 'array' ? d.element : d.items[i]!, item));
    } else if (d.type === 'record' && v && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) {
        note(k);
        walk(d.valueType, item);
      }
    } else if ((d.type === 'optional' || d.type === 'nullable') && v != null) walk(d.innerType, v);
    else if (d.type === 'pipe') walk(d.in, v);
  };
  walk(schema, value);
  const rename = (v: unknown, from: string, to: string): unknown => {
    if (v === from) return to;
    if (Array.isArray(v)) return v.map((item) => rename(item, from, to));
    if (v && typeof v === 'object') {
      // defineProperty, so that '__proto__' becomes an own key as JSON.parse makes it.
      const out = {};
      for (const [k, item] of Object.entries(v)) Object.defineProperty(out, k === from ? to : k, { value: rename(item, from, to), enumerable: true, writable: true, configurable: true });
      return out;
    }
    return v;
  };
  let result = value;
  const unused = [...names];
  for (const id of ids) {
    for (const name of unused) {
      const next = rename(result, id, name) as T;
      // Accepted as it is: zod's records drop a '__proto__' key instead of refusing it.
      const parsed = schema.safeParse(next) as { success: boolean; data?: unknown };
      if (parsed.success && JSON.stringify(parsed.data) === JSON.stringify(next)) {
        result = next;
        unused.splice(unused.indexOf(name), 1);
        break;
      }
    }
    if (!unused.length) break;
  }
  return result;
}

/** The text that `withTextEverywhere` writes, clipped per field: markup, script, a link and bidi controls. */
export const inertProbe = '<img src=x onerror=globalThis.__naInjected=1>\u202E[x](javascript:1)\u0000\uD800';

function expectInert(el: Element, where: string) {
  const problems = inertProblems(el);
  expect(problems, `${where}:\n${problems.join('\n')}`).to.deep.equal([]);
}

async function expectInertEverywhere<T extends VersionedValue>(el: Instrument<T>, o: PropertyOptions<T>) {
  await settled(el);
  expectInert(el, 'element');
  for (const ex of (await o.exports?.(el)) ?? []) {
    const problems = ex.kind === 'svg' ? svgProblems(ex.content) : ex.kind === 'csv' ? csvProblems(ex.content) : ex.kind === 'markdown' ? markdownProblems(ex.content) : [];
    expect(problems, `${ex.kind} export:\n${problems.join('\n')}`).to.deep.equal([]);
  }
  el.setAttribute('print-preview', '');
  el.readonly = true;
  await settled(el);
  expectInert(el, 'readonly print view');
  el.removeAttribute('print-preview');
  el.readonly = false;
  await settled(el);
}

/**
 * An element-level property whose every run starts in a task of its own, as each edit a person
 * makes does. Awaiting only promises, 1,000 runs would be one task, and Chromium cannot reclaim the
 * removed elements' DOM until the task ends: each mount then got slower than the one before (a
 * werkwijze dossier from 59 to 122 ms within 100 mounts; with a task between them, 51 to 43 ms), so a
 * full run of the dossier never finished.
 */
function elementProperty<A>(arbitrary: fc.Arbitrary<A>, run: (value: A) => Promise<void>) {
  return fc.asyncProperty(arbitrary, async (value) => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await run(value);
  });
}

export function runInstrumentPropertyTests<T extends VersionedValue>(o: PropertyOptions<T>) {
  const create = (opts: Parameters<typeof mount>[1] = {}) => mount<Instrument<T>>(o.tag, opts);
  let definition: InstrumentDefinition<T>;
  let schema: Node;
  let valid: fc.Arbitrary<T>;
  let invalid: fc.Arbitrary<{ value: unknown; text: string }>;
  const timeout = (fallbackMs: number) => (fullRun() ? 0 : fallbackMs);

  describe(`<${o.tag}> properties (fast-check)`, () => {
    before(async () => {
      const el = await create();
      definition = definitionOf(el);
      schema = definition.schema as unknown as Node;
      const seeds = collectSeeds(schema, o.samples());
      valid = validArbitrary<T>(schema, { seeds });
      const refusedBoth = ({ value, text }: { value: unknown; text: string }) =>
        !parseValue(definition, value).ok && !parseValue(definition, text, { text: true }).ok;
      const fromValue = fc
        .oneof(
          { weight: 6, arbitrary: invalidArbitrary(schema, { seeds }) },
          { weight: 1, arbitrary: fc.jsonValue() },
          { weight: 1, arbitrary: valid.map((v) => ({ ...v, schemaVersion: definition.version + 1 })) },
          { weight: 1, arbitrary: valid.chain((v) => fc.constantFrom(0, -1, 1.5, '1', null).map((schemaVersion) => ({ ...v, schemaVersion }))) },
        )
        .chain((value) => fc.boolean().map((pollute) => {
          const json = JSON.stringify(value) ?? 'null';
          const text = pollute ? polluted(json) : json;
          return { value: JSON.parse(text) as unknown, text };
        }));
      const brokenText = fc
        .oneof(
          fc.string(),
          valid.chain((v) => fc.nat().map((n) => JSON.stringify(v).slice(0, n % JSON.stringify(v).length))),
          fc.constantFrom(100, 100_000).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
          fc.constant(`{"schemaVersion":1,"a":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`),
        )
        .map((text) => ({ value: text as unknown, text }));
      invalid = fc.oneof({ weight: 5, arbitrary: fromValue }, { weight: 1, arbitrary: brokenText }).filter(refusedBoth);
      unmountAll();
    });

    afterEach(() => {
      unmountAll();
      clearStoredData();
      localStorage.clear();
      delete (globalThis as { __naInjected?: unknown }).__naInjected;
    });

    it('schema: every valid value parses unchanged, as a value and as JSON text', function () {
      this.timeout(timeout(60_000));
      fc.assert(
        fc.property(valid, (v) => {
          const direct = parseValue(definition, v);
          const text = parseValue(definition, JSON.stringify(v), { text: true });
          expect(direct.ok && text.ok, JSON.stringify(direct.ok ? '' : direct.issues)).to.be.true;
          expect(direct.ok && direct.value).to.deep.equal(v);
          expect(text.ok && text.value).to.deep.equal(v);
        }),
        { numRuns: propertyRuns(defaultRuns.schema), includeErrorInReport: true },
      );
    });

    it('schema: any invalid input is refused with issues and never throws, and nothing is polluted', function () {
      this.timeout(timeout(60_000));
      fc.assert(
        fc.property(invalid, ({ value, text }) => {
          const direct = parseValue(definition, value);
          const parsed = parseValue(definition, text, { text: true });
          expect(direct.ok || parsed.ok).to.be.false;
          expect(!direct.ok && direct.issues.length > 0 && !parsed.ok && parsed.issues.length > 0).to.be.true;
          notPolluted();
        }),
        { numRuns: propertyRuns(defaultRuns.schema), includeErrorInReport: true },
      );
    });

    it('schema: deep nesting, cycles, throwing getters and Proxies are refused with issues and never throw', function () {
      this.timeout(timeout(60_000));
      fc.assert(
        fc.property(hostileObjects(valid), (bad) => {
          const direct = parseValue(definition, bad.value);
          expect(direct.ok, 'refused as a value').to.be.false;
          expect(!direct.ok && direct.issues.length).to.be.greaterThan(0);
          if (bad.text !== null) expect(parseValue(definition, bad.text, { text: true }).ok, 'refused as text').to.be.false;
        }),
        { numRuns: propertyRuns(defaultRuns.schema), includeErrorInReport: true },
      );
    });

    it('element: any valid value round-trips through value, exportJSON/importJSON, a form and storage-key', async function () {
      this.timeout(timeout(90_000));
      const form = formOnPage();
      const el = await create({ attributes: { name: 'instrument' }, parent: form });
      const target = await create();
      const restorer = await create();
      let run = 0;
      await fc.assert(
        elementProperty(valid, async (v) => {
          const key = `na-property-${run++ % 2}`;
          el.value = v;
          await el.updateComplete; // rendering any valid value must not throw
          expect(el.value).to.deep.equal(v);
          expect(JSON.parse(new FormData(form).get('instrument') as string)).to.deep.equal(v);

          target.storageKey = key;
          await target.updateComplete;
          expect(target.importJSON(el.exportJSON())).to.be.true;
          expect(target.value).to.deep.equal(v);
          target.saveNow();
          expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal(v);

          restorer.storageKey = key;
          await restorer.updateComplete;
          expect(restorer.value).to.deep.equal(v);
        }),
        { numRuns: propertyRuns(defaultRuns.element), includeErrorInReport: true },
      );
    });

    it('element: any invalid input never throws, keeps the value, and fires exactly one na-invalid per boundary', async function () {
      this.timeout(timeout(90_000));
      const [start] = o.samples();
      const el = await create({ properties: { value: start } });
      const before = el.exportJSON();
      await fc.assert(
        elementProperty(invalid, async ({ value, text }) => {
          const byProperty = await during<NaInvalidEvent>(el, 'na-invalid', () => {
            expect(() => (el.value = value as T)).not.to.throw();
          });
          expect(byProperty.map((e) => e.detail.source)).to.deep.equal(['property']);
          expect(byProperty[0]!.detail.issues.length).to.be.greaterThan(0);
          expect(el.exportJSON()).to.equal(before);

          const byImport = await during<NaInvalidEvent>(el, 'na-invalid', () => {
            expect(el.importJSON(text)).to.be.false;
          });
          expect(byImport.map((e) => e.detail.source)).to.deep.equal(['import']);
          expect(el.exportJSON()).to.equal(before);

          // From markup and from storage, on a page that loads it: refused, reported once each, left as it was.
          const { fresh, loaded } = await loadOnPage<T>(o.tag, text, 'na-property-bad');
          fresh.remove();
          expect(loaded.map((e) => e.detail.source)).to.deep.equal(['markup', 'storage']);
          expect(localStorage.getItem('na-property-bad')).to.equal(text);
          clearStoredData();
          localStorage.removeItem('na-property-bad');
          notPolluted();
        }),
        { numRuns: propertyRuns(defaultRuns.element), includeErrorInReport: true },
      );
    });

    it('keys: ids and names that every object inherits (constructor, __proto__, toString, …) round-trip through edits, storage and a reload', async function () {
      this.timeout(timeout(120_000));
      const samples = fc.constantFrom(...o.samples());
      const cases = fc.record({
        value: fc.oneof({ weight: 2, arbitrary: samples }, { weight: 1, arbitrary: valid }),
        names: fc.shuffledSubarray([...inheritedNames], { minLength: 1 }),
        inText: fc.boolean(),
      });
      let run = 0;
      await fc.assert(
        elementProperty(cases, async ({ value, names, inText }) => {
          unmountAll();
          localStorage.clear();
          const name = names[0]!;
          const definitionProps = o.keyedBy?.(name) ?? {};
          let start = withIdsNamed(schema, value, names);
          if (inText) start = withTextEverywhere(schema, start, name);
          const key = `na-keys-${run++}`;
          const refused: NaInvalidEvent[] = [];
          const el = await create({ attributes: { 'storage-key': key }, properties: definitionProps, listeners: { 'na-invalid': (e) => refused.push(e as NaInvalidEvent) } });
          const own = definitionOf(el);
          // A value written for another definition (a generated `reflector` id) is not this case.
          fc.pre(parseValue(own, start).ok);
          el.value = start;
          await el.updateComplete;
          expect(el.value, 'the value is taken as it is').to.deep.equal(start);

          // Every value the element hands on must pass its own schema, not only the last one: a later
          // edit can fill in what an earlier one left out.
          const wrote: string[] = [];
          let doing = '';
          el.addEventListener('na-change', (e) => {
            const check = parseValue(own, (e as CustomEvent<{ value: unknown }>).detail.value);
            if (!check.ok) wrote.push(`${doing}: ${JSON.stringify(check.issues)}`);
          });
          // Edits as a person makes them: every choice clicked, the name typed into every text field and added.
          await o.prepare?.(el);
          await settled(el);
          for (const choice of shadowRoots(el).flatMap((r) => [...r.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')])) {
            doing = `a click on ${choice.id || choice.name}`;
            if (choice.isConnected && !choice.disabled && !choice.checked) choice.click();
          }
          await settled(el);
          const selector = 'input:not([type]), input[type=text], input[type=search], textarea';
          for (const field of shadowRoots(el).flatMap((r) => [...r.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(selector)])) {
            if (!field.isConnected || field.disabled || field.readOnly) continue;
            doing = `typing into ${field.id || field.name}`;
            type(field, name);
            field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
            field.form?.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
          }
          await settled(el);
          expect(wrote, 'the element handed on a value its own schema refuses').to.deep.equal([]);
          const check = parseValue(own, el.value);
          expect(check.ok, `it holds a value its own schema refuses: ${JSON.stringify(check.ok ? '' : check.issues)}`).to.be.true;
          notPolluted();

          // Stored, the page closed, opened again: the same value, shown the same.
          el.saveNow();
          const edited = el.value;
          expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal(edited);
          unmountAll();
          const restored = await create({ attributes: { 'storage-key': key }, properties: definitionProps, listeners: { 'na-invalid': (e) => refused.push(e as NaInvalidEvent) } });
          expect(restored.value, 'the same value after a reload').to.deep.equal(edited);
          const shown = await create({ properties: { ...definitionProps, value: edited } });
          await settled(restored);
          await settled(shown);
          expect(deepText(restored), 'the same on screen after a reload').to.equal(deepText(shown));
          expect(refused.map((e) => `${e.detail.source}: ${JSON.stringify(e.detail.issues)}`)).to.deep.equal([]);
        }),
        { numRuns: propertyRuns(defaultRuns.element), includeErrorInReport: true },
      );
    });

    it('element: deep nesting, cycles, throwing getters and Proxies never throw, keep the value and fire one na-invalid per boundary', async function () {
      this.timeout(timeout(90_000));
      const [start] = o.samples();
      const el = await create({ properties: { value: start } });
      const before = el.exportJSON();
      await fc.assert(
        elementProperty(hostileObjects(valid), async (bad) => {
          const byProperty = await during<NaInvalidEvent>(el, 'na-invalid', () => {
            expect(() => (el.value = bad.value as T)).not.to.throw();
          });
          expect(byProperty.map((e) => e.detail.source)).to.deep.equal(['property']);
          expect(el.exportJSON()).to.equal(before);
          if (bad.text === null) return;
          const byImport = await during<NaInvalidEvent>(el, 'na-invalid', () => {
            expect(el.importJSON(bad.text!)).to.be.false;
          });
          expect(byImport.map((e) => e.detail.source)).to.deep.equal(['import']);
          expect(el.exportJSON()).to.equal(before);
          const { fresh, loaded } = await loadOnPage<T>(o.tag, bad.text, 'na-property-hostile');
          expect(loaded.map((e) => e.detail.source)).to.deep.equal(['markup', 'storage']);
          expect(() => fresh.exportJSON()).not.to.throw();
          fresh.remove();
          clearStoredData();
          localStorage.removeItem('na-property-hostile');
        }),
        { numRuns: propertyRuns(defaultRuns.element * 4), includeErrorInReport: true },
      );
    });

    it('inert text: markup, script, links and bidi controls in every text field render as text', async function () {
      const [start] = o.samples();
      const value = withTextEverywhere(schema, start!, inertProbe);
      // An instrument that only holds other instruments (the werkwijze dossier) has no text field of its own.
      if (!strings(value).some((s) => s.includes('<img'))) this.skip();
      const el = await create({ properties: { value } });
      await settled(el);
      // It is there, as text, where a person sees it.
      expect(deepText(el)).to.contain(inertProbe.slice(0, 20));
      await expectInertEverywhere(el, o);
    });

    it('inert text: a bidi override in any text field cannot reorder the text around it', async function () {
      const [start] = o.samples();
      const override = 'Jan \u202E06';
      const value = withTextEverywhere(schema, start!, override);
      if (!strings(value).includes(override)) this.skip();
      const el = await create({ properties: { value } });
      await settled(el);
      expect(deepText(el)).to.contain(override);
      const editable = bidiProblems(el, override);
      el.setAttribute('print-preview', '');
      el.readonly = true;
      await settled(el);
      const problems = [...new Set([...editable, ...bidiProblems(el, override)])];
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });

    it('inert text: any valid value full of hostile text renders nothing but text, also in print and exports', async function () {
      this.timeout(timeout(90_000));
      const hostile = validArbitrary<T>(schema, { seeds: collectSeeds(schema, o.samples()), hostileWeight: 20 });
      const el = await create();
      await fc.assert(
        elementProperty(hostile, async (v) => {
          el.value = v;
          await expectInertEverywhere(el, o);
        }),
        { numRuns: propertyRuns(defaultRuns.element), includeErrorInReport: true },
      );
    });

    it('inert text: random hostile text typed into every field stays text', async function () {
      this.timeout(timeout(90_000));
      const typed = hostileText(60, { lineBreaks: false })
        .map((s) => s.trim())
        .filter((s) => s.length > 2 && /[<:[]/.test(s));
      await fc.assert(
        elementProperty(typed, async (text) => {
          unmountAll();
          const el = await create();
          await o.prepare?.(el);
          await settled(el);
          const selector = 'input:not([type]), input[type=text], input[type=search], input[type=email], input[type=tel], input[type=url], textarea';
          const fields = shadowRoots(el).flatMap((r) => [...r.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(selector)]).filter((f) => !f.disabled && !f.readOnly);
          for (const field of fields) {
            if (!field.isConnected) continue;
            type(field, text);
            field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
            // "Add your own" fields add on submit; a synthetic submit event never navigates.
            field.form?.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
            await settled(el);
          }
          if (fields.length) {
            expect(strings(el.value).some((s) => s.includes(text)), `typed text is in the value: ${JSON.stringify(text)}`).to.be.true;
          }
          await expectInertEverywhere(el, o);
        }),
        { numRuns: propertyRuns(defaultRuns.typing), includeErrorInReport: true },
      );
    });
  });
}

export { hostileFragments };
