/**
 * The toolbar under every instrument: every button a Tab stop, with the arrows, Home and End
 * of the WAI-ARIA toolbar as a shortcut, and closing a message does not drop keyboard focus on the page.
 */
import { expect } from '@open-wc/testing';
import { mount, unmountAll, shadow } from '@niet-alleen/core/testing';
import { tabStops, focusBefore, tabTo, press, named, deepActiveElement, removeFocusStarts } from '@niet-alleen/core/testing';
import type { NaTestInstrument } from './test-instrument.js';
import './test-instrument.js';

const toolbarButtons = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="toolbar"] > button')];
const label = (el: Element | null) => el?.textContent?.trim();

describe('core: the instrument toolbar', () => {
  afterEach(() => {
    removeFocusStarts();
    unmountAll();
  });

  it('every button is a Tab stop (nothing hidden behind arrow keys nobody is told about); arrows, Home and End move between them too', async () => {
    const el = await mount('na-test-instrument');
    const buttons = toolbarButtons(el);
    expect(buttons.map(label)).to.deep.equal(['Ongedaan maken', 'Opnieuw', 'Bewaar als bestand', 'Open bestand', 'Afdrukken', 'Leegmaken']);
    const stops = (await tabStops(el)).filter((s) => buttons.includes(s as HTMLButtonElement));
    expect(stops.map(label)).to.deep.equal(buttons.map(label));

    await focusBefore(el);
    await tabTo(named('Ongedaan maken', 'button'), { within: el });
    expect(label(await press('ArrowRight', { within: el }))).to.equal('Opnieuw');
    expect(label(await press('End', { within: el }))).to.equal('Leegmaken');
    expect(label(await press('ArrowRight', { within: el }))).to.equal('Ongedaan maken');
    expect(label(await press('ArrowLeft', { within: el }))).to.equal('Leegmaken');
    expect(label(await press('Home', { within: el }))).to.equal('Ongedaan maken');
    await press('ArrowRight', { within: el });
    await press('ArrowRight', { within: el });
    // Tab goes on to the next button, as everywhere else on the page.
    expect(label(await press('Tab', { within: el }))).to.equal('Open bestand');
  });

  it('under dir="rtl" ArrowLeft goes to the next button', async () => {
    const page = document.createElement('div');
    page.dir = 'rtl';
    document.body.append(page);
    const el = await mount('na-test-instrument', { parent: page });
    toolbarButtons(el)[0]!.focus();
    expect(label(await press('ArrowLeft', { within: el }))).to.equal('Opnieuw');
    page.remove();
  });

  it('closing a message puts focus on the toolbar, not on the page', async () => {
    const el = await mount<NaTestInstrument>('na-test-instrument');
    el.importJSON('not json');
    await el.updateComplete;
    const close = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="alert"] button')].find((b) => label(b) === 'Sluiten')!;
    close.focus();
    await press(' ', { within: el });
    expect(shadow(el).querySelector('[part~="alert"]')).to.be.null;
    expect(label(deepActiveElement())).to.equal('Ongedaan maken');
  });
});
