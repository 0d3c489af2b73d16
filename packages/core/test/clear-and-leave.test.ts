/**
 * Two ways to lose everything without meaning to (issue 21): 'Leegmaken' asks first, in the page;
 * and a tab without storage-key warns before closing while edits are not kept anywhere — with a
 * `beforeunload` listener only while that is so.
 */
import { expect } from '@open-wc/testing';
import { mount, unmountAll, shadow, buttonByText, visibleText, deepActiveElement, press, type } from '@niet-alleen/core/testing';
import type { NaTestInstrument } from './test-instrument.js';
import './test-instrument.js';

const label = (el: Element | null) => el?.textContent?.trim();
const addItem = async (el: NaTestInstrument, text: string) => {
  type(shadow(el).querySelector<HTMLInputElement>('#add')!, text);
  buttonByText(el, 'Toevoegen').click();
  await el.updateComplete;
};
/** What closing the tab would do now: true when the browser would ask 'leave this page?'. */
const closingAsks = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('core: Leegmaken asks first', () => {
  afterEach(() => unmountAll());

  it('one click only asks (visibly, focus on Annuleren); Annuleren keeps everything; Ja, leegmaken empties', async () => {
    const el = await mount<NaTestInstrument>('na-test-instrument', { properties: { value: { schemaVersion: 2, items: ['Buurvrouw'] } } });
    buttonByText(el, 'Leegmaken').click();
    await el.updateComplete;
    expect(el.value.items, 'one click wipes nothing').to.deep.equal(['Buurvrouw']);
    expect(visibleText(el)).to.include('Alles leegmaken? Alles wat is ingevuld, gaat weg.');
    expect(label(deepActiveElement())).to.equal('Annuleren');

    buttonByText(el, 'Annuleren').click();
    await el.updateComplete;
    expect(el.value.items).to.deep.equal(['Buurvrouw']);
    expect(visibleText(el)).not.to.include('Alles leegmaken?');
    expect(label(deepActiveElement())).to.equal('Leegmaken');

    buttonByText(el, 'Leegmaken').click();
    await el.updateComplete;
    buttonByText(el, 'Ja, leegmaken').click();
    await el.updateComplete;
    expect(el.value.items).to.deep.equal([]);
    expect(label(deepActiveElement()), 'focus stays in the toolbar').to.equal('Leegmaken');
    el.undo();
    expect(el.value.items, 'undo brings it back').to.deep.equal(['Buurvrouw']);
  });

  it('by keyboard: Enter asks, Escape cancels; the answers are in the toolbar\'s arrow-key order', async () => {
    const el = await mount<NaTestInstrument>('na-test-instrument', { properties: { value: { schemaVersion: 2, items: ['Buurvrouw'] } } });
    buttonByText(el, 'Leegmaken').focus();
    await press('Enter', { within: el });
    expect(label(await press('ArrowLeft', { within: el }))).to.equal('Ja, leegmaken');
    expect(label(await press('ArrowRight', { within: el }))).to.equal('Annuleren');
    expect(label(await press('Escape', { within: el }))).to.equal('Leegmaken');
    expect(el.value.items).to.deep.equal(['Buurvrouw']);
  });
});

describe('core: warning before closing a tab with unsaved edits', () => {
  const added: string[] = [];
  const add = window.addEventListener.bind(window);
  beforeEach(() => {
    added.length = 0;
    window.addEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject, AddEventListenerOptions?]) => {
      added.push(type);
      add(type, ...rest);
    }) as typeof window.addEventListener;
  });
  afterEach(() => {
    window.addEventListener = add;
    unmountAll();
    localStorage.removeItem('leave-test');
  });

  it('without storage-key: no listener until an edit; then closing asks; saved as a file, it no longer does', async () => {
    const el = await mount<NaTestInstrument>('na-test-instrument');
    expect(added, 'no beforeunload listener while nothing can be lost').not.to.include('beforeunload');
    expect(closingAsks()).to.be.false;
    await addItem(el, 'Buurvrouw');
    expect(closingAsks(), 'an edit kept nowhere').to.be.true;
    // Saving as a file keeps it (the download itself is not what this test is about).
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      el.downloadJSON();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    await el.updateComplete;
    expect(closingAsks(), 'saved as a file').to.be.false;
    await addItem(el, 'Huisarts');
    expect(closingAsks(), 'a new edit after saving').to.be.true;
    el.remove();
    expect(closingAsks(), 'the element is gone: its listener too').to.be.false;
  });

  it('does not ask with a working storage-key, for a value the page set, or when the edit emptied it', async () => {
    const stored = await mount<NaTestInstrument>('na-test-instrument', { attributes: { 'storage-key': 'leave-test' } });
    await addItem(stored, 'Buurvrouw');
    expect(closingAsks(), 'autosave keeps it').to.be.false;
    const set = await mount<NaTestInstrument>('na-test-instrument', { properties: { value: { schemaVersion: 2, items: ['Van de pagina'] } } });
    await set.updateComplete;
    expect(closingAsks(), 'the page set the value: the page keeps it').to.be.false;
    await addItem(set, 'Huisarts');
    expect(closingAsks()).to.be.true;
    set.reset();
    await set.updateComplete;
    expect(closingAsks(), 'empty: nothing to lose').to.be.false;
    expect(added.filter((t) => t === 'beforeunload').length, 'one listener, added when needed').to.equal(1);
  });

  it('does not ask when the page keeps the value (no-leave-warning) or the tool around an embedded instrument does', async () => {
    const kept = await mount<NaTestInstrument>('na-test-instrument', { attributes: { 'no-leave-warning': '' } });
    await addItem(kept, 'Buurvrouw');
    expect(closingAsks(), 'the page saves on na-change').to.be.false;
    kept.noLeaveWarning = false;
    await kept.updateComplete;
    expect(closingAsks(), 'the page stopped keeping it: the edit would be lost').to.be.true;
    kept.noLeaveWarning = true;
    await kept.updateComplete;
    expect(closingAsks()).to.be.false;

    const embedded = await mount<NaTestInstrument>('na-test-instrument', { attributes: { embedded: '' } });
    await addItem(embedded, 'Huisarts');
    expect(embedded.value.items, 'the edit was made').to.deep.equal(['Huisarts']);
    expect(closingAsks(), 'the dossier around it warns for all of it').to.be.false;
  });
});
