/** Keyboard walkthrough of <na-checkbox>: Space checks and unchecks; the whole row is the target. */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { mount, unmountAll, recordEvents } from '@niet-alleen/core/testing';
import '@niet-alleen/ui';
import { focusBefore, removeFocusStarts, press, tabTo, smallTargets } from '../../core/testing/keyboard.js';

afterEach(() => {
  unmountAll();
  removeFocusStarts();
});

describe('<na-checkbox> keyboard walkthrough', () => {
  it('checks and unchecks with Space', async () => {
    const el = await mount<LitElement & { checked: boolean }>('na-checkbox', { attributes: { label: 'slaapproblemen' } });
    const changes = recordEvents(el, 'change');
    await focusBefore(el);
    await tabTo('input[type="checkbox"]', { within: el });
    await press(' ', { within: el });
    expect(el.checked).to.be.true;
    await press(' ', { within: el });
    expect(el.checked).to.be.false;
    expect(changes).to.have.length(2);
    expect(smallTargets(el)).to.deep.equal([]);
  });
});
