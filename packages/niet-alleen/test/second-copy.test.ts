/**
 * dist/niet-alleen.bundle.js loaded twice from two URLs (a CMS plugin and the page each bring one):
 * one warning in the console, the elements of the first copy, and the second copy's setLocale and
 * setTexts act on them. Imports nothing else of niet-alleen, so the two bundles are the only copies.
 * Needs the bundle (npm test builds it).
 */
import { expect } from '@open-wc/testing';

type Bundle = {
  setLocale(locale: string): Promise<void>;
  getLocale(): string;
  setTexts(locale: string, texts: Record<string, string>): void;
};
type Instrument = HTMLElement & { updateComplete: Promise<unknown> };

const buttonTexts = (el: Instrument) => [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());

describe('a second copy of dist/niet-alleen.bundle.js on the page', () => {
  it('warns once, and its setLocale and setTexts act on the elements of the first copy', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn.apply(console, args);
    };
    const bundle = '/packages/niet-alleen/dist/niet-alleen.bundle.js';
    let first: Bundle, second: Bundle, third: Bundle;
    try {
      first = (await import(/* @vite-ignore */ `${bundle}?copy=1`)) as Bundle;
      second = (await import(/* @vite-ignore */ `${bundle}?copy=2`)) as Bundle;
      third = (await import(/* @vite-ignore */ `${bundle}?copy=3`)) as Bundle;
    } finally {
      console.warn = warn;
    }
    expect(first).not.to.equal(second); // really two module instances
    expect(warnings.filter((w) => w.includes('niet-alleen is loaded twice'))).to.have.length(1);

    const kaart = document.createElement('na-signaleringskaart') as Instrument;
    document.body.append(kaart);
    try {
      await kaart.updateComplete;
      expect(buttonTexts(kaart)).to.include('Afdrukken');

      await second.setLocale('en');
      await kaart.updateComplete;
      expect(first.getLocale()).to.equal('en');
      expect(buttonTexts(kaart)).to.include('Print');

      third.setTexts('en', { Afdrukken: 'Print on paper' });
      await kaart.updateComplete;
      expect(buttonTexts(kaart)).to.include('Print on paper');

      first.setTexts('en', {});
      await first.setLocale('nl');
      await kaart.updateComplete;
      expect(second.getLocale()).to.equal('nl');
      expect(buttonTexts(kaart)).to.include('Afdrukken');
    } finally {
      kaart.remove();
    }
  });
});
