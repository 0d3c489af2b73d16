/**
 * How samen reads an instrument's schema (src/shape.ts, through core's zod-internals): which parts
 * of a value merge inside (maps, lists, texts) and which are one value (ids, dates, numbers).
 */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { ZodShapeError } from '@niet-alleen/core/zod-internals';
import { shapeOf } from '@niet-alleen/samen';
import { partnerschapskaartDefinition } from '@niet-alleen/partnerschapskaart/schema';

describe('samen: the shape of a value, read from its schema', () => {
  it('merges the partnerschapskaart per field, its notes by id and each note text per character', () => {
    const shape = shapeOf(partnerschapskaartDefinition.schema);
    expect(shape.kind).to.equal('map');
    const fields = shape.kind === 'map' ? shape.fields : {};
    expect(fields.filledBy).to.deep.equal({ kind: 'text' });
    expect(fields.participants).to.deep.equal({ kind: 'list', item: { kind: 'text' }, keyed: false });
    const notes = fields.notes;
    expect(notes?.kind === 'list' && notes.keyed).to.be.true;
    const note = notes?.kind === 'list' && notes.item.kind === 'map' ? notes.item.fields : {};
    expect(note.id).to.deep.equal({ kind: 'atom' });
    expect(note.text).to.deep.equal({ kind: 'text' });
  });

  it('looks through wrappers and pipes; a string with a format, a record, a tuple and a number keep their kind', () => {
    const shape = shapeOf(
      z.object({
        note: z.optional(z._default(z.readonly(z.string()), '')),
        piped: z.pipe(z.string(), z.transform((s: string) => s)),
        date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
        answers: z.record(z.string(), z.number()),
        wishes: z.tuple([z.string(), z.string()]),
      }),
    );
    expect(shape).to.deep.equal({
      kind: 'map',
      fields: {
        note: { kind: 'text' },
        piped: { kind: 'text' },
        date: { kind: 'atom' },
        answers: { kind: 'record', value: { kind: 'atom' } },
        wishes: { kind: 'tuple', items: [{ kind: 'text' }, { kind: 'text' }] },
      },
    });
  });

  it('says so when zod holds a schema in another shape, instead of merging the value as one atom', () => {
    expect(() => shapeOf({ _zod: { def: { type: 'object', fields: {} } } })).to.throw(ZodShapeError, /shape/);
  });
});
