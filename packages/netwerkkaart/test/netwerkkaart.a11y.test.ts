/** Screen-reader semantics of <na-netwerkkaart>: the map's contacts in the accessibility tree, announcements, target sizes. */
import { expect } from '@open-wc/testing';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll, shadow, type } from '@niet-alleen/core/testing';
import '@niet-alleen/netwerkkaart';
import { netwerkkaartExample, type NaNetwerkkaart } from '@niet-alleen/netwerkkaart';
import { axTree, axFind, axFindAll, axUnnamed, announcement, smallTargets } from '../../core/testing/keyboard.js';

describe('<na-netwerkkaart> accessibility tree', () => {
  afterEach(async () => {
    unmountAll();
    await setLocale('nl');
  });

  it('every contact on the map is a named button that says kind, domain and closeness; nothing is unnamed', async () => {
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value: structuredClone(netwerkkaartExample) } });
    const tree = axTree(el);
    const contacts = axFindAll(tree, { role: 'button', name: /^Ria, / });
    expect(contacts, 'Ria on the map').to.have.length(1);
    expect(contacts[0]!.name).to.match(/Dichtbij|Heel dichtbij|Verder weg/);
    expect(axFindAll(tree, { role: 'button' }).filter((b) => b.description?.includes('Spatie')).length, 'the map buttons describe the keys').to.be.greaterThan(0);
    expect(axUnnamed(tree).map((n) => n.role)).to.deep.equal([]);
    expect(smallTargets(el)).to.deep.equal([]);
  });

  it('announces a contact added out of sight, and a failed import in an alert', async () => {
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart');
    const field = shadow(el).querySelector<HTMLInputElement>('#add-name')!;
    type(field, 'Buurthuis');
    field.form!.requestSubmit();
    await el.updateComplete;
    expect(await announcement(el)).to.equal('Toegevoegd: Buurthuis');
    expect(el.importJSON('{"schemaVersion": 1, "contacts": 5}')).to.be.false;
    await el.updateComplete;
    expect(axFind(axTree(el), { role: 'alert' })).to.exist;
  });
});
