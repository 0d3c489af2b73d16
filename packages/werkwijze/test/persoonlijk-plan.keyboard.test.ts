/**
 * Keyboard walkthrough of <na-persoonlijk-plan>: goal, steps (add and remove), a helper taken
 * over from the network, needs and a look-back moment — focus visible after every key, never lost.
 */
import { expect } from '@open-wc/testing';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll, shadow } from '@niet-alleen/core/testing';
import '@niet-alleen/werkwijze';
import type { NaPersoonlijkPlan } from '@niet-alleen/werkwijze';
import { deepActiveElement, focusBefore, removeFocusStarts, press, typeKeys, tabTo, named, announcement } from '../../core/testing/keyboard.js';

describe('<na-persoonlijk-plan> keyboard walkthrough', () => {
  afterEach(async () => {
    unmountAll();
    removeFocusStarts();
    await setLocale('nl');
  });

  it('writes a goal and steps, takes a helper over, removes a step and adds a look-back', async () => {
    const el = await mount<NaPersoonlijkPlan>('na-persoonlijk-plan', { properties: { contacts: [{ id: 'c1', name: 'Buurvrouw Ans' }] } });
    const within = el;
    const q = (s: string) => shadow(el).querySelector<HTMLElement>(s);
    await focusBefore(el);

    await tabTo('#goal', { within });
    await typeKeys('Naar de markt', { within });
    const add = await tabTo('#add-step', { within });
    await typeKeys('Boodschappenlijst maken', { within });
    await press('Enter', { within });
    await typeKeys('Samen gaan', { within });
    await press('Enter', { within });
    expect(el.value.steps.map((s) => s.text)).to.deep.equal(['Boodschappenlijst maken', 'Samen gaan']);
    expect(await announcement(el)).to.equal('Stap toegevoegd: Samen gaan');

    await tabTo(named('Verwijder', 'button'), { within, back: true });
    await press('Enter', { within });
    expect(el.value.steps.map((s) => s.text)).to.deep.equal(['Boodschappenlijst maken']);
    expect(deepActiveElement(), 'after deleting a step, focus goes to the add field').to.equal(add);

    // The contacts from the network are offered above the plan.
    await tabTo(named('Voeg toe als helper', 'button'), { within, back: true });
    await press('Enter', { within });
    expect(el.value.helpers.map((h) => h.name)).to.deep.equal(['Buurvrouw Ans']);
    expect(deepActiveElement(), 'the button went with the suggestion: focus is on the new helper').to.equal(q(`#helper-${el.value.helpers[0]!.id}`));

    await tabTo('#needs', { within });
    await typeKeys('Een rollator', { within });

    await tabTo('#add-lookback', { within });
    await press(' ', { within });
    const lookBack = el.value.lookBacks[0]!;
    expect(deepActiveElement()).to.equal(q(`#lookback-${lookBack.id}-date`));
    await tabTo('textarea', { within });
    await typeKeys('Twee keer geweest', { within });
    expect(Object.values(el.value.lookBacks[0]!.answers)).to.include('Twee keer geweest');

    await tabTo(named('Verwijder dit terugblikmoment', 'button'), { within });
    await press('Enter', { within });
    expect(el.value.lookBacks).to.deep.equal([]);
    expect(deepActiveElement()).to.equal(q('#add-lookback'));
  });
});
