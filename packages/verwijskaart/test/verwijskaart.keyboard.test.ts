/**
 * Keyboard walkthroughs of <na-verwijskaart>: the viewer (read the card, follow a link, remove
 * the signal marking) and the editor (area, steps, an option with a signal group, an error, a
 * step moved and removed, preview and back) — focus visible after every key, never lost.
 */
import { expect } from '@open-wc/testing';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll, shadow } from '@niet-alleen/core/testing';
import '@niet-alleen/verwijskaart';
import { verwijskaartExample, type NaVerwijskaart } from '@niet-alleen/verwijskaart';
import { deepActiveElement, focusBefore, removeFocusStarts, press, typeKeys, tabTo, tabStops, named, announcement } from '../../core/testing/keyboard.js';

describe('<na-verwijskaart> keyboard walkthrough', () => {
  afterEach(async () => {
    unmountAll();
    removeFocusStarts();
    await setLocale('nl');
  });

  it('viewer: every link and button is a visible tab stop; the signal marking can be removed', async () => {
    const el = await mount<NaVerwijskaart>('na-verwijskaart', { properties: { value: structuredClone(verwijskaartExample) } });
    el.signals = ['sociaal'];
    await el.updateComplete;
    const stops = await tabStops(el);
    expect(stops.some((s) => s.localName === 'a'), 'the links of the options are tab stops').to.be.true;
    expect(stops.map((s) => s.textContent!.trim())).to.include.members(['Markering weghalen', 'Afdrukken']);

    await focusBefore(el);
    await tabTo(named('Markering weghalen', 'button'), { within: el });
    // The button goes away with the notice: focus moves to the heading of the options.
    await press('Enter', { within: el });
    expect(el.signals).to.deep.equal([]);
    expect(deepActiveElement()?.id).to.equal('options-heading');
    expect(await announcement(el)).to.equal('De markering is weg.');
  });

  it('editor: fills in the card, moves and removes a step, previews and returns to editing', async () => {
    const el = await mount<NaVerwijskaart>('na-verwijskaart', { attributes: { mode: 'edit' } });
    const within = el;
    const q = (s: string) => shadow(el).querySelector<HTMLElement>(s);
    await focusBefore(el);

    await tabTo('#area', { within });
    await typeKeys('Wijk West', { within });
    await tabTo('#add-step', { within });
    await typeKeys('Bespreek het met de persoon.', { within });
    await press('Enter', { within });
    await typeKeys('Bel de buurtcoach.', { within });
    await press('Enter', { within });
    expect(el.value.steps.map((s) => s.text)).to.deep.equal(['Bespreek het met de persoon.', 'Bel de buurtcoach.']);

    // Move the first step down; focus stays on the button, which moved along.
    const [first] = el.value.steps;
    await tabTo(`#step-${first!.id}-down`, { within, back: true });
    await press('Enter', { within });
    expect(el.value.steps.map((s) => s.id).at(-1)).to.equal(first!.id);
    expect(deepActiveElement()).to.equal(q(`#step-${first!.id}-down`));
    // It is last now: 'Omlaag' is disabled but stays focusable (aria-disabled), so focus is not lost.
    expect(deepActiveElement()!.getAttribute('aria-disabled')).to.equal('true');
    await tabTo(named('Verwijder stap', 'button'), { within });
    await press('Enter', { within });
    expect(el.value.steps).to.have.length(1);
    expect(deepActiveElement()).to.equal(q(`#step-${el.value.steps[0]!.id}`));

    // An option: focus goes into its first field; a signal group with Space.
    await tabTo('#add-option', { within });
    await press('Enter', { within });
    const option = el.value.options[0]!;
    expect(deepActiveElement()).to.equal(q(`#option-${option.id}-text`));
    await typeKeys('Buurtkamer', { within });
    await tabTo(named('Sociale signalen'), { within });
    await press(' ', { within });
    expect(el.value.options[0]!.signalGroups).to.deep.equal(['sociaal']);

    // A wrong phone number: the error shows after leaving the field.
    await tabTo('#contact-phone', { within });
    await typeKeys('12ab', { within });
    await press('Tab', { within });
    expect(q('#contact-phone')!.getAttribute('aria-invalid')).to.equal('true');

    // Preview with a wrong field: the error summary gets focus; its link leads to the field.
    await tabTo(named('Bekijk de kaart', 'button'), { within });
    await press('Enter', { within });
    expect(deepActiveElement()!.matches('.na-error-summary')).to.be.true;
    await tabTo('.na-error-summary a', { within });
    await press('Enter', { within });
    expect(deepActiveElement()).to.equal(q('#contact-phone'));
    for (let i = 0; i < 4; i++) await press('Backspace', { within });
    await press('Tab', { within });
    expect(q('#contact-phone')!.hasAttribute('aria-invalid')).to.be.false;

    // Preview, then back: focus lands on 'Terug naar bewerken', then in the editor again.
    await tabTo(named('Bekijk de kaart', 'button'), { within });
    await press('Enter', { within });
    expect(deepActiveElement()?.id).to.equal('back-to-editor');
    await press('Enter', { within });
    expect(q('[part~="editor"]')).to.exist;
  });
});
