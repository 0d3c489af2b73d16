/**
 * Both ways to embed, each on a plain page that contains only the script tag and every element,
 * served with a strict Content-Security-Policy (set by the test server, see
 * web-test-runner.config.js; 'strictest' requires Trusted Types): the loader dist/niet-alleen.js
 * (fixtures/embed.html, it loads every package from chunks/) and the single file
 * dist/niet-alleen.bundle.js (fixtures/embed-bundle.html). Each must work with no CSP violations,
 * no console errors and no requests to other origins. Needs `npm run build` first (npm test does it).
 */
import { expect } from '@open-wc/testing';

interface Probe {
  violations: string[];
  errors: string[];
}

async function load(policy: 'foundation' | 'strictest', page: string): Promise<Window & { __probe: Probe }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1000px';
  frame.style.blockSize = '800px';
  frame.src = `/packages/niet-alleen/test/fixtures/${page}?csp=${policy}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & { __probe: Probe };
  await win.customElements.whenDefined('na-signaleringskaart');
  return win;
}

const files = [
  ['dist/niet-alleen.js (the loader)', 'embed.html'],
  ['dist/niet-alleen.bundle.js', 'embed-bundle.html'],
] as const;
for (const [file, page] of files) for (const policy of ['foundation', 'strictest'] as const) {
  describe(`${file} under the ${policy} CSP`, () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

    it('renders and edits every element with no violations, errors or foreign requests', async () => {
      const win = await load(policy, page);
      const doc = win.document;
      type Instrument = HTMLElement & { value: { marked: string[] }; updateComplete: Promise<unknown> };
      const cards = [...doc.body.children].filter((e): e is Instrument => e.localName.startsWith('na-'));
      expect(cards.length).to.be.greaterThan(0);
      for (const card of cards) {
        await win.customElements.whenDefined(card.localName);
        await card.updateComplete;
        expect(card.shadowRoot?.querySelector('*'), `${card.localName} rendered`).to.exist;
        expect(card.shadowRoot!.querySelector('[role="alert"]'), `${card.localName} shows no error`).to.be.null;
      }
      const kaart = doc.querySelector('na-signaleringskaart') as Instrument;
      const box = kaart.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
      box.click();
      await kaart.updateComplete;
      expect(kaart.value.marked).to.have.length(1);

      const origins = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).origin);
      expect(origins.filter((o) => o !== win.location.origin)).to.deep.equal([]);
      expect(win.__probe.violations).to.deep.equal([]);
      expect(win.__probe.errors).to.deep.equal([]);
    });
  });
}
