import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { dateSchema, idSchema, isCalendarDate, textSchema } from '@niet-alleen/core';
import { validArbitrary, type Node } from '@niet-alleen/core/testing';

describe('core: shared text schemas', () => {
  it('textSchema(max) accepts any string of at most max characters and refuses longer ones and non-strings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.string({ maxLength: 400 }), (max, text) => {
        expect(z.safeParse(textSchema(max), text).success).to.equal(text.length <= max);
      }),
    );
    expect(z.safeParse(textSchema(10), 3).success).to.be.false;
    expect(z.safeParse(textSchema(10), null).success).to.be.false;
  });

  it('builds one schema per length, shared by every field of that length', () => {
    expect(textSchema(200)).to.equal(textSchema(200));
    expect(textSchema(200)).not.to.equal(textSchema(201));
    expect(idSchema()).to.equal(textSchema(64));
  });

  it('a shared schema in two places reports each place', () => {
    const shape = z.object({ a: textSchema(3), b: textSchema(3) });
    const result = z.safeParse(shape, { a: 'abcd', b: 'abcde' });
    expect(result.success).to.be.false;
    expect(result.error!.issues.map((i) => i.path.join('.'))).to.deep.equal(['a', 'b']);
  });
});

describe('core: dateSchema (issue 27)', () => {
  it('accepts only days that exist, written YYYY-MM-DD; optional also accepts empty', () => {
    for (const good of ['2026-11-23', '2024-02-29', '2000-02-29', '1999-12-31']) {
      expect(z.safeParse(dateSchema(), good).success, good).to.be.true;
      expect(z.safeParse(dateSchema({ optional: true }), good).success, good).to.be.true;
    }
    for (const bad of ['2026-02-29', '1900-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '23-11-2026', 'gisteren', '2026-1-1', ' 2026-11-23', 3]) {
      expect(z.safeParse(dateSchema(), bad).success, String(bad)).to.be.false;
      expect(z.safeParse(dateSchema({ optional: true }), bad).success, String(bad)).to.be.false;
    }
    expect(z.safeParse(dateSchema(), '').success).to.be.false;
    expect(z.safeParse(dateSchema({ optional: true }), '').success).to.be.true;
    expect(isCalendarDate('2024-02-29')).to.be.true;
  });

  it('test values can be generated from it (the shape is a regex), and every one is a real day', () => {
    const arb = validArbitrary<string>(dateSchema() as unknown as Node);
    fc.assert(fc.property(arb, (d) => isCalendarDate(d)), { numRuns: 200 });
  });
});
