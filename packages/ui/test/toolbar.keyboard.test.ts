/** Keyboard walkthrough of <na-toolbar>: one tab stop, arrow keys between buttons, Home and End, Tab leaves. */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { mount, unmountAll } from '@niet-alleen/core/testing';
import '@niet-alleen/ui';
import { deepActiveElement, focusBefore, removeFocusStarts, press, isInside } from '../../core/testing/keyboard.js';

afterEach(() => {
  unmountAll();
  removeFocusStarts();
});

describe('<na-toolbar> keyboard walkthrough', () => {
  it('moves with arrows, Home and End, and remembers the last button', async () => {
    const el = await mount<LitElement>('na-toolbar', {
      attributes: { label: 'Acties' },
      children: '<na-button label="Afdrukken"></na-button><na-button label="Bewaar als bestand"></na-button><na-button label="Leegmaken" disabled></na-button>',
    });
    const [print, save, empty] = [...el.querySelectorAll('na-button')];
    await focusBefore(el);
    await press('Tab');
    expect(isInside(deepActiveElement(), print!)).to.be.true;
    await press('ArrowRight', { within: el });
    expect(isInside(deepActiveElement(), save!)).to.be.true;
    await press('End', { within: el });
    expect(isInside(deepActiveElement(), empty!), 'a disabled na-button stays reachable').to.be.true;
    await press('ArrowRight', { within: el });
    expect(isInside(deepActiveElement(), print!), 'wraps around').to.be.true;
    await press('ArrowLeft', { within: el });
    await press('Home', { within: el });
    expect(isInside(deepActiveElement(), print!)).to.be.true;
    await press('ArrowRight', { within: el });
    await press('Tab');
    expect(deepActiveElement()!.hasAttribute('data-walkthrough-end'), 'one tab stop: Tab leaves the toolbar').to.be.true;
    await press('Shift+Tab');
    expect(isInside(deepActiveElement(), save!), 'Shift+Tab returns to the last used button').to.be.true;
  });
});
