/** Keyboard walkthrough of <na-empty-state>: text only, so no tab stop; Tab goes past it. */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { mount, unmountAll } from '@niet-alleen/core/testing';
import '@niet-alleen/ui';
import { deepActiveElement, focusBefore, removeFocusStarts, press } from '../../core/testing/keyboard.js';

afterEach(() => {
  unmountAll();
  removeFocusStarts();
});

describe('<na-empty-state> keyboard walkthrough', () => {
  it('is skipped by Tab and Shift+Tab', async () => {
    const el = await mount<LitElement>('na-empty-state', { attributes: { heading: 'Nog niets aangekruist.', description: 'Ook een niet-pluis-gevoel is genoeg.' } });
    await focusBefore(el);
    await press('Tab');
    expect(deepActiveElement()!.hasAttribute('data-walkthrough-end')).to.be.true;
    await press('Shift+Tab');
    expect(deepActiveElement()!.hasAttribute('data-walkthrough-start')).to.be.true;
  });
});
