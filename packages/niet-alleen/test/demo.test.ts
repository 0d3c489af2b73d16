/**
 * The demo page (docs/demo/index.html), a fictional welfare organisation's site, served as a
 * static file with its own strict CSP in a <meta> tag, as a newcomer would copy it: every element
 * renders without an error message, the verwijskaart takes its card from the page's JSON, a
 * signal passed on reaches it, and there are no CSP violations, errors or foreign requests.
 * Needs the bundle (npm test builds it).
 */
import { expect } from '@open-wc/testing';
import { buttonByText } from '@niet-alleen/core/testing';

interface Probe {
  violations: string[];
  errors: string[];
}
type Instrument = HTMLElement & { value: Record<string, unknown>; updateComplete: Promise<unknown>; signals?: string[] };

describe('docs/demo/index.html from a static file server', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('shows every instrument, configured from the page, with no violations, errors or foreign requests', async () => {
    frame = document.createElement('iframe');
    frame.style.inlineSize = '1000px';
    frame.style.blockSize = '800px';
    frame.src = '/docs/demo/index.html?probe';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & { __probe: Probe };
    const doc = win.document;
    expect(win.__probe, 'the probe ran first').to.exist;

    const instruments = [...doc.querySelectorAll<Instrument>('body *')].filter((e) => e.localName.startsWith('na-'));
    expect(instruments.map((e) => e.localName)).to.include.members(['na-signaleringskaart', 'na-verwijskaart', 'na-persoonlijk-plan', 'na-werkwijze']);
    for (const el of instruments) {
      await win.customElements.whenDefined(el.localName);
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('*'), `${el.localName} rendered`).to.exist;
      expect(el.shadowRoot!.querySelector('[role="alert"]'), `${el.localName} shows no error`).to.be.null;
    }

    const card = doc.querySelector<Instrument>('na-verwijskaart')!;
    expect(card.shadowRoot!.textContent).to.include('Verwijskaart eenzaamheid wijk Oost');

    // Mark the first physical signal, choose to pass it on and do so: the card next to it shows what fits.
    const kaart = doc.querySelector<Instrument>('na-signaleringskaart')!;
    kaart.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    kaart.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="doorgeven"]')!.click();
    await kaart.updateComplete;
    buttonByText(kaart, 'Geef het signaal door').click();
    await card.updateComplete;
    expect(card.signals).to.deep.equal(['lichamelijk']);
    await kaart.updateComplete;
    expect(kaart.shadowRoot!.textContent, 'the card says the verwijskaart took it').to.include('Het signaal is doorgegeven.');
    expect(card.shadowRoot!.querySelectorAll('[part~="option-match"]').length).to.be.greaterThan(0);

    const origins = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).origin);
    expect(origins.filter((o) => o !== win.location.origin)).to.deep.equal([]);
    expect(win.__probe.violations).to.deep.equal([]);
    expect(win.__probe.errors).to.deep.equal([]);
  });
});
