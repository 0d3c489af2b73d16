/** Keyboard walkthrough of <na-scale>: one tab stop for the group; the arrow keys choose. */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { mount, unmountAll, recordEvents } from '@niet-alleen/core/testing';
import '@niet-alleen/ui';
import { deepActiveElement, focusBefore, removeFocusStarts, press, tabTo, smallTargets } from '../../core/testing/keyboard.js';

afterEach(() => {
  unmountAll();
  removeFocusStarts();
});

const options = [
  { value: 'A', short: 'A', label: 'helemaal niet mee eens' },
  { value: 'B', short: 'B', label: 'in geringe mate mee eens' },
  { value: 'C', short: 'C', label: 'in hoge mate mee eens' },
];
describe('<na-scale> keyboard walkthrough', () => {
  it('chooses with the arrow keys and is one tab stop', async () => {
    const el = await mount<LitElement & { value: string }>('na-scale', { attributes: { legend: 'Eenzaamheid komt vooral voor bij ouderen' }, properties: { options } });
    const changes = recordEvents(el, 'change');
    await focusBefore(el);
    await tabTo('input[type="radio"]', { within: el });
    await press(' ', { within: el });
    expect(el.value).to.equal('A');
    await press('ArrowRight', { within: el });
    await press('ArrowRight', { within: el });
    expect(el.value).to.equal('C');
    await press('ArrowLeft', { within: el });
    expect(el.value).to.equal('B');
    expect(changes.length).to.be.greaterThan(2);
    // Tab leaves the group at once: the options are not three tab stops.
    await press('Tab');
    expect(deepActiveElement()!.hasAttribute('data-walkthrough-end')).to.be.true;
    expect(smallTargets(el)).to.deep.equal([]);
  });
});
