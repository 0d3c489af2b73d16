/**
 * The shared contract suite (conventions.md), run by every instrument's tests with its own tag,
 * like Web Awesome's runFormControlBaseTests. Each test drives the element as a host page or a
 * user would and checks what they would see.
 */
import { expect } from '@open-wc/testing';
import type { NaInstrumentElement, VersionedValue, NaInvalidEvent, NaChangeEvent } from '@niet-alleen/core';
import { setLocale } from '@niet-alleen/core';
import { mount, formOnPage, unmountAll, recordEvents, shadow, visibleText, nextFrame } from './harness.js';

type Instrument = NaInstrumentElement<VersionedValue>;

export interface ContractOptions<T extends VersionedValue> {
  tag: string;
  /** A valid, non-empty value. */
  sample: () => T;
  /** Makes one edit through the element's UI (click, type, …). */
  edit: (el: NaInstrumentElement<T>) => Promise<void> | void;
  /** Extra invalid inputs besides the generic ones. */
  invalid?: unknown[];
  /** A string that appears in the rendered element in Dutch, and its English counterpart. */
  text: { nl: string; en: string };
  /** Older stored data and what it must migrate to. */
  migrations?: { from: unknown; to: T }[];
}

/** The focused element, through open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every match in `root` and in the open shadow roots below it. */
function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const child of root.querySelectorAll('*')) if (child.shadowRoot) found.push(...deepQueryAll(child.shadowRoot, selector));
  return found;
}

let lateCount = 0;
const genericInvalid: unknown[] = [null, 42, 'text', [], { schemaVersion: 'one' }, { schemaVersion: 999 }, { schemaVersion: 1.5 }];

export function runInstrumentContractTests<T extends VersionedValue>(o: ContractOptions<T>) {
  const create = (opts: Parameters<typeof mount>[1] = {}) => mount<NaInstrumentElement<T>>(o.tag, opts);

  describe(`<${o.tag}> shared contract`, () => {
    afterEach(async () => {
      unmountAll();
      localStorage.clear();
      await setLocale('nl');
    });

    it('is registered once; defining it again is a no-op', async () => {
      const { defineElement } = await import('@niet-alleen/core');
      const ctor = customElements.get(o.tag);
      expect(ctor).to.exist;
      expect(() => defineElement(o.tag, class extends HTMLElement {})).not.to.throw();
      expect(customElements.get(o.tag)).to.equal(ctor);
    });

    it('starts empty with a schemaVersion', async () => {
      const el = await create();
      expect(el.value.schemaVersion).to.be.a('number');
      expect(el.isEmpty).to.be.true;
    });

    it('accepts a valid value without firing na-change', async () => {
      const el = await create();
      const changes = recordEvents(el, 'na-change');
      el.value = o.sample();
      await el.updateComplete;
      expect(el.value).to.deep.equal(o.sample());
      expect(changes).to.have.length(0);
    });

    it('keeps its value and fires one na-invalid per invalid property, never throwing', async () => {
      const el = await create();
      el.value = o.sample();
      for (const bad of [...genericInvalid, ...(o.invalid ?? [])]) {
        const invalid = recordEvents<NaInvalidEvent>(el, 'na-invalid');
        expect(() => (el.value = bad as T)).not.to.throw();
        expect(invalid, JSON.stringify(String(bad))).to.have.length(1);
        expect(invalid[0]!.detail.source).to.equal('property');
        expect(invalid[0]!.detail.issues.length).to.be.greaterThan(0);
        expect(invalid[0]!.bubbles && invalid[0]!.composed).to.be.true;
        expect(el.value).to.deep.equal(o.sample());
      }
    });

    it('refuses a value whose getter or Proxy throws, a revoked Proxy and a cycle with na-invalid, never throwing (issue 27)', async () => {
      const el = await create({ properties: { value: o.sample() } });
      const getter = Object.defineProperty({ ...o.sample() }, 'schemaVersion', { enumerable: true, get: () => { throw new Error('hostile getter'); } });
      const proxy = new Proxy(o.sample(), { get: () => { throw new Error('hostile Proxy'); }, ownKeys: () => { throw new Error('hostile Proxy'); } });
      const revocable = Proxy.revocable(o.sample(), {});
      revocable.revoke();
      const cyclic: Record<string, unknown> = { ...(o.sample() as unknown as Record<string, unknown>) };
      cyclic.self = cyclic;
      for (const bad of [getter, proxy, revocable.proxy, cyclic]) {
        const invalid = recordEvents<NaInvalidEvent>(el, 'na-invalid');
        expect(() => (el.value = bad as T)).not.to.throw();
        expect(invalid.map((e) => e.detail.source)).to.deep.equal(['property']);
        expect(el.value).to.deep.equal(o.sample());
        expect(() => el.exportJSON()).not.to.throw();
      }
    });

    it('fires na-change with the new value after a user edit', async () => {
      const el = await create();
      const changes = recordEvents<NaChangeEvent>(el, 'na-change');
      await o.edit(el);
      await el.updateComplete;
      expect(changes.length).to.be.greaterThan(0);
      const last = changes.at(-1)!;
      expect(last.detail.value).to.deep.equal(el.value);
      expect(last.bubbles && last.composed).to.be.true;
      expect(el.isEmpty).to.be.false;
    });

    it('undo and redo an edit', async () => {
      const el = await create();
      await o.edit(el);
      await el.updateComplete;
      const edited = el.value;
      el.undo();
      expect(el.isEmpty).to.be.true;
      el.redo();
      expect(el.value).to.deep.equal(edited);
    });

    it('reads the same value object once: setting it again (a host re-rendering) neither validates nor renders (issue 23)', async () => {
      const input = o.sample();
      const el = await create({ properties: { value: input } });
      await el.updateComplete;
      const invalid = recordEvents(el, 'na-invalid');
      el.value = input;
      expect(el.isUpdatePending, 'no render for the same object').to.be.false;
      await o.edit(el);
      await el.updateComplete;
      el.value = el.value; // a host binding back what na-change gave it
      expect(el.isUpdatePending).to.be.false;
      el.value = input; // after an edit, the first object again is new data (an undo in the host)
      await el.updateComplete;
      expect(el.value).to.deep.equal(o.sample());
      expect(invalid).to.have.length(0);
    });

    it('embedded: no toolbar or source line of its own and no undo history; edits still reach the page (issue 21)', async () => {
      const el = await create({ attributes: { embedded: '' } });
      expect(shadow(el).querySelector('[part~="toolbar"]')).to.be.null;
      expect(shadow(el).querySelector('[part~="credit"]')).to.be.null;
      const changes = recordEvents<NaChangeEvent>(el, 'na-change');
      await o.edit(el);
      await el.updateComplete;
      expect(changes.length).to.be.greaterThan(0);
      expect(changes.at(-1)!.detail.value).to.deep.equal(el.value);
      expect(el.canUndo).to.be.false;
      expect(el.undo()).to.be.false;
      expect(el.isEmpty).to.be.false;
      el.embedded = false;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="toolbar"]')).not.to.be.null;
      expect(shadow(el).querySelector('[part~="credit"]')).not.to.be.null;
    });

    it('readonly shows the filled-in instrument without any editable control', async () => {
      const el = await create({ attributes: { readonly: '' }, properties: { value: o.sample() } });
      const editable = [...shadow(el).querySelectorAll('input, textarea, select, [contenteditable]')].filter(
        (c) => !(c as HTMLInputElement).disabled && (c as HTMLInputElement).type !== 'file',
      );
      expect(editable, editable.map((e) => e.outerHTML).join('\n')).to.have.length(0);
      expect(shadow(el).querySelector('[part~="toolbar"]')).to.be.null;
    });

    it('readonly: reset(), importJSON(), undo() and redo() change nothing and return false; setting value still works (issue 27)', async () => {
      const el = await create({ attributes: { 'storage-key': 'contract-readonly' } });
      await o.edit(el);
      await el.updateComplete;
      el.saveNow();
      const edited = el.value;
      const stored = localStorage.getItem('contract-readonly');
      el.readonly = true;
      await el.updateComplete;
      const changes = recordEvents(el, 'na-change');
      const invalid = recordEvents(el, 'na-invalid');
      expect(el.reset()).to.be.false;
      expect(el.importJSON(JSON.stringify(o.sample()))).to.be.false;
      expect(el.undo()).to.be.false;
      expect(el.redo()).to.be.false;
      el.saveNow();
      expect(el.value).to.deep.equal(edited);
      expect(changes).to.have.length(0);
      expect(invalid).to.have.length(0);
      expect(localStorage.getItem('contract-readonly')).to.equal(stored);
      el.value = o.sample(); // the host page still sets what it shows
      expect(el.value).to.deep.equal(o.sample());
      el.readonly = false;
      expect(el.reset()).to.be.true;
      expect(el.isEmpty).to.be.true;
      expect(el.undo()).to.be.true;
    });

    it('round-trips through exportJSON/importJSON', async () => {
      const el = await create({ properties: { value: o.sample() } });
      const text = el.exportJSON();
      const other = await create();
      expect(other.importJSON(text)).to.be.true;
      expect(other.value).to.deep.equal(o.sample());
    });

    it('refuses a bad import, reports it visibly, and keeps the value', async () => {
      const el = await create({ properties: { value: o.sample() } });
      for (const text of ['{not json', '{"schemaVersion": 999}', '{"schemaVersion": "x", "__proto__": {"polluted": true}}']) {
        const invalid = recordEvents<NaInvalidEvent>(el, 'na-invalid');
        expect(el.importJSON(text)).to.be.false;
        expect(invalid).to.have.length(1);
        expect(invalid[0]!.detail.source).to.equal('import');
        expect(el.value).to.deep.equal(o.sample());
      }
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')).to.exist;
      expect(({} as Record<string, unknown>).polluted).to.be.undefined;
    });

    it('submits its value as JSON in a form, resets with the form, and can be required', async () => {
      const form = formOnPage();
      const el = await create({ attributes: { name: 'instrument', required: '' }, parent: form });
      expect(el.checkValidity()).to.be.false;
      await o.edit(el);
      expect(el.checkValidity()).to.be.true;
      expect(JSON.parse(new FormData(form).get('instrument') as string)).to.deep.equal(el.value);
      form.reset(); // nothing was set at the start: back to empty
      expect(el.isEmpty).to.be.true;
      expect(el.checkValidity()).to.be.false;
    });

    it('required and empty: a submit is blocked, the element says why inside it and takes focus; the message goes once it is filled (issue 22)', async () => {
      const form = formOnPage();
      const submit = Object.assign(document.createElement('button'), { type: 'submit', textContent: 'Versturen' });
      const submits = recordEvents(form, 'submit');
      form.addEventListener('submit', (e) => e.preventDefault());
      const el = await create({ attributes: { name: 'kaart', required: '' }, parent: form });
      form.append(submit);
      const message = () => shadow(el).querySelector<HTMLElement>('[part~="form-error"]');
      expect(message(), 'no message before a submit').to.be.null;
      submit.click();
      await el.updateComplete;
      expect(submits, 'the submit is blocked').to.have.length(0);
      const shown = message()!;
      expect(shown, 'a message inside the element').to.exist;
      expect(shown.textContent!.trim()).to.equal('Vul eerst iets in.');
      expect(shown.getAttribute('role')).to.equal('alert');
      const box = shown.getBoundingClientRect();
      expect(box.width > 0 && box.height > 0 && getComputedStyle(shown).visibility === 'visible', 'the message is rendered').to.be.true;
      expect(el.shadowRoot!.contains(deepActiveElement()), `focus is inside the element, not on ${deepActiveElement()?.localName}`).to.be.true;
      await setLocale('en');
      await el.updateComplete;
      expect(message()!.textContent!.trim()).to.equal('Please fill something in first.');
      await setLocale('nl');
      await expect(el).to.be.accessible();
      await o.edit(el);
      await el.updateComplete;
      expect(message(), 'filled in: the message is gone').to.be.null;
      form.requestSubmit();
      expect(submits).to.have.length(1);
    });

    it('in a <fieldset disabled> every control is disabled and nothing can be edited; enabled again, it all works as before (issue 22)', async () => {
      const form = formOnPage();
      const fieldset = document.createElement('fieldset');
      form.append(fieldset);
      const el = await create({ attributes: { name: 'kaart' }, parent: fieldset });
      const controls = () => deepQueryAll(el.shadowRoot!, 'input, button, select, textarea');
      const disabledByItself = controls().filter((c) => c.matches(':disabled'));
      expect(controls().length, 'the element has controls').to.be.greaterThan(0);
      fieldset.disabled = true;
      await el.updateComplete;
      expect(el.matches(':disabled')).to.be.true;
      expect(controls().filter((c) => !c.matches(':disabled')).map((c) => c.outerHTML.slice(0, 80)), 'controls still enabled').to.deep.equal([]);
      expect(new FormData(form).has('kaart')).to.be.false;
      const changes = recordEvents(el, 'na-change');
      try {
        await o.edit(el);
      } catch {
        // A disabled control may refuse the test's edit outright: that is the point.
      }
      await el.updateComplete;
      expect(changes, 'no edit got through').to.have.length(0);
      expect(el.isEmpty).to.be.true;
      fieldset.disabled = false;
      await el.updateComplete;
      expect(controls().filter((c) => c.matches(':disabled'))).to.deep.equal(disabledByItself);
      await o.edit(el);
      await el.updateComplete;
      expect(changes).to.have.length(1);
      expect(JSON.parse(new FormData(form).get('kaart') as string)).to.deep.equal(el.value);
    });

    it('takes form state the browser restores (the JSON it submits), validated by its schema; bad state is refused and the value kept (issue 22)', async () => {
      const form = formOnPage();
      const el = await create({ attributes: { name: 'kaart', 'storage-key': 'contract-restore' }, parent: form });
      const submitted = JSON.stringify(o.sample());
      // The browser calls this after back-navigation or autofill, with what setFormValue gave it.
      el.formStateRestoreCallback(submitted, 'restore');
      await el.updateComplete;
      expect(el.value).to.deep.equal(o.sample());
      expect(JSON.parse(new FormData(form).get('kaart') as string)).to.deep.equal(o.sample());
      el.saveNow();
      expect(JSON.parse(localStorage.getItem('contract-restore')!), 'the restored value is the person\'s data: autosaved').to.deep.equal(o.sample());
      const invalid = recordEvents<NaInvalidEvent>(el, 'na-invalid');
      for (const bad of ['{"schemaVersion": 999}', 'geen JSON', '[]']) el.formStateRestoreCallback(bad, 'restore');
      el.formStateRestoreCallback(null, 'autocomplete');
      await el.updateComplete;
      expect(invalid).to.have.length(3);
      expect(el.value).to.deep.equal(o.sample());
    });

    it('form reset goes back to the initial value (markup, else the first value set) as one undoable step, and autosaves that (issue 27)', async () => {
      const form = formOnPage();
      const fromMarkup = await create({
        attributes: { name: 'a', 'storage-key': 'contract-form-reset' },
        children: `<script type="application/json">${JSON.stringify(o.sample())}</script>`,
        parent: form,
      });
      const bySetting = await create({ attributes: { name: 'b' }, parent: form });
      bySetting.value = o.sample();
      for (const el of [fromMarkup, bySetting]) {
        el.reset();
        await o.edit(el);
        await el.updateComplete;
      }
      const edited = [fromMarkup.value, bySetting.value];
      form.reset();
      for (const [i, el] of [fromMarkup, bySetting].entries()) {
        expect(el.value, `element ${i}`).to.deep.equal(o.sample());
        expect(el.undo()).to.be.true;
        expect(el.value).to.deep.equal(edited[i]);
        expect(el.redo()).to.be.true;
      }
      fromMarkup.saveNow();
      expect(JSON.parse(localStorage.getItem('contract-form-reset')!)).to.deep.equal(o.sample());
    });

    it('autosaves under storage-key only when asked, and restores it', async () => {
      const el = await create();
      await o.edit(el);
      el.saveNow();
      expect(localStorage.length).to.equal(0);

      const saved = await create({ attributes: { 'storage-key': 'contract-test' } });
      await o.edit(saved);
      saved.saveNow();
      expect(JSON.parse(localStorage.getItem('contract-test')!)).to.deep.equal(saved.value);
      const restored = await create({ attributes: { 'storage-key': 'contract-test' } });
      expect(restored.value).to.deep.equal(saved.value);
    });

    it('autosaves a value set by property under storage-key, like an edit (issue 27)', async () => {
      const el = await create({ attributes: { 'storage-key': 'contract-property' } });
      el.value = o.sample();
      el.remove(); // flushes a pending autosave; there must be one
      expect(JSON.parse(localStorage.getItem('contract-property')!)).to.deep.equal(o.sample());
    });

    it('heading-level: a whole number 1–6 sets the main heading; anything else, or no attribute, gives level 2 (issue 27)', async () => {
      const el = await create({ attributes: { 'heading-level': '4' }, properties: { value: o.sample() } });
      const level = () => shadow(el).querySelector('h1, h2, h3, h4, h5, h6')?.localName;
      expect(level()).to.equal('h4');
      for (const bad of ['abc', '0', '7', '2.5', '']) {
        el.setAttribute('heading-level', bad);
        await el.updateComplete;
        expect(level(), `heading-level="${bad}"`).to.equal('h2');
      }
      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      expect(level()).to.equal('h3');
      el.removeAttribute('heading-level');
      await el.updateComplete;
      expect(level()).to.equal('h2');
    });

    it('keeps unreadable stored data aside and reports it', async () => {
      localStorage.setItem('contract-corrupt', '{"schemaVersion": 1, "broken": ');
      const invalid: NaInvalidEvent[] = [];
      const el = await create({
        attributes: { 'storage-key': 'contract-corrupt' },
        listeners: { 'na-invalid': (e) => invalid.push(e as NaInvalidEvent) },
      });
      expect(invalid.map((e) => e.detail.source)).to.deep.equal(['storage']);
      const aside = Object.keys(localStorage).find((k) => k.startsWith('contract-corrupt.corrupt.'));
      expect(aside).to.exist;
      expect(localStorage.getItem(aside!)).to.equal('{"schemaVersion": 1, "broken": ');
      expect(el.isEmpty).to.be.true;
      expect(shadow(el).querySelector('[role="alert"]')).to.exist;
    });

    it('never overwrites stored data from a newer version', async () => {
      const newer = JSON.stringify({ ...o.sample(), schemaVersion: 999 });
      localStorage.setItem('contract-newer', newer);
      const el = await create({ attributes: { 'storage-key': 'contract-newer' } });
      await o.edit(el);
      el.saveNow();
      expect(localStorage.getItem('contract-newer')).to.equal(newer);
    });

    it('unreadable stored data that cannot be kept aside: the message says so, offers it as a file, and says autosave is off (issue 27)', async () => {
      const broken = '{"schemaVersion": 1, "broken": ';
      localStorage.setItem('contract-no-room', broken);
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      let el: NaInstrumentElement<T>;
      try {
        el = await create({ attributes: { 'storage-key': 'contract-no-room' } });
      } finally {
        Storage.prototype.setItem = original;
      }
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).not.to.contain('Ze zijn apart gezet');
      expect(alert.textContent).to.contain('konden niet apart worden gezet');
      expect(alert.textContent).to.contain('Automatisch bewaren staat daarom uit');
      expect(Object.keys(localStorage).filter((k) => k.includes('.corrupt.'))).to.deep.equal([]);
      // The stored text is offered as a file, exactly as it was.
      const downloads: { name: string; href: string }[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        downloads.push({ name: this.download, href: this.href });
      };
      try {
        [...alert.querySelectorAll('button')].find((b) => b.textContent!.includes('Download de bewaarde gegevens'))!.click();
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      expect(downloads).to.have.length(1);
      expect(await (await fetch(downloads[0]!.href)).text()).to.equal(broken);
      // Autosave is off: the original is never written over.
      await o.edit(el);
      el.saveNow();
      el.remove();
      expect(localStorage.getItem('contract-no-room')).to.equal(broken);
    });

    it('stored data from a newer version stays untouched; edits are saved beside it under <key>.v<n>, said so, and loaded from there (issue 27)', async () => {
      const newer = JSON.stringify({ ...o.sample(), schemaVersion: 999 });
      localStorage.setItem('contract-newer-side', newer);
      const el = await create({ attributes: { 'storage-key': 'contract-newer-side' } });
      const alert = () => shadow(el).querySelector('[role="alert"]')?.textContent ?? '';
      expect(alert()).to.contain('nieuwere versie');
      expect(alert()).to.contain('contract-newer-side.v');
      // After the message is closed, edits are still kept (beside it).
      [...shadow(el).querySelectorAll<HTMLButtonElement>('[role="alert"] button')].find((b) => b.textContent!.includes('Sluiten'))!.click();
      await el.updateComplete;
      await o.edit(el);
      el.saveNow();
      expect(localStorage.getItem('contract-newer-side')).to.equal(newer);
      const side = Object.keys(localStorage).find((k) => k.startsWith('contract-newer-side.v'))!;
      expect(side).to.exist;
      expect(JSON.parse(localStorage.getItem(side)!)).to.deep.equal(el.value);
      const again = await create({ attributes: { 'storage-key': 'contract-newer-side' } });
      expect(again.value).to.deep.equal(el.value);
      expect(shadow(again).querySelector('[role="alert"]')?.textContent).to.contain('nieuwere versie');
    });

    it('reports a full storage instead of swallowing it, keeping the value', async () => {
      const el = await create({ attributes: { 'storage-key': 'contract-full' } });
      const errors = recordEvents(el, 'na-storage-error');
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        await o.edit(el);
        el.saveNow();
      } finally {
        Storage.prototype.setItem = original;
      }
      await el.updateComplete;
      expect(errors).to.have.length(1);
      expect(el.isEmpty).to.be.false;
      expect(shadow(el).querySelector('[role="alert"]')).to.exist;
    });

    it('quota exceeded while autosaving: the user is told, the value stays, the stored copy is the last complete one', async () => {
      const saved = JSON.stringify(o.sample());
      localStorage.setItem('contract-quota', saved);
      const el = await create({ attributes: { 'storage-key': 'contract-quota' } });
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      let edited: T;
      try {
        await o.edit(el);
        edited = el.value;
        el.saveNow();
      } finally {
        Storage.prototype.setItem = original;
      }
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')?.textContent).to.contain('Opslaan in deze browser is niet gelukt');
      expect(el.value).to.deep.equal(edited);
      expect(localStorage.getItem('contract-quota')).to.equal(saved);
      // Space again: the next save writes the whole value and the message goes away.
      el.saveNow();
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem('contract-quota')!)).to.deep.equal(edited);
      expect(shadow(el).querySelector('[role="alert"]')).to.be.null;
    });

    it('another tab writing the same storage-key never silently loses an edit', async () => {
      const el = await create({ attributes: { 'storage-key': 'contract-tabs' } });
      await o.edit(el); // an autosave is now pending
      const mine = el.value;
      const theirs = JSON.stringify(o.sample());
      localStorage.setItem('contract-tabs', theirs);
      window.dispatchEvent(new StorageEvent('storage', { key: 'contract-tabs', newValue: theirs, storageArea: localStorage }));
      el.saveNow(); // the pending autosave must not overwrite the other tab's version
      await el.updateComplete;
      expect(localStorage.getItem('contract-tabs')).to.equal(theirs);
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('ander venster');
      expect(el.value).to.deep.equal(mine);
      const load = [...alert.querySelectorAll('button')].find((b) => b.textContent!.includes('Gebruik de nieuwe versie'))!;
      expect([...alert.querySelectorAll('button')].some((b) => b.textContent!.includes('Houd mijn versie'))).to.be.true;
      load.click();
      await el.updateComplete;
      expect(el.value).to.deep.equal(o.sample());
      el.undo(); // my version is one undo step away
      expect(el.value).to.deep.equal(mine);
    });

    it('two elements with one storage-key on one page: a console warning, and the second never silently overwrites the first (issue 27)', async () => {
      const warnings: unknown[][] = [];
      const originalWarn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args);
      try {
        const first = await create({ attributes: { 'storage-key': 'contract-twins' } });
        expect(warnings).to.have.length(0);
        const second = await create({ attributes: { 'storage-key': 'contract-twins' } });
        expect(warnings.map((w) => String(w[0])).join()).to.contain('contract-twins');
        first.value = o.sample();
        first.saveNow();
        const firstText = localStorage.getItem('contract-twins');
        await o.edit(second); // an autosave is pending in the second
        const mine = second.value;
        second.saveNow();
        await second.updateComplete;
        expect(localStorage.getItem('contract-twins')).to.equal(firstText);
        const alert = shadow(second).querySelector('[role="alert"]')!;
        expect(alert.textContent).to.contain('op deze pagina ook elders veranderd');
        const load = [...alert.querySelectorAll('button')].find((b) => b.textContent!.includes('Gebruik de nieuwe versie'))!;
        load.click();
        await second.updateComplete;
        expect(second.value).to.deep.equal(o.sample());
        second.undo();
        expect(second.value).to.deep.equal(mine);
      } finally {
        console.warn = originalWarn;
      }
    });

    it('is configured by a JSON script in its markup, and reports bad markup', async () => {
      const good = await create({ children: `<script type="application/json">${JSON.stringify(o.sample())}</script>` });
      expect(good.value).to.deep.equal(o.sample());
      const invalid: NaInvalidEvent[] = [];
      const bad = await create({
        children: '<script type="application/json">{ oops </script>',
        listeners: { 'na-invalid': (e) => invalid.push(e as NaInvalidEvent) },
      });
      expect(invalid.map((e) => e.detail.source)).to.deep.equal(['markup']);
      await bad.updateComplete;
      expect(shadow(bad).querySelector('[role="alert"]')).to.exist;
    });

    it('reset() empties it, and undo brings it back', async () => {
      const el = await create({ properties: { value: o.sample() } });
      el.reset();
      expect(el.isEmpty).to.be.true;
      el.undo();
      expect(el.value).to.deep.equal(o.sample());
    });

    it('print() prints only this element', async () => {
      const el = await create({ properties: { value: o.sample() } });
      const original = window.print;
      let targetDuringPrint = false;
      window.print = () => {
        targetDuringPrint = el.hasAttribute('data-na-print-target') && document.documentElement.classList.contains('na-printing');
      };
      try {
        el.print();
      } finally {
        window.print = original;
        window.dispatchEvent(new Event('afterprint'));
      }
      expect(targetDuringPrint).to.be.true;
      expect(el.hasAttribute('data-na-print-target')).to.be.false;
    });

    it('renders Dutch by default and English after setLocale("en")', async () => {
      const el = await create();
      expect(visibleText(el)).to.contain(o.text.nl);
      await setLocale('en');
      await el.updateComplete;
      await nextFrame();
      expect(visibleText(el)).to.contain(o.text.en);
      expect(visibleText(el)).not.to.contain(o.text.nl);
    });

    it('survives being moved in the DOM', async () => {
      const el = await create({ properties: { value: o.sample() } });
      const other = document.createElement('div');
      document.body.append(other);
      other.append(el);
      await el.updateComplete;
      expect(el.value).to.deep.equal(o.sample());
      other.remove();
    });

    it('survives remove and re-add: edits made after markup configuration, and undo history, are kept', async () => {
      const empty = (await create()).value;
      const el = await create({ children: `<script type="application/json">${JSON.stringify(empty)}</script>` });
      await o.edit(el);
      await el.updateComplete;
      const edited = el.value;
      expect(el.isEmpty).to.be.false;
      el.remove();
      document.body.append(el);
      await el.updateComplete;
      expect(el.value).to.deep.equal(edited);
      expect(el.canUndo).to.be.true;
    });

    it('survives being moved with a storage-key: a value set by property is not replaced by the stored one', async () => {
      localStorage.setItem('contract-move', JSON.stringify(o.sample()));
      const el = await create({ attributes: { 'storage-key': 'contract-move' } });
      expect(el.value).to.deep.equal(o.sample());
      const empty = (await create()).value;
      el.value = empty;
      const other = document.createElement('div');
      document.body.append(other);
      other.append(el);
      await el.updateComplete;
      expect(el.value).to.deep.equal(empty);
      other.remove();
    });

    it('keeps the value after a failed save when it is moved (nothing reloaded over unsaved edits)', async () => {
      localStorage.setItem('contract-move-full', JSON.stringify(o.sample()));
      const el = await create({ attributes: { 'storage-key': 'contract-move-full' } });
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        await o.edit(el);
        await el.updateComplete;
        const edited = el.value;
        el.remove(); // flushes the pending save, which fails
        document.body.append(el);
        await el.updateComplete;
        expect(el.value).to.deep.equal(edited);
      } finally {
        Storage.prototype.setItem = original;
      }
    });

    it('keeps a value and attributes set before the element was upgraded', async () => {
      const Base = customElements.get(o.tag) as CustomElementConstructor;
      const lateTag = `${o.tag}-late-${++lateCount}`;
      const el = document.createElement(lateTag) as NaInstrumentElement<T>;
      el.value = o.sample();
      el.setAttribute('readonly', '');
      document.body.append(el);
      try {
        customElements.define(lateTag, class extends Base {});
        await el.updateComplete;
        expect(el.value).to.deep.equal(o.sample());
        expect(el.readonly).to.be.true;
        expect(shadow(el).querySelector('[part~="toolbar"]')).to.be.null;
      } finally {
        el.remove();
      }
    });

    for (const m of o.migrations ?? []) {
      it(`migrates schemaVersion ${(m.from as VersionedValue).schemaVersion} data`, async () => {
        const el = await create({ properties: { value: m.from } });
        expect(el.value).to.deep.equal(m.to);
      });
    }

    it('has no axe violations, empty and filled', async () => {
      const el = await create();
      await expect(el).to.be.accessible();
      el.value = o.sample();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
}

export type { Instrument };
