// The work one keystroke in the editor causes (issue 32 item 7), counted, never timed.
import { expect, oneEvent } from '@open-wc/testing';
import { mount, unmountAll, shadow, type, countCalls, nextFrame } from '@niet-alleen/core/testing';
import '@niet-alleen/verwijskaart';
import { verwijskaartExample, type NaVerwijskaart } from '@niet-alleen/verwijskaart';

const sample = () => structuredClone(verwijskaartExample);
const edit = (attributes: Record<string, string> = {}) =>
  mount<NaVerwijskaart>('na-verwijskaart', { attributes: { mode: 'edit', ...attributes }, properties: { value: sample() } });

const typeInTitle = async (el: NaVerwijskaart, text: string) => {
  type(shadow(el).getElementById('title') as HTMLInputElement, text);
  await el.updateComplete;
};

/** JSON.stringify of an instrument's value (not of small derived lists or storage bookkeeping). */
const ofValue = (args: unknown[]) => typeof args[0] === 'object' && args[0] !== null && 'schemaVersion' in args[0];

describe('verwijskaart editor: the work one keystroke causes (issue 32 item 7)', () => {
  afterEach(() => unmountAll());

  it('a keystroke writes the card as JSON once (the form value, after the frame that shows it: no form holds it), not the code for the website while it is not shown', async () => {
    const el = await edit();
    expect(shadow(el).getElementById('embed-code')).to.be.null;
    const writes = await countCalls(JSON, 'stringify', async () => {
      await typeInTitle(el, 'Verwijskaart Oost');
      await nextFrame();
      await nextFrame();
    }, ofValue);
    expect(el.value.title).to.equal('Verwijskaart Oost');
    expect(writes).to.equal(1);
  });

  it('"Toon de code" shows the code for the card as it is now, and keeps it up to date while shown', async () => {
    const el = await edit();
    await typeInTitle(el, 'Verwijskaart Oost');
    const details = shadow(el).getElementById('embed-details') as HTMLDetailsElement;
    const toggled = oneEvent(details, 'toggle');
    details.querySelector('summary')!.click();
    await toggled;
    await el.updateComplete;
    const code = () => (shadow(el).getElementById('embed-code') as HTMLTextAreaElement).value;
    expect(code()).to.equal(el.embedCode);
    expect(code()).to.contain('Verwijskaart Oost');
    await typeInTitle(el, 'Verwijskaart West');
    expect(code()).to.contain('Verwijskaart West');
    await expect(el).to.be.accessible();
  });

  it('"Kopieer de code" copies the code while it is not shown', async () => {
    const el = await edit();
    await typeInTitle(el, 'Verwijskaart Oost');
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Kopieer de code')!.click();
      await new Promise((r) => setTimeout(r));
      expect(copied).to.equal(el.embedCode);
      expect(copied).to.contain('Verwijskaart Oost');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('with `for` set, an edit does not look for the signaleringskaart again', async () => {
    const el = await edit({ for: 'kaart' });
    const lookups = await countCalls(el, 'getRootNode', () => typeInTitle(el, 'Verwijskaart Oost'));
    expect(el.value.title).to.equal('Verwijskaart Oost');
    expect(lookups).to.equal(0);
  });
});
