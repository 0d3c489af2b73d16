/**
 * Every reflector on a plain page with only a script tag and the elements, served with the
 * strictest Content-Security-Policy of web-test-runner.config.js (Trusted Types included):
 * renders, takes an edit, and causes no violations, errors or foreign requests.
 * The definition of the generic <na-reflector> comes from markup, so no script is needed.
 */
import { expect } from '@open-wc/testing';

interface Probe {
  violations: string[];
  errors: string[];
}
type Instrument = HTMLElement & { value: { moments: { answers: Record<string, { choice: string | null }> }[] }; updateComplete: Promise<unknown> };

const tags = [
  'na-reflector-vooroordelen', 'na-reflector-eenzaamheid', 'na-feedbackformulier', 'na-reflector-bekend-besluiten-bereiken',
  'na-reflector-ondersteuningsvaardigheden', 'na-reflector',
];

for (const policy of ['foundation', 'strictest'] as const) {
  describe(`reflectors under the ${policy} CSP`, () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

    it('render, take an edit, and cause no violations, errors or foreign requests', async () => {
      const frame = document.createElement('iframe');
      frame.style.inlineSize = '1000px';
      frame.style.blockSize = '800px';
      frame.src = `/packages/reflectors/test/fixtures/csp.html?csp=${policy}`;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & { __probe: Probe };
      for (const tag of tags) await win.customElements.whenDefined(tag);
      for (const tag of tags) {
        const el = win.document.querySelector(tag) as Instrument;
        await el.updateComplete;
        expect(el.shadowRoot?.textContent?.trim().length, tag).to.be.greaterThan(0);
      }
      const engine = win.document.querySelector('na-reflector') as Instrument;
      expect(engine.shadowRoot!.textContent).to.contain('Als ik binnenkom, word ik begroet.');
      engine.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.click();
      await engine.updateComplete;
      expect(engine.value.moments[0]!.answers.begroet!.choice).to.equal('C');

      const origins = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).origin);
      expect(origins.filter((o) => o !== win.location.origin)).to.deep.equal([]);
      expect(win.__probe.violations).to.deep.equal([]);
      expect(win.__probe.errors).to.deep.equal([]);
    });
  });
}
