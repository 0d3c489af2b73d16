/**
 * Screen-reader semantics of the signaleringskaart, read from the browser's accessibility tree,
 * plus its live announcements and target sizes.
 */
import { expect } from '@open-wc/testing';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll, shadow, type, buttonByText } from '@niet-alleen/core/testing';
import { axTree, axFind, axFindAll, axUnnamed, announcement, smallTargets } from '../../core/testing/keyboard.js';
import '@niet-alleen/signaleringskaart';
import type { NaSignaleringskaart } from '@niet-alleen/signaleringskaart';

describe('<na-signaleringskaart> accessibility tree', () => {
  afterEach(async () => {
    unmountAll();
    await setLocale('nl');
  });

  it('names its heading, groups, signals (with state), next-step radios and toolbar', async () => {
    const el = await mount<NaSignaleringskaart>('na-signaleringskaart', {
      attributes: { id: 'kaart' },
      properties: { value: { schemaVersion: 1, marked: ['vermoeidheid'], own: [], notes: '', nextStep: 'gesprek' } },
    });
    const tree = axTree(el);
    expect(axFind(tree, { role: 'heading', name: 'Signaleringskaart' }).level).to.equal(2);
    expect(axFindAll(tree, { role: 'heading' }).filter((h) => h.level === 3).map((h) => h.name)).to.include.members([
      'Lichamelijke signalen', 'Psychische signalen', 'Sociale signalen', 'Gedragmatige signalen', 'Levensgebeurtenissen',
    ]);
    expect(axFind(tree, { role: 'list', name: 'Lichamelijke signalen' })).to.exist;
    expect(axFind(tree, { role: 'checkbox', name: 'vermoeidheid' }).checked).to.equal(true);
    expect(axFind(tree, { role: 'checkbox', name: 'slaapproblemen' }).checked).to.not.equal(true);
    expect(axFind(tree, { role: 'radio', name: 'Ik ga het gesprek aan met de persoon' }).checked).to.equal(true);
    expect(axFind(tree, { role: 'textbox', name: 'Notities' })).to.exist;
    expect(axFind(tree, { role: 'toolbar', name: 'Acties' })).to.exist;
    expect(axFind(tree, { role: 'button', name: 'Ongedaan maken' }).disabled).to.equal(true);
    expect(axUnnamed(tree).map((n) => n.role)).to.deep.equal([]);
    expect(el).to.exist;
  });

  it('announces an added and a removed own signal, and the remove button says which one', async () => {
    const el = await mount<NaSignaleringskaart>('na-signaleringskaart', { attributes: { id: 'kaart' } });
    const field = shadow(el).querySelector<HTMLInputElement>('#add-sociaal')!;
    type(field, 'komt niet meer naar de soos');
    field.form!.requestSubmit();
    await el.updateComplete;
    expect(await announcement(el)).to.equal('Toegevoegd: komt niet meer naar de soos');
    const tree = axTree(el);
    expect(axFind(tree, { role: 'button', name: 'Verwijder' }).description).to.equal('komt niet meer naar de soos');
    buttonByText(el, 'Verwijder').click();
    await el.updateComplete;
    expect(await announcement(el)).to.equal('Verwijderd: komt niet meer naar de soos. Met Ongedaan maken komt het terug.');
  });

  it('announces a failed import in an alert', async () => {
    const el = await mount<NaSignaleringskaart>('na-signaleringskaart', { attributes: { id: 'kaart' } });
    expect(el.importJSON('{ not json')).to.be.false;
    await el.updateComplete;
    const tree = axTree(el);
    expect(axFind(tree, { role: 'alert' })).to.exist;
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('Dit bestand is niet te openen');
  });

  it('has targets of at least 24×24 px', async () => {
    const el = await mount<NaSignaleringskaart>('na-signaleringskaart', {
      properties: { value: { schemaVersion: 1, marked: [], own: [{ id: 'o1', group: 'sociaal', text: 'eigen', marked: true }], notes: '', nextStep: 'doorgeven' } },
    });
    expect(smallTargets(el)).to.deep.equal([]);
  });
});
