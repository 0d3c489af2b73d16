// The three-way merge behind batched remote changes (packages/samen/src/merge.ts): an edit made on
// the card as it was before a batch arrived keeps the batch and takes back nothing it had not seen.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { propertyRuns } from '@niet-alleen/core/testing';
import { merge3, restoreRefused } from '../src/merge.js';

type Note = { id: string; text: string };
const note = (id: string, text = id): Note => ({ id, text });
const texts = (notes: unknown) => (notes as Note[]).map((n) => n.text);

describe('samen merge3', () => {
  it('takes the side that changed when only one did', () => {
    const base = { filledBy: 'Groep', notes: [note('a')] };
    const changed = { filledBy: 'Groep Noord', notes: [note('a')] };
    expect(merge3(base, changed, base)).to.deep.equal(changed);
    expect(merge3(base, base, changed)).to.deep.equal(changed);
  });

  it('keeps notes added on both sides, each after the note it followed', () => {
    const base = [note('a'), note('b')];
    const local = [note('a'), note('mine'), note('b')];
    const remote = [note('a'), note('b'), note('theirs')];
    expect(texts(merge3(base, local, remote))).to.deep.equal(['a', 'mine', 'b', 'theirs']);
  });

  it('removes what local removed, keeps what remote added, and merges a note changed on both sides field by field', () => {
    const base = [{ id: 'a', text: 'oud', cell: 'x' }, note('b')];
    const local = [{ id: 'a', text: 'nieuw', cell: 'x' }];
    const remote = [{ id: 'a', text: 'oud', cell: 'y' }, note('b'), note('c')];
    expect(merge3(base, local, remote)).to.deep.equal([{ id: 'a', text: 'nieuw', cell: 'y' }, note('c')]);
  });

  it('merges typing at two places of one text; where both typed at one place, local\'s text stands', () => {
    expect(merge3('Groep', 'De Groep', 'Groep Noord')).to.equal('De Groep Noord');
    expect(merge3('Groep', 'Groep A', 'Groep B')).to.equal('Groep A');
  });

  it('property: every note one side added is kept, every note one side removed is gone, the rest stays', () => {
    const ids = fc.uniqueArray(fc.constantFrom(...'abcdefghij'), { maxLength: 8 });
    fc.assert(
      fc.property(ids, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), fc.uniqueArray(fc.constantFrom('L1', 'L2', 'L3')), fc.uniqueArray(fc.constantFrom('R1', 'R2')), (baseIds, keepLocal, keepRemote, addLocal, addRemote) => {
        const base = baseIds.map((id) => note(id));
        const local = [...base.filter((_, i) => keepLocal[i]), ...addLocal.map((id) => note(id))];
        const remote = [...addRemote.map((id) => note(id)), ...base.filter((_, i) => keepRemote[i])];
        const merged = texts(merge3(base, local, remote));
        const expected = [...base.filter((_, i) => keepLocal[i] && keepRemote[i]).map((n) => n.id), ...addLocal, ...addRemote];
        expect([...merged].sort()).to.deep.equal([...expected].sort());
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});

describe('samen restoreRefused', () => {
  it('puts back only the refused note (or removes it when the card did not have it), and the refused field', () => {
    const known = { filledBy: 'Groep', notes: [note('a'), note('b')] };
    const arrived = { filledBy: 'x'.repeat(600), notes: [note('a', 'goed'), note('evil'), note('b'), note('new'), note('evil2')] };
    const paths = [['filledBy'], ['notes', 1, 'cell'], ['notes', 4, 'text']];
    expect(restoreRefused(arrived, known, paths)).to.deep.equal({ filledBy: 'Groep', notes: [note('a', 'goed'), note('b'), note('new')] });
  });
});
