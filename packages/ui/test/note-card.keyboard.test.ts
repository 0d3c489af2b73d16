/** Keyboard walkthrough of <na-note-card>: the note itself is no tab stop; its action buttons are. */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { mount, unmountAll, recordEvents } from '@niet-alleen/core/testing';
import '@niet-alleen/ui';
import { focusBefore, removeFocusStarts, press, isInside } from '../../core/testing/keyboard.js';

afterEach(() => {
  unmountAll();
  removeFocusStarts();
});

describe('<na-note-card> keyboard walkthrough', () => {
  it('reaches and presses the slotted action', async () => {
    const el = await mount<LitElement>('na-note-card', {
      attributes: { text: 'samen een nieuwsbrief', author: 'Anna' },
      children: '<na-button slot="actions" variant="subtle" label="Verwijder"></na-button>',
    });
    const action = el.querySelector('na-button')!;
    const clicks = recordEvents(action, 'click');
    await focusBefore(el);
    const first = await press('Tab');
    expect(isInside(first, action), 'the first tab stop is the action, not the note').to.be.true;
    await press('Enter');
    expect(clicks).to.have.length(1);
  });
});
