// The work one click in the dossier causes (issue 32 item 7), counted, never timed: the nested
// instrument leaves the form value to the dossier, which writes the whole dossier as JSON once.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mount, unmountAll, formOnPage, nextFrame, countCalls } from '@niet-alleen/core/testing';
import '@niet-alleen/werkwijze';
import { werkwijzeExample, type NaWerkwijze } from '@niet-alleen/werkwijze';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** JSON.stringify of an instrument's value (not of small derived lists or storage bookkeeping). */
const ofValue = (args: unknown[]) => typeof args[0] === 'object' && args[0] !== null && 'schemaVersion' in args[0];

describe('werkwijze dossier: the work one click causes (issue 32 item 7)', () => {
  afterEach(() => unmountAll());

  it('a click in a nested instrument sets the form value once and writes the dossier as JSON once', async () => {
    const form = formOnPage();
    const el = await mount<NaWerkwijze>('na-werkwijze', { attributes: { name: 'dossier' }, properties: { value: structuredClone(werkwijzeExample) }, parent: form });
    const child = el.shadowRoot!.querySelector('na-signaleringskaart') as unknown as Lit;
    await child.updateComplete;
    await nextFrame();
    const box = child.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    const before = box.checked;
    const click = async () => {
      box.click();
      await child.updateComplete;
      await el.updateComplete;
    };
    let writes = 0;
    const sets = await countCalls(ElementInternals.prototype, 'setFormValue', async () => {
      writes = await countCalls(JSON, 'stringify', click, ofValue);
    });
    expect(box.checked).to.equal(!before);
    expect(sets).to.equal(1);
    expect(writes).to.equal(1);
    expect(JSON.parse(new FormData(form).get('dossier') as string)).to.deep.equal(el.value);
  });

  it('a signal marked in the signaleringskaart: the verwijskaart, off screen, follows without being laid out until it comes near', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const el = await mount<NaWerkwijze>('na-werkwijze');
      const child = el.shadowRoot!.querySelector('na-signaleringskaart') as unknown as Lit;
      await child.updateComplete;
      for (let i = 0; i < 3; i++) await nextFrame();
      const section = el.shadowRoot!.querySelector<HTMLElement>('section.instrument[data-instrument="verwijskaart"]')!;
      const card = section.firstElementChild as Lit;
      expect(section.getBoundingClientRect().top, 'the verwijskaart starts below the screen').to.be.greaterThan(innerHeight);
      child.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
      await el.updateComplete;
      for (let i = 0; i < 3; i++) await nextFrame();
      const notice = card.shadowRoot!.querySelector<HTMLElement>('[part~="match-notice"]');
      expect(notice?.textContent, 'the card follows the mark').to.contain('Doorgegeven signalen');
      expect(notice!.checkVisibility({ contentVisibilityAuto: true }), 'off screen: not laid out or painted').to.be.false;
      section.scrollIntoView();
      for (let i = 0; i < 3; i++) await nextFrame();
      expect(notice!.checkVisibility({ contentVisibilityAuto: true }), 'on screen: shown').to.be.true;
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
