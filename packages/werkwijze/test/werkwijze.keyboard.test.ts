/**
 * Keyboard walkthrough of <na-werkwijze>: the six phases as tabs (arrow keys, Home, End), Tab into
 * the panel and work in the instrument there, Shift+Tab back to the tab — focus visible, never lost.
 */
import { expect } from '@open-wc/testing';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll, shadow } from '@niet-alleen/core/testing';
import '@niet-alleen/werkwijze';
import type { NaWerkwijze } from '@niet-alleen/werkwijze';
import { deepActiveElement, focusBefore, removeFocusStarts, press, tabTo, named } from '../../core/testing/keyboard.js';

describe('<na-werkwijze> keyboard walkthrough', () => {
  afterEach(async () => {
    unmountAll();
    removeFocusStarts();
    await setLocale('nl');
  });

  it('goes through the phases with the arrow keys and fills in the signaleringskaart of phase 1', async () => {
    const el = await mount<NaWerkwijze>('na-werkwijze');
    const within = el;
    await focusBefore(el);

    // One tab stop for the tab list: the selected phase.
    const first = await tabTo('[role="tab"]', { within });
    expect(first.getAttribute('aria-selected')).to.equal('true');
    await press('ArrowRight', { within });
    expect(el.phase).to.equal('bespreekbaar-maken');
    expect(deepActiveElement()?.getAttribute('aria-selected')).to.equal('true');
    await press('End', { within });
    expect(el.phase).to.equal('terug-en-vooruitblikken');
    await press('Home', { within });
    expect(el.phase).to.equal('herkennen');

    // Into the panel, into the signaleringskaart inside it, and mark a signal.
    await tabTo(named('slaapproblemen'), { within });
    await press(' ', { within });
    expect(el.value.instruments.signaleringskaart?.marked).to.deep.equal(['slaapproblemen']);

    // Shift+Tab goes back up to the selected tab, not to the other tabs.
    const tab = await tabTo('[role="tab"]', { within, back: true });
    expect(tab.id).to.equal('tab-herkennen');
    expect(shadow(el).activeElement).to.equal(tab);
  });
});
