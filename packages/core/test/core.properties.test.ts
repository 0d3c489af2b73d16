import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { html, LitElement } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import {
  runInstrumentPropertyTests, validArbitrary, invalidArbitrary, collectSeeds, inertProblems, svgProblems, csvProblems, markdownProblems,
  linkProblem, withTextEverywhere, inertProbe, unmountAll, mount, type Node,
} from '@niet-alleen/core/testing';
import { isEmptyValue, type InstrumentDefinition, type VersionedValue } from '@niet-alleen/core';
import { testSchema, type TestValue } from './test-instrument.js';

runInstrumentPropertyTests<TestValue>({ tag: 'na-test-instrument', samples: () => [{ schemaVersion: 2, items: ['een', 'twee'] }] });

const phone = z.string().check(z.maxLength(20), z.refine((s) => s === '' || /^\d{3,}$/.test(s)));
const kitchenSink = z.object({
  schemaVersion: z.literal(1),
  slug: z.string().check(z.maxLength(64), z.regex(/^[a-z0-9][a-z0-9_-]*$/)),
  ring: z.number().check(z.int(), z.gte(1), z.lte(6)),
  x: z.nullable(z.number().check(z.gte(-1.5), z.lte(1.5))),
  kind: z.enum(['persoon', 'organisatie']),
  note: z.optional(z.string().check(z.maxLength(5))),
  pair: z.tuple([z.boolean(), z.string().check(z.maxLength(3))]),
  answers: z.record(z.string().check(z.regex(/^[a-z]+$/)), z.object({ talk: z.boolean() })),
  phone,
  items: z.array(z.object({ id: z.string().check(z.minLength(1), z.maxLength(8)) })).check(
    z.maxLength(4),
    z.refine((xs) => new Set(xs.map((x) => x.id)).size === xs.length),
  ),
});
const kitchenSample = {
  schemaVersion: 1, slug: 'a', ring: 1, x: null, kind: 'persoon', pair: [true, 'ab'], answers: {}, phone: '0123456', items: [],
};

describe('zod-arbitrary: values derived from a zod/mini schema', () => {
  it('generates only values the schema accepts, for every kind of node', () => {
    const arb = validArbitrary(kitchenSink as unknown as Node, { seeds: collectSeeds(kitchenSink as unknown as Node, [kitchenSample]) });
    fc.assert(fc.property(arb, (v) => kitchenSink.safeParse(v).success), { numRuns: 500 });
  });

  it('reaches the edges: empty, at the maximum length, optional keys left out, null', () => {
    const samples = fc.sample(validArbitrary(kitchenSink as unknown as Node), { numRuns: 400, seed: 42 }) as z.infer<typeof kitchenSink>[];
    expect(samples.some((v) => v.note === undefined && !('note' in v))).to.be.true;
    expect(samples.some((v) => v.note?.length === 5)).to.be.true;
    expect(samples.some((v) => v.x === null) && samples.some((v) => typeof v.x === 'number')).to.be.true;
    expect(samples.some((v) => v.items.length > 1)).to.be.true;
    expect(samples.some((v) => v.phone === '')).to.be.true;
  });

  it('learns refined values from seeds (a valid phone number the schema could not generate)', () => {
    const seeds = collectSeeds(kitchenSink as unknown as Node, [kitchenSample]);
    const samples = fc.sample(validArbitrary(kitchenSink as unknown as Node, { seeds }), { numRuns: 200, seed: 7 }) as { phone: string }[];
    expect(samples.some((v) => v.phone === '0123456')).to.be.true;
  });

  it('generates only inputs the schema refuses', () => {
    const arb = invalidArbitrary(kitchenSink as unknown as Node);
    fc.assert(fc.property(arb, (v) => !kitchenSink.safeParse(v).success), { numRuns: 500 });
  });

  it('refuses to guess a zod type it does not know', () => {
    expect(() => validArbitrary(z.object({ d: z.date() }) as unknown as Node)).to.throw(/date/);
  });

  it('writes the probe text into every free-text field the schema allows, and nowhere else', () => {
    const value = withTextEverywhere(testSchema as unknown as Node, { schemaVersion: 2, items: ['a', 'b'] }, inertProbe);
    expect(value.items).to.deep.equal([inertProbe, inertProbe]);
    expect(inertProbe).to.contain('\u0000');
    const sink = withTextEverywhere(kitchenSink as unknown as Node, { ...kitchenSample, note: '' }, inertProbe) as typeof kitchenSample & { note: string };
    expect(sink.note).to.equal(inertProbe.slice(0, 5));
    expect(sink.slug).to.equal('a');
    expect(sink.phone).to.equal('0123456');
  });
});

/** An element that does what no instrument may do: the checks below must catch it. */
class NaUnsafeTest extends LitElement {
  static override properties = { text: {}, href: {} };
  text = '';
  href = '#';
  protected override render() {
    return html`<p>${unsafeHTML(this.text)}</p><a href=${this.href}>link</a>`;
  }
}
customElements.define('na-unsafe-test', NaUnsafeTest);

describe('inertness checks can fail', () => {
  afterEach(() => unmountAll());

  it('find markup, handlers and script links rendered from user text', async () => {
    const el = await mount<NaUnsafeTest>('na-unsafe-test', { properties: { text: '<b onclick=void(0)>vet</b>' } });
    expect(inertProblems(el).join('\n')).to.contain('onclick');
    el.text = 'plain <b>text</b>';
    el.href = 'javascript:void(0)';
    await el.updateComplete;
    expect(inertProblems(el).join('\n')).to.contain('javascript:');
    el.href = 'mailto:a@b.nl?cc=c%40d.nl';
    await el.updateComplete;
    expect(inertProblems(el).join('\n')).to.contain('not a validated e-mail');
    el.href = 'tel:+31 6 <1>';
    await el.updateComplete;
    expect(inertProblems(el).join('\n')).to.contain('not a validated phone');
  });

  it('accept what validated values produce', () => {
    expect(linkProblem('href', 'tel:+31123456789')).to.be.null;
    expect(linkProblem('href', 'mailto:maatjes%2Bx@welzijn.example')).to.be.null;
    expect(linkProblem('href', 'https://www.example.nl/a?b=c')).to.be.null;
    expect(linkProblem('href', '#field-1')).to.be.null;
  });

  it('find a script in an SVG, a formula in a CSV cell, raw HTML and links in Markdown', () => {
    expect(svgProblems('<svg xmlns="http://www.w3.org/2000/svg"><text>a &lt;b&gt;</text></svg>')).to.deep.equal([]);
    expect(svgProblems('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>')).to.have.length(1);
    expect(svgProblems('<svg xmlns="http://www.w3.org/2000/svg" onload="1"/>')).to.have.length(1);
    expect(svgProblems('<svg><text>unclosed')).to.deep.equal(['the SVG does not parse']);
    expect(csvProblems('\ufeff"Naam";"Notitie"\r\n"Ans";"\'=1+1"\r\n')).to.deep.equal([]);
    expect(csvProblems('"Naam";"Notitie"\r\n"Ans";"=HYPERLINK(""x"")"\r\n')).to.have.length(1);
    expect(markdownProblems('- a \\<img\\> \\[x\\](javascript:1)')).to.deep.equal([]);
    expect(markdownProblems('- a <img src=x>')).to.have.length(1);
    expect(markdownProblems('- [x](javascript:1)')).to.have.length(2);
  });
});

describe('isEmptyValue', () => {
  // The same data with its keys in reverse order, all the way down.
  const reordered = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(reordered) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reordered(x)])) : v;
  // JSON with sorted keys: what "equal as JSON data" means, whatever the key order.
  const canonical = (v: unknown): string =>
    JSON.stringify(v, (_, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));
  const definitionWithEmpty = (empty: unknown) => ({ empty: () => empty }) as unknown as InstrumentDefinition<VersionedValue>;

  it('answers what comparing the JSON answers, for any two JSON values, in any key order', () => {
    const pair = fc.jsonValue().chain((a) => fc.tuple(fc.constant(a), fc.oneof(fc.constant(reordered(a)), fc.constant(structuredClone(a)), fc.jsonValue())));
    fc.assert(
      fc.property(pair, ([value, empty]) => {
        expect(isEmptyValue(definitionWithEmpty(empty), value)).to.equal(canonical(value) === canonical(empty));
      }),
      { numRuns: 1000 },
    );
  });

  it('does not count properties that are undefined, as JSON does not', () => {
    expect(isEmptyValue(definitionWithEmpty({ a: [] }), { a: [], note: undefined })).to.be.true;
    expect(isEmptyValue(definitionWithEmpty({ a: [] }), { a: [''] })).to.be.false;
  });
});
