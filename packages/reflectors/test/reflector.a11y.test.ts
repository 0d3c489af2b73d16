/** Screen-reader semantics of the reflectors: each statement a named radio group, fillings as pressed toggles, the comparison as a named group. */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
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

  it('the comparison is a named, focusable group (no landmark: the page has its own); changes are said in words', async () => {
    const el = await mount<NaReflector>('na-reflector-eenzaamheid', { attributes: { view: 'compare' }, properties: { value: structuredClone(eenzaamheidExample) } });
    const tree = axTree(el);
    expect(axFind(tree, { role: 'group', name: 'Tabel met de invullingen naast elkaar' })).to.exist;
    expect(axFind(tree, { role: 'button', name: 'Vergelijk de invullingen' }).pressed).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('Veranderd');
  });

  it('Chromium says each statement once, without a stray ". " from the visual number', async function () {
    const el = await mount<NaReflector>('na-reflector-eenzaamheid', { properties: { value: structuredClone(eenzaamheidExample) } });
    interface Snapshot { role: string; name?: string; children?: Snapshot[] }
    let page: Snapshot;
    try {
      page = await executeServerCommand<Snapshot, undefined>('chromium-ax-tree');
    } catch {
      this.skip(); // the browser's own tree comes through Chromium's DevTools protocol only
    }
    const all = (n: Snapshot, inside: string[] = []): { node: Snapshot; inside: string[] }[] => [
      { node: n, inside },
      ...(n.children ?? []).flatMap((c) => all(c, n.role === 'group' && n.name ? [...inside, n.name] : inside)),
    ];
    const nodes = all(page!);
    const statement = el.definition.statements![0]!.text;
    const named = nodes.filter(({ node }) => node.role !== 'StaticText' && node.role !== 'InlineTextBox' && node.name === statement);
    expect(named.map(({ node }) => node.role), 'one group named by the statement').to.deep.equal(['group']);
    expect(nodes.filter(({ node, inside }) => node.role === 'group' && node.name && inside.includes(node.name)).map(({ node }) => node.name)).to.deep.equal([]);
    expect(nodes.filter(({ node }) => /^\s*\d*\.\s/.test(node.name ?? '')).map(({ node }) => node.name)).to.deep.equal([]);
  });
});
