/** Screen-reader semantics of the reflectors: each statement a named radio group, fillings as pressed toggles, the comparison as a named region. */
import { expect } from '@open-wc/testing';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll } from '@niet-alleen/core/testing';
import '@niet-alleen/reflectors';
import { eenzaamheidExample, type NaReflector } from '@niet-alleen/reflectors';
import { axTree, axFind, axFindAll, axUnnamed, smallTargets } from '../../core/testing/keyboard.js';

describe('reflectors accessibility tree', () => {
  afterEach(async () => {
    unmountAll();
    await setLocale('nl');
  });

  it('statements are named groups of named radios; the shown filling is a pressed toggle', async () => {
    const el = await mount<NaReflector>('na-reflector-eenzaamheid', { properties: { value: structuredClone(eenzaamheidExample) } });
    const tree = axTree(el);
    const first = el.definition.statements![0]!;
    const group = axFind(tree, { role: 'group', name: first.text });
    expect(axFindAll(group, { role: 'radio' }).map((r) => r.name)).to.have.length(el.definition.scale!.options.length);
    const fillings = axFindAll(tree, { role: 'button', name: /^Invulling van / });
    expect(fillings.filter((b) => b.pressed === true)).to.have.length(1);
    expect(axFind(tree, { role: 'button', name: 'Vergelijk de invullingen' }).pressed).to.equal(false);
    expect(axUnnamed(tree).map((n) => n.role)).to.deep.equal([]);
    expect(smallTargets(el)).to.deep.equal([]);
  });

  it('the comparison is a named, focusable region; changes are said in words', async () => {
    const el = await mount<NaReflector>('na-reflector-eenzaamheid', { attributes: { view: 'compare' }, properties: { value: structuredClone(eenzaamheidExample) } });
    const tree = axTree(el);
    expect(axFind(tree, { role: 'region', name: 'Tabel met de invullingen naast elkaar' })).to.exist;
    expect(axFind(tree, { role: 'button', name: 'Vergelijk de invullingen' }).pressed).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('Veranderd');
  });
});
