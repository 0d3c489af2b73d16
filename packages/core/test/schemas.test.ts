import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { idSchema, textSchema } from '@niet-alleen/core';

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
