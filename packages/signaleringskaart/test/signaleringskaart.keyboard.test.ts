/**
 * Keyboard walkthrough: the signaleringskaart filled in from start to end with the keyboard
 * alone. After every key, focus must be visible (≥ 2 px indicator) and never lost to <body>.
 */
import { expect } from '@open-wc/testing';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll, recordEvents } from '@niet-alleen/core/testing';
import { deepActiveElement, focusBefore, removeFocusStarts, press, typeKeys, tabTo, named, announcement } from '../../core/testing/keyboard.js';
import '@niet-alleen/signaleringskaart';
import type { NaSignaleringskaart } from '@niet-alleen/signaleringskaart';

describe('<na-signaleringskaart> keyboard walkthrough', () => {
  afterEach(async () => {
    unmountAll();
    removeFocusStarts();
    await setLocale('nl');
  });

  it('marks signals, adds and removes an own signal, writes a note, chooses the next step and passes it on', async () => {
    const el = await mount<NaSignaleringskaart>('na-signaleringskaart');
    const forwards = recordEvents(el, 'na-signal-forward');
    const within = el;
    await focusBefore(el);

    // The first tab stop is the guidance ("Hoe gebruikt u deze kaart?"): Enter opens it.
    const summary = await tabTo('summary', { within });
    await press('Enter', { within });
    expect(summary.parentElement!.hasAttribute('open'), 'guidance opens with Enter').to.be.true;

    await tabTo(named('verslechterde zelfzorg'), { within });
    await press(' ', { within });
    await press('Tab', { within });
    await press(' ', { within });
    expect(el.value.marked).to.deep.equal(['verslechterde-zelfzorg', 'vermoeidheid']);
    await press(' ', { within });
    expect(el.value.marked, 'Space again unmarks').to.deep.equal(['verslechterde-zelfzorg']);

    // Own signal: type in the group's add field and press Enter; focus stays for the next one.
    const add = await tabTo('#add-lichamelijk', { within });
    await typeKeys('duizelig', { within });
    await press('Enter', { within });
    expect(el.value.own.map((o) => o.text)).to.deep.equal(['duizelig']);
    expect(deepActiveElement()).to.equal(add);
    expect(await announcement(el)).to.equal('Toegevoegd: duizelig');

    // Remove it again: Shift+Tab to its 'Verwijder' button; focus returns to the add field.
    await tabTo(named('Verwijder', 'button'), { within, back: true });
    await press('Enter', { within });
    expect(el.value.own).to.deep.equal([]);
    expect(deepActiveElement(), 'focus after deleting goes to the group\'s add field').to.equal(add);
    expect(await announcement(el)).to.match(/^Verwijderd: duizelig/);

    await tabTo('#notes', { within });
    await typeKeys('Buurvrouw maakt zich zorgen.', { within });
    expect(el.value.notes).to.equal('Buurvrouw maakt zich zorgen.');

    // Next step: Tab into the radio group, the arrow key chooses.
    await tabTo(named('Ik ga het gesprek aan met de persoon'), { within });
    await press(' ', { within });
    expect(el.value.nextStep).to.equal('gesprek');
    await press('ArrowDown', { within });
    expect(el.value.nextStep).to.equal('doorgeven');
    await tabTo(named('Geef het signaal door', 'button'), { within });
    await press('Enter', { within });
    expect(forwards).to.have.length(1);

    // Undo in the toolbar, by keyboard.
    await tabTo(named('Ongedaan maken', 'button'), { within });
    await press('Enter', { within });
    expect(el.value.nextStep).to.equal('doorgeven'); // undoes the commit of passing on (same value), then:
    await press('Enter', { within });
    expect(el.value.nextStep).to.equal('gesprek');

    // Shift+Tab walks back out of the element without getting stuck.
    await tabTo((e) => e.hasAttribute('data-walkthrough-start'), { back: true });
  });

  it('readonly: every signal can be reached and read, nothing changes', async () => {
    const el = await mount<NaSignaleringskaart>('na-signaleringskaart', {
      attributes: { readonly: '' },
      properties: { value: { schemaVersion: 1, marked: ['vermoeidheid'], own: [], notes: '', nextStep: null } },
    });
    await focusBefore(el);
    await tabTo('summary', { within: el });
    // Disabled checkboxes are no tab stops; the next stop is after the card.
    await tabTo('[data-walkthrough-end]');
    expect(el.value.marked).to.deep.equal(['vermoeidheid']);
  });
});
