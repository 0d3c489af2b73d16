/**
 * Keyboard walkthrough of <na-interesses-waarden>: mark interests (Enter/Space cycles leuk →
 * hekel → neutraal), move through the grid with the arrow keys, add an own interest and answer
 * the value questions — focus visible and never lost.
 */
import { expect } from '@open-wc/testing';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll, shadow } from '@niet-alleen/core/testing';
import '@niet-alleen/talentenkaart';
import type { NaInteressesWaarden } from '@niet-alleen/talentenkaart';
import { deepActiveElement, focusBefore, removeFocusStarts, press, typeKeys, tabTo, announcement } from '../../core/testing/keyboard.js';

describe('<na-interesses-waarden> keyboard walkthrough', () => {
  afterEach(async () => {
    unmountAll();
    removeFocusStarts();
    await setLocale('nl');
  });

  it('marks interests, moves with arrows, adds an own interest and fills in its value', async () => {
    const el = await mount<NaInteressesWaarden>('na-interesses-waarden');
    const within = el;
    const mark = (id: string) => el.value.interests.find((e) => e.id === id)?.mark ?? 'neutraal';
    await focusBefore(el);

    await tabTo('#interest-tuinieren', { within });
    await press('Enter', { within });
    expect(mark('tuinieren')).to.equal('leuk');
    expect(await announcement(el)).to.equal('Tuinieren: vind ik leuk');
    // Arrow right goes to the next interest in the row, arrow down to the one below.
    await press('ArrowRight', { within });
    expect(deepActiveElement()?.id).to.equal('interest-gamen');
    await press(' ', { within });
    await press(' ', { within });
    expect(mark('gamen')).to.equal('hekel');
    await press('ArrowLeft', { within });
    expect(deepActiveElement()?.id).to.equal('interest-tuinieren');
    await press('ArrowDown', { within });
    const below = deepActiveElement()!;
    expect(below.id).to.match(/^interest-/);
    expect(below.getBoundingClientRect().top).to.be.greaterThan(shadow(el).querySelector('#interest-tuinieren')!.getBoundingClientRect().bottom - 1);
    await press('ArrowUp', { within });
    expect(deepActiveElement()?.id).to.equal('interest-tuinieren');

    // An own interest: type its name; it then becomes a button to mark.
    await tabTo('#text-eigen-1', { within });
    await typeKeys('Volkstuin', { within });
    await press('Tab', { within });
    expect(deepActiveElement()?.id).to.equal('interest-eigen-1');
    await press('Enter', { within });
    expect(mark('eigen-1')).to.equal('leuk');

    // The value questions for a marked interest.
    await tabTo('#value-tuinieren', { within });
    await typeKeys('rust', { within });
    await tabTo('#meaning-tuinieren', { within });
    await typeKeys('even niets hoeven', { within });
    const tuinieren = el.value.interests.find((e) => e.id === 'tuinieren')!;
    expect([tuinieren.value, tuinieren.meaning]).to.deep.equal(['rust', 'even niets hoeven']);
  });
});
