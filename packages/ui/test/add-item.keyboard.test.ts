/** Keyboard walkthrough of <na-add-item>: type, Enter adds, focus stays for the next one; empty Enter adds nothing. */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { mount, unmountAll, recordEvents } from '@niet-alleen/core/testing';
import '@niet-alleen/ui';
import { deepActiveElement, focusBefore, removeFocusStarts, press, typeKeys, tabTo } from '../../core/testing/keyboard.js';

afterEach(() => {
  unmountAll();
  removeFocusStarts();
});

describe('<na-add-item> keyboard walkthrough', () => {
  it('adds with Enter and with the button, and keeps focus in the field', async () => {
    const el = await mount<LitElement>('na-add-item', { attributes: { label: 'Eigen signaal', 'button-label': 'Toevoegen' } });
    const added = recordEvents<CustomEvent<{ text: string }>>(el, 'na-add');
    await focusBefore(el);
    const field = await tabTo('input', { within: el });
    await press('Enter', { within: el });
    expect(added, 'nothing to add').to.have.length(0);
    await typeKeys('piekert veel', { within: el });
    await press('Enter', { within: el });
    expect(deepActiveElement()).to.equal(field);
    await typeKeys('slaapt slecht', { within: el });
    await press('Tab', { within: el });
    await press(' ', { within: el });
    expect(added.map((e) => e.detail.text)).to.deep.equal(['piekert veel', 'slaapt slecht']);
    expect(deepActiveElement(), 'after the button, focus is back in the field').to.equal(field);
  });
});
