/** Keyboard walkthrough of <na-button>: Tab reaches it, Enter and Space press it; disabled stays reachable but does nothing. */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { mount, unmountAll, recordEvents } from '@niet-alleen/core/testing';
import '@niet-alleen/ui';
import { deepActiveElement, focusBefore, removeFocusStarts, press, tabTo, isInside, smallTargets } from '../../core/testing/keyboard.js';

afterEach(() => {
  unmountAll();
  removeFocusStarts();
});

describe('<na-button> keyboard walkthrough', () => {
  it('is pressed with Enter and Space, and a disabled one is reachable but inert', async () => {
    const wrap = document.createElement('div');
    document.body.append(wrap);
    const el = await mount<LitElement>('na-button', { attributes: { label: 'Opslaan' }, parent: wrap });
    const off = await mount<LitElement>('na-button', { attributes: { label: 'Verwijder', disabled: '' }, parent: wrap });
    const clicks = recordEvents(el, 'click');
    const offClicks = recordEvents(off, 'click');
    await focusBefore(wrap);
    const inner = await tabTo((e) => isInside(e, el));
    await press('Enter');
    await press(' ');
    expect(clicks).to.have.length(2);
    expect(deepActiveElement()).to.equal(inner);
    await press('Tab');
    expect(isInside(deepActiveElement(), off), 'the disabled button is still a tab stop').to.be.true;
    expect(deepActiveElement()!.getAttribute('aria-disabled')).to.equal('true');
    await press('Enter');
    expect(offClicks, 'a disabled button fires no click').to.have.length(0);
    expect(smallTargets(wrap)).to.deep.equal([]);
    await press('Shift+Tab');
    expect(deepActiveElement()).to.equal(inner);
    wrap.remove();
  });
});
