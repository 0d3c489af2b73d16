/**
 * An organisation without JavaScript replaces built-in texts in its page:
 * `<script type="application/json" data-niet-alleen-texts>` before the bundle, under the
 * strictest CSP of web-test-runner.config.js. Needs the build (npm test builds it).
 */
import { expect } from '@open-wc/testing';
import { buttonByText } from '@niet-alleen/core/testing';

interface Probe {
  violations: string[];
  errors: string[];
}
type Instrument = HTMLElement & { updateComplete: Promise<unknown> };

describe('texts set in the page (dist/niet-alleen.js, the loader: English loaded when asked for)', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('uses the page’s own words per locale and keeps every other text', async () => {
    frame = document.createElement('iframe');
    frame.src = '/packages/niet-alleen/test/fixtures/texts.html?csp=strictest';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & { __probe: Probe };
    await win.customElements.whenDefined('na-signaleringskaart');
    const kaart = win.document.querySelector<Instrument>('na-signaleringskaart')!;
    await kaart.updateComplete;
    expect(buttonByText(kaart, 'Op papier')).to.exist;
    expect(buttonByText(kaart, 'Leegmaken')).to.exist;

    win.document.documentElement.lang = 'en';
    await new Promise<void>((resolve) =>
      win.addEventListener('lit-localize-status', (e) => (e as CustomEvent<{ status: string }>).detail.status === 'ready' && resolve()),
    );
    await kaart.updateComplete;
    expect(buttonByText(kaart, 'On paper')).to.exist;
    expect(buttonByText(kaart, 'Undo')).to.exist;
    expect(win.__probe.violations).to.deep.equal([]);
    expect(win.__probe.errors).to.deep.equal([]);
  });
});
