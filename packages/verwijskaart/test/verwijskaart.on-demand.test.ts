// The editor loads when the card is first edited (issue 32): a page that only shows the card never
// transfers it. This file runs in a page of its own, so the first test sees a fresh module graph. It
// imports the verwijskaart alone: the signal groups' names come from the signaleringskaart's texts
// (not its element), with their English.
import { expect } from '@open-wc/testing';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll, shadow, visibleText } from '@niet-alleen/core/testing';
import '@niet-alleen/verwijskaart';
import { verwijskaartExample, type NaVerwijskaart } from '@niet-alleen/verwijskaart';

/** The modules of the verwijskaart's editor the page has fetched. */
const editorModules = () =>
  performance.getEntriesByType('resource').map((e) => e.name).filter((name) => /verwijskaart\/src\/internal\/(editing|editor|editor-view)\.ts/.test(name));

describe('verwijskaart: the editor is a part that loads when first needed', () => {
  afterEach(() => unmountAll());

  it('showing and printing the card loads no editor code', async () => {
    const el = await mount<NaVerwijskaart>('na-verwijskaart', { properties: { value: structuredClone(verwijskaartExample) } });
    expect(shadow(el).querySelector('[part~="card"]'), 'the card is shown').to.exist;
    expect(editorModules()).to.deep.equal([]);
  });

  it('mode="edit" loads the editor; updateComplete resolves with it rendered and filled in', async () => {
    const el = await mount<NaVerwijskaart>('na-verwijskaart', { attributes: { mode: 'edit' }, properties: { value: structuredClone(verwijskaartExample) } });
    expect(editorModules().length, 'the editor was fetched').to.be.above(0);
    expect(shadow(el).querySelector('.na-on-demand'), 'no loading line left').to.equal(null);
    expect((shadow(el).getElementById('title') as HTMLInputElement).value).to.equal(verwijskaartExample.title);
  });

  it('a card switched to editing shows the loading line at most until the editor is there', async () => {
    const el = await mount<NaVerwijskaart>('na-verwijskaart', { properties: { value: structuredClone(verwijskaartExample) } });
    el.mode = 'edit';
    await el.updateComplete;
    expect(shadow(el).querySelector('.na-on-demand')).to.equal(null);
    expect(shadow(el).querySelector('[part~="editor"]'), 'the editor is shown').to.exist;
  });

  it("names the signal groups in English too, without the signaleringskaart's element on the page", async () => {
    const value = structuredClone(verwijskaartExample);
    value.options[0]!.signalGroups = ['lichamelijk'];
    const el = await mount<NaVerwijskaart>('na-verwijskaart', { properties: { value } });
    try {
      expect(visibleText(el)).to.contain('lichamelijke signalen');
      await setLocale('en');
      await el.updateComplete;
      expect(visibleText(el)).to.contain('physical signals');
      expect(customElements.get('na-signaleringskaart')).to.equal(undefined);
    } finally {
      await setLocale('nl');
    }
  });
});
