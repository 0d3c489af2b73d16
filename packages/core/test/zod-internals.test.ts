/**
 * The property tests walk each instrument's zod schema through zod's internal definitions
 * (packages/core/src/zod-internals.ts). These tests build a schema of every kind and check
 * the walkers use and read each field: when an update of zod changes that shape, they fail here,
 * by name, instead of the property tests quietly generating fewer values.
 */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { ZodShapeError, checksOf, defOf, kindOf, zodTypeOf, type ZodNode as Node } from '../src/zod-internals.js';

const node = (schema: unknown) => schema as Node;

describe('core/testing: zod’s internal shape, as the property tests read it', () => {
  it('reads the kinds without children', () => {
    for (const [schema, kind] of [
      [z.string(), 'string'],
      [z.number(), 'number'],
      [z.int(), 'number'],
      [z.boolean(), 'boolean'],
      [z.null(), 'null'],
      [z.unknown(), 'unknown'],
      [z.any(), 'any'],
      [z.transform((v: unknown) => v), 'transform'],
    ] as const) {
      expect(kindOf(node(schema)), kind).to.equal(kind);
    }
  });

  it('reads the children of an object, array, tuple, record, optional, nullable, union and pipe as the very schemas they were built from', () => {
    const name = z.string();
    const age = z.number();
    const object = defOf(node(z.object({ name, age })));
    expect(object.type === 'object' && object.shape).to.deep.equal({ name, age });
    expect(object.type === 'object' && object.shape.name).to.equal(name);

    const array = defOf(node(z.array(name)));
    expect(array.type === 'array' && array.element).to.equal(name);

    const tuple = defOf(node(z.tuple([name, age])));
    expect(tuple.type === 'tuple' && tuple.items).to.deep.equal([name, age]);

    const key = z.string();
    const record = defOf(node(z.record(key, age)));
    expect(record.type === 'record' && [record.keyType, record.valueType]).to.deep.equal([key, age]);
    const partial = defOf(node(z.partialRecord(z.enum(['a', 'b']), age)));
    expect(partial.type === 'record' && partial.valueType).to.equal(age);

    const optional = defOf(node(z.optional(name)));
    expect(optional.type === 'optional' && optional.innerType).to.equal(name);
    const nullable = defOf(node(z.nullable(age)));
    expect(nullable.type === 'nullable' && nullable.innerType).to.equal(age);

    const union = defOf(node(z.union([name, age])));
    expect(union.type === 'union' && union.options).to.deep.equal([name, age]);

    const pipe = defOf(node(z.pipe(name, z.transform((s: string) => s.trim()))));
    expect(pipe.type === 'pipe' && pipe.in).to.equal(name);
  });

  it('reads the wrapped schema of a default, prefault, readonly and nonoptional (samen looks through them)', () => {
    const name = z.string();
    for (const [schema, kind] of [
      [z._default(name, 'x'), 'default'],
      [z.prefault(name, 'x'), 'prefault'],
      [z.readonly(name), 'readonly'],
      [z.nonoptional(z.optional(name)), 'nonoptional'],
    ] as const) {
      const def = defOf(node(schema));
      expect(def.type, kind).to.equal(kind);
      const inner = 'innerType' in def ? def.innerType : undefined;
      expect(kind === 'nonoptional' ? inner && defOf(inner).type : inner, kind).to.equal(kind === 'nonoptional' ? 'optional' : name);
    }
  });

  it('reads the values of a literal and an enum', () => {
    const literal = defOf(node(z.literal(2)));
    expect(literal.type === 'literal' && literal.values).to.deep.equal([2]);
    const enumeration = defOf(node(z.enum(['vaak', 'soms', 'nooit'])));
    expect(enumeration.type === 'enum' && enumeration.values).to.deep.equal(['vaak', 'soms', 'nooit']);
  });

  it('reads the length, bound, format and refine checks', () => {
    const text = node(z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[a-z-]+$/), z.refine((s) => s !== 'x')));
    const checks = checksOf(text);
    expect(checks.find((c) => c.check === 'min_length')?.minimum).to.equal(1);
    expect(checks.find((c) => c.check === 'max_length')?.maximum).to.equal(200);
    expect(checks.find((c) => c.check === 'string_format')?.pattern?.source).to.equal('^[a-z-]+$');
    expect(checks.some((c) => c.check === 'custom')).to.be.true;

    const bounded = checksOf(node(z.number().check(z.gte(0), z.lte(10))));
    expect(bounded.find((c) => c.check === 'greater_than')).to.include({ value: 0, inclusive: true });
    expect(bounded.find((c) => c.check === 'less_than')).to.include({ value: 10, inclusive: true });
    const integer = checksOf(node(z.number().check(z.int(), z.gte(1))));
    expect(integer.find((c) => c.check === 'number_format')?.format ?? '').to.match(/int/);
    // A format schema is its own check.
    expect(checksOf(node(z.int())).find((c) => c.check === 'number_format')?.format ?? '').to.match(/int/);

    expect(checksOf(node(z.array(z.string()).check(z.maxLength(3)))).find((c) => c.check === 'max_length')?.maximum).to.equal(3);
    expect(checksOf(node(z.object({ a: z.string() }).check(z.refine(() => true)))).map((c) => c.check)).to.deep.equal(['custom']);
  });

  it('names a kind it has no rule for, and refuses a definition of another shape', () => {
    expect(kindOf(node(z.date()))).to.equal('other');
    expect(zodTypeOf(node(z.date()))).to.equal('date');
    expect(() => defOf({ _zod: { def: { type: 'array', items: z.string() } }, safeParse: () => ({ success: true }) } as Node)).to.throw(ZodShapeError, /element/);
    expect(() => defOf({} as Node)).to.throw(ZodShapeError);
    expect(() => checksOf({ _zod: { def: { type: 'string', checks: [{ _zod: { def: { check: 'max_length', max: 3 } } }] } }, safeParse: () => ({ success: true }) } as Node)).to.throw(ZodShapeError, /maximum/);
  });
});
