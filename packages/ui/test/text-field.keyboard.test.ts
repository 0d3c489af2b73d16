/** Keyboard walkthrough of <na-text-field>: Tab in, type, Tab out; the value and events follow. */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { mount, unmountAll, recordEvents } from '@niet-alleen/core/testing';
import '@niet-alleen/ui';
import { deepActiveElement, focusBefore, removeFocusStarts, press, typeKeys, tabTo } from '../../core/testing/keyboard.js';

afterEach(() => {
  unmountAll();
  removeFocusStarts();
});

describe('<na-text-field> keyboard walkthrough', () => {
  it('takes typed text and lets Tab and Shift+Tab through', async () => {
    const el = await mount<LitElement & { value: string }>('na-text-field', { attributes: { label: 'Naam', description: 'Zoals de persoon genoemd wil worden' } });
    const inputs = recordEvents(el, 'input');
    const changes = recordEvents(el, 'change');
    await focusBefore(el);
    await tabTo('input', { within: el });
    await typeKeys('Joke', { within: el });
    expect(el.value).to.equal('Joke');
    expect(inputs.length).to.be.greaterThan(0);
    await press('Tab');
    expect(changes).to.have.length(1);
    await press('Shift+Tab', { within: el });
    await press('Shift+Tab');
    expect(deepActiveElement()!.hasAttribute('data-walkthrough-start')).to.be.true;
  });

  it('multiline: Enter makes a new line instead of leaving the field', async () => {
    const el = await mount<LitElement & { value: string }>('na-text-field', { attributes: { label: 'Notitie', multiline: '' } });
    await focusBefore(el);
    await tabTo('textarea', { within: el });
    await typeKeys('een', { within: el });
    await press('Enter', { within: el });
    await typeKeys('twee', { within: el });
    expect(el.value).to.equal('een\ntwee');
  });
});
