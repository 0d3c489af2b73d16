/**
 * Keyboard walkthrough of <na-netwerkkaart>: add contacts with the form, find them on the map,
 * pick one up and move it (the non-drag alternative, SC 2.5.7), edit it, connect two contacts,
 * close the editor with Escape and delete — focus visible after every key, never lost.
 */
import { expect } from '@open-wc/testing';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll, shadow } from '@niet-alleen/core/testing';
import '@niet-alleen/netwerkkaart';
import type { NaNetwerkkaart } from '@niet-alleen/netwerkkaart';
import { deepActiveElement, focusBefore, removeFocusStarts, press, typeKeys, tabTo, named, announcement } from '../../core/testing/keyboard.js';

describe('<na-netwerkkaart> keyboard walkthrough', () => {
  afterEach(async () => {
    unmountAll();
    removeFocusStarts();
    await setLocale('nl');
  });

  it('adds, moves, edits, connects and removes contacts with the keyboard alone', async () => {
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart');
    const within = el;
    const contact = (name: string) => el.value.contacts.find((c) => c.name === name)!;
    const onMap = (name: string) => shadow(el).querySelector<SVGGElement>(`g.contact[data-id="${contact(name).id}"]`)!;
    await focusBefore(el);

    // Add two contacts with the form: Enter in the name field adds; the selects take the arrow keys.
    const add = await tabTo('#add-name', { within });
    await typeKeys('Ria', { within });
    await press('Enter', { within });
    expect(deepActiveElement(), 'focus stays in the name field').to.equal(add);
    expect(await announcement(el)).to.equal('Toegevoegd: Ria');
    await typeKeys('Buurthuis De Brug', { within });
    await tabTo('#add-kind', { within });
    await press('ArrowDown', { within });
    await tabTo('#add-ring', { within });
    await press('ArrowDown', { within });
    // Enter in a select does not submit a form: the button does.
    await tabTo(named('Contact toevoegen', 'button'), { within });
    await press('Enter', { within });
    expect(el.value.contacts.map((c) => c.name)).to.deep.equal(['Ria', 'Buurthuis De Brug']);
    expect(contact('Buurthuis De Brug').kind).to.not.equal('persoon');
    expect(contact('Buurthuis De Brug').ring).to.equal(2);

    // The map: one tab stop; arrows go from contact to contact.
    await tabTo('g.contact', { within, back: true });
    const first = deepActiveElement()!;
    await press('ArrowRight', { within });
    expect(deepActiveElement()).to.not.equal(first);
    await press('Home', { within });
    expect(deepActiveElement()).to.equal(onMap('Ria'));

    // Pick up with Space, further away with ArrowDown, put down with Space.
    const ringBefore = contact('Ria').ring;
    await press(' ', { within });
    expect(onMap('Ria').getAttribute('aria-pressed')).to.equal('true');
    expect(await announcement(el)).to.match(/^Ria is opgepakt\./);
    await press('ArrowDown', { within });
    expect(contact('Ria').ring).to.equal(ringBefore + 1);
    expect(deepActiveElement(), 'focus stays on the moved contact').to.equal(onMap('Ria'));
    await press(' ', { within });
    expect(onMap('Ria').hasAttribute('aria-pressed')).to.be.false;

    // Enter opens the editor with focus in the name; tick a kind of support; Escape returns focus.
    await press('Enter', { within });
    expect(deepActiveElement()?.id).to.equal('edit-name');
    await press('End', { within });
    await typeKeys(' (buurvrouw)', { within });
    await tabTo('#edit-support-praktisch', { within });
    await press(' ', { within });
    expect(contact('Ria (buurvrouw)').support).to.deep.equal(['praktisch']);
    await press('Escape', { within });
    expect(shadow(el).querySelector('#edit-name')).to.be.null;
    expect(deepActiveElement()).to.equal(onMap('Ria (buurvrouw)'));

    // Connect: editor → 'Verbind met een ander contact' → arrow to the other one → Enter.
    await press('Enter', { within });
    await tabTo(named('Verbind met een ander contact', 'button'), { within });
    await press('Enter', { within });
    expect(deepActiveElement()).to.equal(onMap('Ria (buurvrouw)'));
    await press('ArrowRight', { within });
    await press('Enter', { within });
    expect(el.value.ties).to.have.length(1);
    expect(await announcement(el)).to.equal('Verbonden: Ria (buurvrouw) en Buurthuis De Brug.');

    // Delete on the map: focus goes to the remaining contact; after the last one, to the form.
    await press('Delete', { within });
    expect(el.value.contacts).to.have.length(1);
    expect(deepActiveElement()).to.equal(onMap('Ria (buurvrouw)'));
    await press('Delete', { within });
    expect(el.value.contacts).to.have.length(0);
    expect(deepActiveElement()?.id).to.equal('add-name');
  });
});
