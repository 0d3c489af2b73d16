/** Keyboard walkthrough of <na-error-summary>: its links lead, with Enter, to the field with the problem. */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { mount, unmountAll } from '@niet-alleen/core/testing';
import '@niet-alleen/ui';
import { deepActiveElement, removeFocusStarts, press, isInside } from '../../core/testing/keyboard.js';

afterEach(() => {
  unmountAll();
  removeFocusStarts();
});

describe('<na-error-summary> keyboard walkthrough', () => {
  it('Enter on a link moves focus to the field', async () => {
    const wrap = document.createElement('div');
    document.body.append(wrap);
    const summary = await mount<LitElement>('na-error-summary', { properties: { errors: [{ id: 'telefoon', message: 'Telefoon: dit is geen telefoonnummer' }] }, parent: wrap });
    const field = await mount<LitElement>('na-text-field', { attributes: { id: 'telefoon', label: 'Telefoon', error: 'Dit is geen telefoonnummer' }, parent: wrap });
    summary.focus();
    await press('Tab', { within: summary });
    expect(deepActiveElement()!.localName).to.equal('a');
    await press('Enter', { within: wrap });
    expect(isInside(deepActiveElement(), field)).to.be.true;
    expect(deepActiveElement()!.localName).to.equal('input');
    wrap.remove();
  });
});
