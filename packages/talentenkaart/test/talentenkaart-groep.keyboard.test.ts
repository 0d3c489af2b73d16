/**
 * Keyboard walkthrough of <na-talentenkaart-groep>: add people, fill their cards, make an action
 * from a shared wish, remove an action and a person — focus visible and never lost.
 */
import { expect } from '@open-wc/testing';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll, shadow } from '@niet-alleen/core/testing';
import '@niet-alleen/talentenkaart';
import type { NaTalentenkaartGroep } from '@niet-alleen/talentenkaart';
import { deepActiveElement, focusBefore, removeFocusStarts, press, typeKeys, tabTo, named, announcement } from '../../core/testing/keyboard.js';

describe('<na-talentenkaart-groep> keyboard walkthrough', () => {
  afterEach(async () => {
    unmountAll();
    removeFocusStarts();
    await setLocale('nl');
  });

  it('adds two people, writes shared wishes, turns them into an action, removes the action and a person', async () => {
    const el = await mount<NaTalentenkaartGroep>('na-talentenkaart-groep');
    const within = el;
    await focusBefore(el);

    const add = await tabTo('#add-person', { within });
    await typeKeys('Anna', { within });
    await press('Enter', { within });
    await typeKeys('Bram', { within });
    await press('Enter', { within });
    expect(el.value.people.map((p) => p.name)).to.deep.equal(['Anna', 'Bram']);
    expect(deepActiveElement(), 'focus stays in the add field').to.equal(add);
    expect(await announcement(el)).to.equal('Toegevoegd: Bram');

    const [anna, bram] = el.value.people;
    await tabTo(`#p-${anna!.id}-wish1-wish`, { within });
    await typeKeys('samen wandelen in het park', { within });
    await tabTo(`#p-${bram!.id}-wish1-wish`, { within });
    await typeKeys('wandelen met de hond', { within });

    // The shared wish is suggested; 'Maak hier een actie van' puts focus in the new action.
    await tabTo(named('Maak hier een actie van', 'button'), { within });
    await press('Enter', { within });
    expect(el.value.actions).to.have.length(1);
    const action = el.value.actions[0]!;
    expect(deepActiveElement()).to.equal(shadow(el).querySelector(`#action-${action.id}-text`));
    await tabTo(`#action-${action.id}-needs`, { within });
    await typeKeys('een vaste dag', { within });
    expect(el.value.actions[0]!.needs).to.equal('een vaste dag');

    // Remove the action: focus goes to 'Actie toevoegen'.
    await tabTo(named('Verwijder actie 1', 'button'), { within });
    await press('Enter', { within });
    expect(el.value.actions).to.have.length(0);
    expect(deepActiveElement()).to.equal(shadow(el).querySelector('#add-action'));

    // Remove a person: focus goes back to the add field.
    await tabTo(named('Verwijder Bram', 'button'), { within, back: true });
    await press('Enter', { within });
    expect(el.value.people.map((p) => p.name)).to.deep.equal(['Anna']);
    expect(deepActiveElement()).to.equal(shadow(el).querySelector('#add-person'));
    expect(await announcement(el)).to.match(/^Verwijderd: Bram/);
  });
});
