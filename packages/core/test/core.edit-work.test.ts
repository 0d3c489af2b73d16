// The work one user edit causes (issue 32 item 7), counted, never timed: how often the element
// renders, how often the value is written as JSON, how often the form value is set.
import { expect } from '@open-wc/testing';
import { mount, unmountAll, formOnPage, shadow, buttonByText, nextFrame, type as typeInto, countCalls, countRenders } from '@niet-alleen/core/testing';
import { NaTestInstrument, type TestValue } from './test-instrument.js';

const sample = (): TestValue => ({ schemaVersion: 2, items: ['een', 'twee'] });

const addItem = async (el: NaTestInstrument, text: string) => {
  const input = shadow(el).querySelector<HTMLInputElement>('#add')!;
  typeInto(input, text);
  input.form!.requestSubmit();
  await el.updateComplete;
};

const settle = async (el: NaTestInstrument) => {
  for (let i = 0; i < 3; i++) {
    await nextFrame();
    await el.updateComplete;
  }
};

/** JSON.stringify of an instrument's value (not of small derived lists or storage bookkeeping). */
const ofValue = (args: unknown[]) => typeof args[0] === 'object' && args[0] !== null && 'schemaVersion' in args[0];

describe('core: the work one edit causes (issue 32 item 7)', () => {
  afterEach(() => {
    unmountAll();
    localStorage.clear();
  });

  it('an announced edit renders the element once: the announcement goes to the live region only', async () => {
    const el = await mount<NaTestInstrument>('na-test-instrument', { properties: { value: sample() } });
    await addItem(el, 'drie');
    await settle(el);
    const renders = countRenders(el);
    buttonByText(el, 'Ongedaan maken').click();
    await settle(el);
    expect(el.value.items).to.deep.equal(['een', 'twee']);
    expect(shadow(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('Ongedaan gemaakt.');
    expect(renders()).to.equal(1);
    // The same message again is said again (the region is cleared first).
    buttonByText(el, 'Opnieuw').click();
    await settle(el);
    el.undo();
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
    await settle(el);
    expect(shadow(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('Ongedaan gemaakt.');
  });

  it('an announcement made before the first render is said once the element is there', async () => {
    const el = document.createElement('na-test-instrument') as NaTestInstrument;
    el.announce('Welkom.');
    document.body.append(el);
    try {
      await settle(el);
      expect(shadow(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('Welkom.');
    } finally {
      el.remove();
    }
  });

  it('an edit writes the value as JSON once, for the form and for storage together', async () => {
    const form = formOnPage();
    const el = await mount<NaTestInstrument>('na-test-instrument', { attributes: { name: 'lijst', 'storage-key': 'edit-work' }, properties: { value: sample() }, parent: form });
    await settle(el);
    const writes = await countCalls(JSON, 'stringify', async () => {
      await addItem(el, 'drie');
      el.saveNow();
    }, ofValue);
    expect(writes).to.equal(1);
    expect(JSON.parse(new FormData(form).get('lijst') as string)).to.deep.equal(el.value);
    expect(JSON.parse(localStorage.getItem('edit-work')!)).to.deep.equal(el.value);
  });

  it('an embedded instrument leaves the form value to the tool around it', async () => {
    const el = await mount<NaTestInstrument>('na-test-instrument', { attributes: { embedded: '' }, properties: { value: sample() } });
    const sets = await countCalls(ElementInternals.prototype, 'setFormValue', () => addItem(el, 'drie'));
    expect(el.value.items).to.deep.equal(['een', 'twee', 'drie']);
    expect(sets).to.equal(0);
  });

  it('an instrument that stops being embedded inside a form submits its value again', async () => {
    const form = formOnPage();
    const el = await mount<NaTestInstrument>('na-test-instrument', { attributes: { name: 'lijst', embedded: '' }, properties: { value: sample() }, parent: form });
    expect(new FormData(form).has('lijst')).to.be.false;
    el.embedded = false;
    await el.updateComplete;
    expect(JSON.parse(new FormData(form).get('lijst') as string)).to.deep.equal(sample());
  });

  it('outside a form the edit is shown before its JSON is written; a form that takes the element in has the value at once', async () => {
    const el = await mount<NaTestInstrument>('na-test-instrument', { attributes: { name: 'lijst' }, properties: { value: sample() } });
    await settle(el);
    const input = shadow(el).querySelector<HTMLInputElement>('#add')!;
    typeInto(input, 'drie');
    const during = await countCalls(JSON, 'stringify', async () => {
      input.form!.requestSubmit();
      await el.updateComplete;
    }, ofValue);
    expect(el.value.items).to.deep.equal(['een', 'twee', 'drie']);
    expect(during, 'no JSON of the value in the edit itself').to.equal(0);
    const later = await countCalls(JSON, 'stringify', () => settle(el), ofValue);
    expect(later, 'written once after the frame').to.equal(1);
    // Another edit, and the element moved into a form before that JSON was written: the form has it.
    typeInto(input, 'vier');
    input.form!.requestSubmit();
    await el.updateComplete;
    const form = formOnPage();
    form.append(el);
    expect(JSON.parse(new FormData(form).get('lijst') as string).items).to.deep.equal(['een', 'twee', 'drie', 'vier']);
  });

  it('edits that empty the instrument and fill it again leave the window\'s beforeunload listener alone; closing the tab asks only when something is filled in', async () => {
    const closingAsks = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const el = await mount<NaTestInstrument>('na-test-instrument');
    await addItem(el, 'een');
    expect(closingAsks(), 'an edit kept nowhere').to.be.true;
    const beforeunload = (args: unknown[]) => args[0] === 'beforeunload';
    const asked: boolean[] = [];
    const steps = async () => {
      for (const step of ['undo', 'redo', 'undo', 'redo'] as const) {
        el[step]();
        await el.updateComplete;
        asked.push(closingAsks());
      }
    };
    const added = await countCalls(window, 'addEventListener', async () => {
      const removed = await countCalls(window, 'removeEventListener', steps, beforeunload);
      expect(removed, 'removed').to.equal(0);
    }, beforeunload);
    expect(added, 'added').to.equal(0);
    expect(asked, 'empty: nothing to lose; filled again: it asks').to.deep.equal([false, true, false, true]);
    el.remove();
    expect(closingAsks(), 'the element is gone: its listener too').to.be.false;
  });
});
