/**
 * Storage faults with the real localStorage of the browser: a full quota (no stubs), a message
 * that an autosave must not take away, data from a newer version, every older version migrated,
 * and the one call that removes everything the library wrote.
 */
import { expect } from '@open-wc/testing';
import { clearStoredData, parseValue, type NaInvalidEvent } from '@niet-alleen/core';
import { mount, unmountAll, shadow, recordEvents, type as typeInto } from '@niet-alleen/core/testing';
import { testDefinition, type NaTestInstrument } from './test-instrument.js';
import './test-instrument.js';

const addItem = (el: Element, text: string) => {
  const input = shadow(el).querySelector<HTMLInputElement>('#add')!;
  typeInto(input, text);
  input.form!.requestSubmit();
};
const alertText = (el: Element) => shadow(el).querySelector('[role="alert"]')?.textContent ?? '';

/** Fills localStorage until the browser refuses more; returns the keys used. */
function fillStorage(): string[] {
  const keys: string[] = [];
  let chunk = 'x'.repeat(1024 * 1024);
  for (let i = 0; chunk.length > 16; i++) {
    try {
      localStorage.setItem(`filler-${i}`, chunk);
      keys.push(`filler-${i}`);
    } catch {
      chunk = chunk.slice(0, chunk.length / 2);
    }
  }
  return keys;
}

describe('core: storage faults', () => {
  afterEach(() => {
    unmountAll();
    localStorage.clear();
  });

  it('a really full localStorage: the user is told, the value stays, the stored copy is the last complete one', async () => {
    const el = await mount<NaTestInstrument>('na-test-instrument', { attributes: { 'storage-key': 'vol' } });
    addItem(el, 'eerste');
    el.saveNow();
    const saved = localStorage.getItem('vol');
    const filler = fillStorage();
    const errors = recordEvents(el, 'na-storage-error');
    addItem(el, 'x'.repeat(100)); // larger than what is left
    el.saveNow();
    await el.updateComplete;
    expect(errors).to.have.length(1);
    expect(alertText(el)).to.contain('Opslaan in deze browser is niet gelukt');
    expect(el.value.items).to.deep.equal(['eerste', 'x'.repeat(100)]);
    expect(localStorage.getItem('vol')).to.equal(saved);
    expect(parseValue(testDefinition, localStorage.getItem('vol'), { text: true }).ok).to.be.true;
    for (const key of filler) localStorage.removeItem(key);
    el.saveNow();
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem('vol')!).items).to.deep.equal(['eerste', 'x'.repeat(100)]);
    expect(alertText(el)).to.equal('');
  });

  it('a successful autosave takes away only its own failure message, not an unread refusal', async () => {
    const el = await mount<NaTestInstrument>('na-test-instrument', { attributes: { 'storage-key': 'melding' } });
    addItem(el, 'een'); // an autosave is pending
    expect(el.importJSON('{"schemaVersion": 2, "items": 42}')).to.be.false;
    el.saveNow();
    await el.updateComplete;
    expect(alertText(el)).to.contain('is niet te openen');
  });

  it('refuses data from a newer schemaVersion with a clear message, keeps it untouched, and writes nothing over it', async () => {
    const newer = JSON.stringify({ schemaVersion: 3, items: ['van later'], extra: true });
    localStorage.setItem('nieuwer', newer);
    const invalid: NaInvalidEvent[] = [];
    const el = await mount<NaTestInstrument>('na-test-instrument', {
      attributes: { 'storage-key': 'nieuwer' },
      listeners: { 'na-invalid': (e) => invalid.push(e as NaInvalidEvent) },
    });
    expect(alertText(el)).to.contain('nieuwere versie');
    expect(invalid.map((e) => e.detail.issues[0]!.code)).to.deep.equal(['newer_version']);
    addItem(el, 'mijn');
    el.saveNow();
    el.remove();
    document.body.append(el);
    await el.updateComplete;
    expect(localStorage.getItem('nieuwer')).to.equal(newer);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('nieuwer.corrupt'))).to.deep.equal([]);
  });

  // Fixtures: what every older version wrote, and what it must become.
  const fixtures = [
    { name: 'version 1, two items', stored: { schemaVersion: 1, list: 'koffie,wandelen' }, items: ['koffie', 'wandelen'] },
    { name: 'version 1, empty', stored: { schemaVersion: 1, list: '' }, items: [] },
    { name: 'version 1, no list at all', stored: { schemaVersion: 1 }, items: [] },
  ];
  for (const f of fixtures) {
    it(`migrates stored data of ${f.name}, and saves it as the current version`, async () => {
      localStorage.setItem('oud', JSON.stringify(f.stored));
      const el = await mount<NaTestInstrument>('na-test-instrument', { attributes: { 'storage-key': 'oud' } });
      expect(el.value).to.deep.equal({ schemaVersion: 2, items: f.items });
      addItem(el, 'nieuw');
      el.saveNow();
      expect(JSON.parse(localStorage.getItem('oud')!)).to.deep.equal({ schemaVersion: 2, items: [...f.items, 'nieuw'] });
    });
  }

  it('a migration that cannot lift old data is a refusal kept aside, not a crash', async () => {
    localStorage.setItem('kapot', JSON.stringify({ schemaVersion: 1, list: 'x,'.repeat(60) }));
    const el = await mount<NaTestInstrument>('na-test-instrument', { attributes: { 'storage-key': 'kapot' } });
    expect(el.isEmpty).to.be.true;
    expect(alertText(el)).to.contain('apart gezet');
    expect(Object.keys(localStorage).some((k) => k.startsWith('kapot.corrupt.'))).to.be.true;
  });

  it('clearStoredData() removes every key the library wrote — values, copies kept aside, its registry — and nothing of the host page', async () => {
    localStorage.setItem('van-de-pagina', 'blijft');
    localStorage.setItem('stuk', '{kapot');
    const a = await mount<NaTestInstrument>('na-test-instrument', { attributes: { 'storage-key': 'a' } });
    await mount<NaTestInstrument>('na-test-instrument', { attributes: { 'storage-key': 'stuk' } });
    addItem(a, 'iets');
    a.saveNow();
    const removed = clearStoredData();
    expect(removed).to.include('a');
    expect(removed.some((k) => k.startsWith('stuk.corrupt.'))).to.be.true;
    // The unreadable original was the page's own data as far as we know: never deleted by us.
    expect(Object.keys(localStorage).sort()).to.deep.equal(['stuk', 'van-de-pagina']);
    expect(clearStoredData()).to.deep.equal([]);
  });
});

describe('core: storage keys the library keeps for itself (issue 27)', () => {
  const errors: unknown[][] = [];
  const originalError = console.error;
  beforeEach(() => {
    errors.length = 0;
    console.error = (...args: unknown[]) => void errors.push(args);
  });
  afterEach(() => {
    console.error = originalError;
    unmountAll();
    localStorage.clear();
  });

  it('storage-key="niet-alleen:keys" (the registry) is refused with a clear error, read and written never; the user is told autosave is off', async () => {
    const a = await mount<NaTestInstrument>('na-test-instrument', { attributes: { 'storage-key': 'gewoon' } });
    addItem(a, 'een');
    a.saveNow();
    const registry = localStorage.getItem('niet-alleen:keys');
    expect(JSON.parse(registry!)).to.deep.equal(['gewoon']);
    const storageErrors: Event[] = [];
    const el = await mount<NaTestInstrument>('na-test-instrument', {
      attributes: { 'storage-key': 'niet-alleen:keys' },
      listeners: { 'na-storage-error': (e) => storageErrors.push(e) },
    });
    expect(storageErrors).to.have.length(1);
    expect(errors.map((e) => String(e[0])).join()).to.contain('reserved');
    expect(alertText(el)).to.contain('Automatisch bewaren in deze browser staat uit');
    expect(el.isEmpty).to.be.true;
    addItem(el, 'twee');
    el.saveNow();
    el.remove();
    expect(localStorage.getItem('niet-alleen:keys')).to.equal(registry);
    expect(clearStoredData()).to.deep.equal(['gewoon']);
  });

  it('another key starting with "niet-alleen:" is refused too; a normal key afterwards works and takes the message away', async () => {
    const el = await mount<NaTestInstrument>('na-test-instrument', { attributes: { 'storage-key': 'niet-alleen:iets' } });
    addItem(el, 'een');
    el.saveNow();
    expect(localStorage.getItem('niet-alleen:iets')).to.be.null;
    el.storageKey = 'mijn-lijst';
    await el.updateComplete;
    expect(alertText(el)).to.equal('');
    addItem(el, 'twee');
    el.saveNow();
    expect(JSON.parse(localStorage.getItem('mijn-lijst')!).items).to.deep.equal(['een', 'twee']);
  });
});

describe('window listeners only for autosave (issue 32: fixed per-instance work)', () => {
  afterEach(() => unmountAll());

  /** The window listeners added and removed while `run` runs, by type. */
  async function windowListeners(run: () => Promise<void>): Promise<{ added: string[]; removed: string[] }> {
    const added: string[] = [];
    const removed: string[] = [];
    const { addEventListener: add, removeEventListener: remove } = window;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      added.push(type);
      return (add as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      removed.push(type);
      return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.removeEventListener;
    try {
      await run();
    } finally {
      Object.assign(window, { addEventListener: add, removeEventListener: remove });
    }
    return { added, removed };
  }
  const autosave = (types: string[]) => types.filter((t) => t === 'storage' || t === 'pagehide').sort();

  it('without storage-key no storage or pagehide listener; with it both, and they go when the key goes', async () => {
    let el!: NaTestInstrument;
    const plain = await windowListeners(async () => {
      el = await mount<NaTestInstrument>('na-test-instrument');
    });
    expect(autosave(plain.added)).to.deep.equal([]);

    const keyed = await windowListeners(async () => {
      el.storageKey = 'luisteraars';
      await el.updateComplete;
    });
    expect(autosave(keyed.added)).to.deep.equal(['pagehide', 'storage']);

    const off = await windowListeners(async () => {
      el.storageKey = null;
      await el.updateComplete;
    });
    expect(autosave(off.removed)).to.deep.equal(['pagehide', 'storage']);
    localStorage.removeItem('luisteraars');
  });

  it('a pending autosave is still written on pagehide', async () => {
    const el = await mount<NaTestInstrument>('na-test-instrument', { attributes: { 'storage-key': 'bij-vertrek' } });
    addItem(el, 'een');
    expect(localStorage.getItem('bij-vertrek')).to.be.null;
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(JSON.parse(localStorage.getItem('bij-vertrek')!).items).to.deep.equal(['een']);
    localStorage.removeItem('bij-vertrek');
  });
});
