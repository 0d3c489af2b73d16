import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseValue, clearStoredData, readStored, type NaInvalidEvent } from '@niet-alleen/core';
import { runInstrumentContractTests, mount, unmountAll, recordEvents, shadow, type as typeInto } from '@niet-alleen/core/testing';
import { NaTestInstrument, testDefinition, type TestValue } from './test-instrument.js';

const sample = (): TestValue => ({ schemaVersion: 2, items: ['een', 'twee'] });
const addItem = async (el: Element, text = 'drie') => {
  const input = shadow(el).querySelector<HTMLInputElement>('#add')!;
  typeInto(input, text);
  input.form!.requestSubmit();
};

runInstrumentContractTests<TestValue>({
  tag: 'na-test-instrument',
  sample,
  edit: (el) => addItem(el),
  text: { nl: 'Ongedaan maken', en: 'Undo' },
  migrations: [{ from: { schemaVersion: 1, list: 'a,b' }, to: { schemaVersion: 2, items: ['a', 'b'] } }],
});

describe('core: form state restore (issue 22)', () => {
  /** Resolves after the frame's next load, one task later: a navigation started during the load event would replace the entry. */
  const nextLoad = (frame: HTMLIFrameElement) => new Promise((resolve) => frame.addEventListener('load', () => setTimeout(resolve), { once: true }));
  const instrumentIn = async (frame: HTMLIFrameElement) => {
    const win = frame.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('na-test-instrument');
    const el = frame.contentDocument!.querySelector('na-test-instrument') as NaTestInstrument;
    await el.updateComplete;
    return el;
  };

  it('after navigating away and back, the browser restores what the person entered, through formStateRestoreCallback', async () => {
    const frame = document.createElement('iframe');
    const page = new URL('./fixtures/form-restore.html', import.meta.url).href;
    frame.src = page;
    let loaded = nextLoad(frame);
    document.body.append(frame);
    try {
      await loaded;
      const el = await instrumentIn(frame);
      await addItem(el, 'koffie drinken');
      await el.updateComplete;
      expect(el.value.items).to.deep.equal(['koffie drinken']);
      loaded = nextLoad(frame);
      frame.contentWindow!.location.href = `${page}?elders`;
      await loaded;
      loaded = nextLoad(frame);
      frame.contentWindow!.history.back();
      await loaded;
      const back = await instrumentIn(frame);
      expect(back, 'a new page, not the same element').not.to.equal(el);
      expect(back.value.items).to.deep.equal(['koffie drinken']);
      expect(shadow(back).querySelector('li')?.textContent).to.equal('koffie drinken');
    } finally {
      frame.remove();
    }
  });
});

describe('core: parseValue (property-based)', () => {
  it('accepts every valid value unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 100 }), { maxLength: 50 }), (items) => {
        const result = parseValue(testDefinition, { schemaVersion: 2, items });
        return result.ok && JSON.stringify(result.value) === JSON.stringify({ schemaVersion: 2, items });
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on any JSON or text, and refuses what does not fit', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.object({ withObjectString: true, withNullPrototype: true })), (input) => {
        const result = parseValue(testDefinition, input);
        const asText = parseValue(testDefinition, typeof input === 'string' ? input : JSON.stringify(input) ?? '', { text: true });
        return (result.ok || result.issues.length > 0) && (asText.ok || asText.issues.length > 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('ignores prototype-pollution keys', () => {
    const result = parseValue(testDefinition, '{"schemaVersion":2,"items":[],"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}', { text: true });
    expect(result.ok).to.be.true;
    expect(({} as Record<string, unknown>).polluted).to.be.undefined;
    expect(Object.keys(result.ok ? result.value : {})).to.deep.equal(['schemaVersion', 'items']);
  });

  it('survives deep nesting and huge strings', () => {
    let deep: unknown = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(parseValue(testDefinition, { schemaVersion: 2, items: deep }).ok).to.be.false;
    expect(parseValue(testDefinition, { schemaVersion: 2, items: ['x'.repeat(1_000_000)] }).ok).to.be.false;
  });
});

describe('core: lifecycle', () => {
  afterEach(() => unmountAll());

  it('keeps a value set before the element was defined (upgrade after parse)', async () => {
    const tag = 'na-test-instrument-late';
    const el = document.createElement(tag) as NaTestInstrument;
    (el as unknown as { value: TestValue }).value = sample();
    document.body.append(el);
    customElements.define(tag, class extends NaTestInstrument {});
    await el.updateComplete;
    expect(el.value).to.deep.equal(sample());
    expect(shadow(el).textContent).to.contain('twee');
    el.remove();
  });

  it('survives remove and re-add with its value and undo history', async () => {
    const el = await mount<NaTestInstrument>('na-test-instrument');
    await addItem(el, 'een');
    el.remove();
    document.body.append(el);
    await el.updateComplete;
    expect(el.value.items).to.deep.equal(['een']);
    el.undo();
    expect(el.value.items).to.deep.equal([]);
  });
});

describe('core: storage', () => {
  afterEach(() => {
    unmountAll();
    localStorage.clear();
  });

  it('offers to load or keep when another tab changed the same key', async () => {
    const el = await mount<NaTestInstrument>('na-test-instrument', { attributes: { 'storage-key': 'tabs' } });
    await addItem(el, 'mijn');
    el.saveNow();
    const theirs = JSON.stringify({ schemaVersion: 2, items: ['van de andere tab'] });
    localStorage.setItem('tabs', theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: 'tabs', newValue: theirs, storageArea: localStorage }));
    await el.updateComplete;
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('ander venster');
    // Nothing is replaced until the user chooses.
    expect(el.value.items).to.deep.equal(['mijn']);
    [...alert.querySelectorAll('button')].find((b) => b.textContent!.includes('Gebruik de nieuwe versie'))!.click();
    await el.updateComplete;
    expect(el.value.items).to.deep.equal(['van de andere tab']);
  });

  it('keeps my version when I choose so, writing it back', async () => {
    const el = await mount<NaTestInstrument>('na-test-instrument', { attributes: { 'storage-key': 'tabs2' } });
    await addItem(el, 'mijn');
    el.saveNow();
    const theirs = JSON.stringify({ schemaVersion: 2, items: ['anders'] });
    localStorage.setItem('tabs2', theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: 'tabs2', newValue: theirs }));
    await el.updateComplete;
    [...shadow(el).querySelectorAll('[role="alert"] button')].find((b) => b.textContent!.includes('Houd'))!.dispatchEvent(new MouseEvent('click'));
    expect(JSON.parse(localStorage.getItem('tabs2')!).items).to.deep.equal(['mijn']);
  });

  it('clearStoredData() removes every key the library wrote, and nothing else', async () => {
    localStorage.setItem('host-page-key', 'keep me');
    localStorage.setItem('corrupt-one', '{oops');
    const a = await mount<NaTestInstrument>('na-test-instrument', { attributes: { 'storage-key': 'a' } });
    await mount<NaTestInstrument>('na-test-instrument', { attributes: { 'storage-key': 'corrupt-one' } });
    await addItem(a);
    a.saveNow();
    expect(readStored('a')).to.not.be.null;
    const removed = clearStoredData();
    expect(removed).to.include('a');
    expect(Object.keys(localStorage).sort()).to.deep.equal(['corrupt-one', 'host-page-key']);
  });

  it('migrates data stored by an older version on load', async () => {
    localStorage.setItem('old', JSON.stringify({ schemaVersion: 1, list: 'x,y' }));
    const el = await mount<NaTestInstrument>('na-test-instrument', { attributes: { 'storage-key': 'old' } });
    expect(el.value.items).to.deep.equal(['x', 'y']);
  });

  it('refuses data from a newer version with a clear message and leaves it untouched', async () => {
    const newer = JSON.stringify({ schemaVersion: 3, items: [] });
    localStorage.setItem('newer', newer);
    const invalid: NaInvalidEvent[] = [];
    const el = await mount<NaTestInstrument>('na-test-instrument', {
      attributes: { 'storage-key': 'newer' },
      listeners: { 'na-invalid': (e) => invalid.push(e as NaInvalidEvent) },
    });
    expect(invalid[0]!.detail.issues[0]!.code).to.equal('newer_version');
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('nieuwere versie');
    await addItem(el);
    el.saveNow();
    expect(localStorage.getItem('newer')).to.equal(newer);
  });
});

describe('core: events and announcements', () => {
  afterEach(() => unmountAll());

  it('announces edits in a polite live region', async () => {
    const el = await mount<NaTestInstrument>('na-test-instrument', { properties: { value: sample() } });
    el.reset();
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('leeggemaakt');
  });

  it('typing in one field in a row is one undo step; another field starts a new one', async () => {
    const el = await mount<NaTestInstrument>('na-test-instrument');
    const events = recordEvents(el, 'na-change');
    const commit = (el as unknown as { commit: (v: TestValue, o: object) => void }).commit.bind(el);
    commit({ schemaVersion: 2, items: ['a'] }, { coalesce: 'x' });
    commit({ schemaVersion: 2, items: ['ab'] }, { coalesce: 'x' });
    commit({ schemaVersion: 2, items: ['ab', 'c'] }, { coalesce: 'y' });
    expect(events).to.have.length(3);
    el.undo();
    expect(el.value.items).to.deep.equal(['ab']);
    el.undo();
    expect(el.value.items).to.deep.equal([]);
  });

  it('keeps at most 100 undo steps, however they were made (edits, imports, reset)', async () => {
    const el = await mount<NaTestInstrument>('na-test-instrument');
    const commit = (el as unknown as { commit: (v: TestValue) => void }).commit.bind(el);
    for (let i = 0; i < 150; i++) {
      if (i % 3 === 0) commit({ schemaVersion: 2, items: [`edit ${i}`] });
      else if (i % 3 === 1) expect(el.importJSON(JSON.stringify({ schemaVersion: 2, items: [`import ${i}`] }))).to.be.true;
      else el.reset();
    }
    let undone = 0;
    while (el.canUndo) {
      el.undo();
      undone++;
    }
    expect(undone).to.equal(100);
    // The oldest steps went: 100 steps back is the value after step 49, not the empty start.
    expect(el.value.items).to.deep.equal(['import 49']);
  });
});
