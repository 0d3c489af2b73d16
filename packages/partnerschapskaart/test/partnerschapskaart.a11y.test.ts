/** Screen-reader semantics of <na-partnerschapskaart>: notes, the writer chips as toggles, the move announcement. */
import { expect } from '@open-wc/testing';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll, shadow, nextFrame } from '@niet-alleen/core/testing';
import '@niet-alleen/partnerschapskaart';
import { partnerschapskaartExample, type NaPartnerschapskaart } from '@niet-alleen/partnerschapskaart';
import { axTree, axFind, axFindAll, axUnnamed, announcement, smallTargets } from '../../core/testing/keyboard.js';

describe('<na-partnerschapskaart> accessibility tree', () => {
  afterEach(async () => {
    unmountAll();
    await setLocale('nl');
  });

  it('note buttons say which note they act on; the writer is a pressed toggle; nothing is unnamed', async () => {
    const el = await mount<NaPartnerschapskaart>('na-partnerschapskaart', { properties: { value: structuredClone(partnerschapskaartExample) } });
    const tree = axTree(el);
    const first = el.value.notes[0]!;
    const edit = axFindAll(tree, { role: 'button', name: 'Bewerk' });
    expect(edit.map((b) => b.description)).to.include(first.text);
    expect(axFind(tree, { role: 'button', name: 'Verplaats naar…' }).expanded).to.equal(false);
    expect(axFindAll(tree, { role: 'button' }).filter((b) => b.pressed === true).length, 'one writer chosen').to.be.greaterThan(0);
    expect(axUnnamed(tree).map((n) => n.role)).to.deep.equal([]);
    expect(smallTargets(el)).to.deep.equal([]);
  });

  it('announces where a note went when it is moved with the menu', async () => {
    const el = await mount<NaPartnerschapskaart>('na-partnerschapskaart', { properties: { value: structuredClone(partnerschapskaartExample) } });
    const note = el.value.notes[0]!;
    shadow(el).querySelector<HTMLButtonElement>(`#move-btn-${note.id}`)!.click();
    await el.updateComplete;
    await nextFrame();
    const target = shadow(el).querySelector<HTMLButtonElement>(`.move-menu button[id^="move-${note.id}-"]`)!;
    target.click();
    await el.updateComplete;
    const said = await announcement(el);
    expect(said).to.match(/^Verplaatst naar STAP \d/);
    expect(said, 'says which note').to.contain(note.text);
  });
});
