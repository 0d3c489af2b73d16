/** Keyboard walkthrough of <na-section>: no tab stop of its own; its content is reached in order. */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { mount, unmountAll } from '@niet-alleen/core/testing';
import '@niet-alleen/ui';
import { deepActiveElement, focusBefore, removeFocusStarts, press } from '../../core/testing/keyboard.js';

afterEach(() => {
  unmountAll();
  removeFocusStarts();
});

describe('<na-section> keyboard walkthrough', () => {
  it('passes Tab on to the content in document order', async () => {
    const el = await mount<LitElement>('na-section', {
      attributes: { heading: 'Volgende stap', description: 'Wat gaat u doen?' },
      children: '<na-text-field label="Notitie"></na-text-field><na-button label="Opslaan"></na-button>',
    });
    await focusBefore(el);
    const field = await press('Tab');
    expect(field.localName).to.equal('input');
    const button = await press('Tab');
    expect(button.localName).to.equal('button');
    await press('Tab');
    expect(deepActiveElement()!.hasAttribute('data-walkthrough-end')).to.be.true;
  });
});
