/**
 * An organisation can replace every built-in text with its own words (NL Design System
 * convention), per locale, from script (`setTexts`) or from the page without JavaScript.
 */
import { expect } from '@open-wc/testing';
import { msg, str } from '@niet-alleen/core/msg';
import { generateMsgId } from '../src/lit-localize-internals.js';
import { getLocale, matchLocale, setLocale, setTexts } from '@niet-alleen/core';
import { mount, unmountAll, buttonByText, visibleText } from '@niet-alleen/core/testing';
import './test-instrument.js';

describe('core: an organisation’s own texts', () => {
  afterEach(async () => {
    setTexts('nl', {});
    setTexts('en', {});
    await setLocale('nl');
    unmountAll();
  });

  it('replaces a Dutch text on every element at once, and setTexts(locale, {}) brings the built-in one back', async () => {
    const [a, b] = [await mount('na-test-instrument'), await mount('na-test-instrument')];
    setTexts('nl', { Afdrukken: 'Print op papier' });
    await a.updateComplete;
    await b.updateComplete;
    expect(buttonByText(a, 'Print op papier')).to.exist;
    expect(buttonByText(b, 'Print op papier')).to.exist;
    expect(() => buttonByText(a, 'Afdrukken')).to.throw();
    setTexts('nl', {});
    await a.updateComplete;
    expect(buttonByText(a, 'Afdrukken')).to.exist;
  });

  it('replaces an English text, keyed by the Dutch text, only while English is active', async () => {
    const el = await mount('na-test-instrument');
    setTexts('en', { Afdrukken: 'Print this page' });
    await setLocale('en');
    await el.updateComplete;
    expect(buttonByText(el, 'Print this page')).to.exist;
    expect(buttonByText(el, 'Undo')).to.exist; // not overridden: the translation stays
    await setLocale('nl');
    await el.updateComplete;
    expect(buttonByText(el, 'Afdrukken')).to.exist;
  });

  it('replaces a plain text anywhere, such as the source line', async () => {
    const el = await mount('na-test-instrument');
    setTexts('nl', { 'Bron: Eenzaam ben je niet alleen, Wmo-werkplaatsen/Movisie 2015': 'Uit het werkboek Eenzaam ben je niet alleen (2015)' });
    await el.updateComplete;
    expect(visibleText(el)).to.include('Uit het werkboek Eenzaam ben je niet alleen (2015)');
    expect(visibleText(el)).not.to.include('Bron:');
  });

  it('keeps the values in a text with numbered places, in any order', () => {
    setTexts('nl', { 'Toegevoegd: {0}': 'Erbij gezet: {0}', '{0} en {1} zijn al verbonden.': 'Er is al een lijn tussen {1} en {0}.' });
    expect(msg(str`Toegevoegd: ${'Els'}`)).to.equal('Erbij gezet: Els');
    expect(msg(str`${'Els'} en ${'Peter'} zijn al verbonden.`)).to.equal('Er is al een lijn tussen Peter en Els.');
    expect(msg(str`Verwijderd: ${'Els'}`)).to.equal('Verwijderd: Els');
  });

  it('takes a message id from the XLIFF as the key too', () => {
    const id = generateMsgId('Afdrukken', false);
    setTexts('nl', { [id]: 'Printen' });
    expect(msg('Afdrukken')).to.equal('Printen');
  });
});

describe('core: throwing or wrong inputs to the locale functions are refused, never thrown (issue 27)', () => {
  const warnings: unknown[][] = [];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });
  afterEach(async () => {
    console.warn = originalWarn;
    setTexts('nl', {});
    await setLocale('nl');
    unmountAll();
  });

  it('setLocale(42) or setLocale(an object) keeps the locale and warns', async () => {
    await setLocale('en');
    for (const bad of [42, null, {}, Symbol('x')]) {
      let result: Promise<void> | undefined;
      expect(() => (result = setLocale(bad as unknown as string)), String(typeof bad)).not.to.throw();
      await result;
      expect(getLocale()).to.equal('en');
    }
    expect(warnings.length).to.equal(4);
    expect(matchLocale(42 as unknown as string)).to.equal('nl');
  });

  it('setTexts with a throwing Proxy, a throwing getter or no object keeps the texts and warns', async () => {
    const el = await mount('na-test-instrument');
    setTexts('nl', { Afdrukken: 'Print op papier' });
    const getter = Object.defineProperty({}, 'Afdrukken', { enumerable: true, get: () => { throw new Error('hostile'); } });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('hostile'); } });
    for (const bad of [getter, proxy, null, 42]) {
      expect(() => setTexts('nl', bad as Record<string, string>)).not.to.throw();
    }
    expect(() => setTexts(7 as unknown as string, {})).not.to.throw();
    await el.updateComplete;
    expect(buttonByText(el, 'Print op papier')).to.exist;
    expect(warnings.length).to.equal(5);
  });
});
