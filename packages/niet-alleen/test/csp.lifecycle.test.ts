/**
 * Every instrument, from source, on a page served with the strictest policy of
 * web-test-runner.config.js (default-src 'none'; script-src 'self'; style-src 'self';
 * img-src 'self' data: blob:; require-trusted-types-for 'script'; trusted-types lit-html),
 * taken through its whole life: created by script, filled, edited by typing, undone, refused
 * bad data (the alert), autosaved and restored, readonly, print view, moved, removed and
 * re-added. Zero securitypolicyviolation events, zero errors, zero requests to other origins.
 * (embed.test.ts does the same for the built bundle with the elements in the page's markup.)
 */
import { expect } from '@open-wc/testing';

interface Probe {
  violations: string[];
  errors: string[];
}
interface Strict {
  examples: Record<string, unknown>;
  clearStoredData(): string[];
}
type Instrument = HTMLElement & {
  value: unknown;
  readonly: boolean;
  updateComplete: Promise<unknown>;
  importJSON(text: string): boolean;
  exportJSON(): string;
  undo(): void;
  saveNow(): void;
  exportSVG?(): string;
};
type StrictWindow = Window & typeof globalThis & { __probe: Probe; __strict: Strict };

async function load(): Promise<StrictWindow> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1000px';
  frame.style.blockSize = '800px';
  frame.src = '/packages/niet-alleen/test/fixtures/strict.html?csp=strictest';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as StrictWindow;
  for (let i = 0; i < 100 && !win.__strict; i++) await new Promise((r) => setTimeout(r, 50));
  return win;
}

async function settle(win: StrictWindow, el: Element) {
  for (let i = 0; i < 3; i++) {
    const all = [el, ...el.shadowRoot!.querySelectorAll('*')] as Partial<Instrument>[];
    await Promise.all(all.map((e) => e.updateComplete).filter(Boolean));
    await new Promise((r) => win.requestAnimationFrame(() => r(undefined)));
  }
}

describe('every element under the strictest CSP, through its whole life', () => {
  let win: StrictWindow;
  before(async () => {
    win = await load();
  });
  after(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the policy is really in force on the page: Trusted Types refuse script text, and it is reported', async () => {
    const script = win.document.createElement('script');
    let refused: unknown;
    try {
      script.textContent = 'globalThis.__inlineRan = true';
    } catch (error) {
      refused = error;
    }
    try {
      expect((refused as Error | undefined)?.name).to.equal('TypeError');
      await new Promise((r) => setTimeout(r, 100));
      expect(win.__probe.violations.join('\n')).to.contain('require-trusted-types-for');
    } finally {
      win.__probe.violations.length = 0;
    }
  });

  it('has every instrument defined', () => {
    for (const tag of Object.keys(win.__strict.examples)) expect(win.customElements.get(tag), tag).to.exist;
  });

  for (const tag of [
    'na-signaleringskaart', 'na-reflector-vooroordelen', 'na-reflector-eenzaamheid', 'na-feedbackformulier',
    'na-reflector-bekend-besluiten-bereiken', 'na-reflector-ondersteuningsvaardigheden', 'na-talentenkaart',
    'na-talentenkaart-groep', 'na-interesses-waarden', 'na-netwerkkaart', 'na-partnerschapskaart', 'na-verwijskaart',
    'na-persoonlijk-plan', 'na-werkwijze',
  ]) {
    it(`<${tag}>: no violations, errors or foreign requests`, async function () {
      this.timeout(60_000); // a whole life in a loaded browser (WebKit under load took > 20 s once)
      const doc = win.document;
      const example = win.__strict.examples[tag];
      const el = doc.createElement(tag) as Instrument;
      el.setAttribute('storage-key', `strict-${tag}`);
      if (tag === 'na-verwijskaart') el.setAttribute('mode', 'edit');
      doc.body.append(el);
      await settle(win, el);
      el.value = structuredClone(example);
      await settle(win, el);

      // Typing like a user in every text field (markup in it stays text).
      const fields = [...el.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type=text], input:not([type]), textarea')];
      for (const field of fields.slice(0, 8)) {
        field.value = '<img src=x onerror=alert(1)> tekst';
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
      await settle(win, el);
      el.undo();
      // Bad data: refused, with the alert shown.
      expect(el.importJSON('{"schemaVersion": 999}')).to.be.false;
      await settle(win, el);
      expect(el.shadowRoot!.querySelector('[role="alert"]'), `the refusal is shown: ${el.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 300)}`).to.exist;
      el.saveNow();
      // Readonly and the print view.
      el.readonly = true;
      el.setAttribute('print-preview', '');
      await settle(win, el);
      el.readonly = false;
      el.removeAttribute('print-preview');
      // Moved, removed and re-added.
      const box = doc.createElement('section');
      doc.body.append(box);
      box.append(el);
      await settle(win, el);
      el.remove();
      doc.body.append(el);
      await settle(win, el);
      if (el.exportSVG) expect(el.exportSVG()).to.contain('<svg');
      // Restored from storage by a second element.
      const again = doc.createElement(tag) as Instrument;
      again.setAttribute('storage-key', `strict-${tag}`);
      doc.body.append(again);
      await settle(win, again);
      expect(JSON.parse(again.exportJSON())).to.deep.equal(JSON.parse(el.exportJSON()));

      const origins = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).origin);
      expect(origins.filter((o) => o !== win.location.origin)).to.deep.equal([]);
      expect(win.__probe.violations).to.deep.equal([]);
      expect(win.__probe.errors).to.deep.equal([]);
      el.remove();
      again.remove();
      box.remove();
      win.__strict.clearStoredData();
      expect(Object.keys(win.localStorage)).to.deep.equal([]);
    });
  }
});
