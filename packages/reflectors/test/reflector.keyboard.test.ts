/**
 * Keyboard walkthroughs of every reflector: each statement answered with the arrow keys, a
 * comment typed, 'Hier wil ik over praten' ticked, an own statement added and removed, a second
 * filling started, the fillings compared and a filling removed — with the keyboard alone.
 * After every key, focus must be visible (≥ 2 px indicator) and never lost to <body>.
 */
import { expect } from '@open-wc/testing';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll, shadow } from '@niet-alleen/core/testing';
import '@niet-alleen/reflectors';
import { exampleReflectorDefinition, type NaReflector } from '@niet-alleen/reflectors';
import { deepActiveElement, focusBefore, removeFocusStarts, press, typeKeys, tabTo, named, announcement } from '../../core/testing/keyboard.js';

const statementTags = ['na-reflector-vooroordelen', 'na-reflector-eenzaamheid', 'na-reflector-ondersteuningsvaardigheden', 'na-feedbackformulier', 'na-reflector'];

async function create(tag: string): Promise<NaReflector> {
  const el = await mount<NaReflector>(tag);
  if (tag === 'na-reflector') {
    el.definition = exampleReflectorDefinition;
    await el.updateComplete;
  }
  return el;
}

describe('reflectors keyboard walkthrough', () => {
  afterEach(async () => {
    unmountAll();
    removeFocusStarts();
    await setLocale('nl');
  });

  for (const tag of statementTags) {
    it(`<${tag}>: answers every statement, adds and removes an own statement, starts a second filling and compares`, async () => {
      const el = await create(tag);
      const within = el;
      const d = el.definition;
      const statements = d.statements ?? [];
      await focusBefore(el);

      for (const [i, s] of statements.entries()) {
        const step = `statement ${i + 1}`;
        if (d.scale) {
          // Tab reaches the row's first option; the arrow key moves to the next one and chooses it.
          const radio = await tabTo((e) => (e as HTMLInputElement).name === `scale-s-${s.id}`, { within, step });
          expect(radio, step).to.equal(shadow(el).querySelector(`input[name="scale-s-${s.id}"]`));
          await press('ArrowRight', { within, step });
          if (i === 0) await press('ArrowLeft', { within, step });
        }
        if (d.comment && i === 0) {
          await tabTo(`#comment-s-${s.id}`, { within, step });
          await typeKeys('Dit wil ik bespreken', { within, step });
        }
        if (i === 1 && d.talk !== false) {
          await tabTo(`#talk-s-${s.id}`, { within, step });
          await press(' ', { within, step });
        }
      }
      const moment = () => el.value.moments.at(-1)!;
      if (d.scale) {
        const options = d.scale.options.map((o) => o.value);
        expect(statements.map((s) => moment().answers[s.id]?.choice), 'every statement answered').to.deep.equal(
          statements.map((_, i) => (i === 0 ? options[0] : options[1])),
        );
      }
      if (d.comment) expect(moment().answers[statements[0]!.id]!.comment).to.equal('Dit wil ik bespreken');
      if (d.talk !== false) expect(moment().answers[statements[1]!.id]!.talk).to.be.true;

      if (d.own) {
        const add = await tabTo('#add-own', { within });
        await typeKeys('Mijn eigen stelling', { within });
        await press('Enter', { within });
        expect(moment().own.map((o) => o.text)).to.deep.equal(['Mijn eigen stelling']);
        expect(deepActiveElement(), 'focus stays in the add field').to.equal(add);
        expect(await announcement(el)).to.equal('Toegevoegd: Mijn eigen stelling');
        await tabTo(named('Verwijder', 'button'), { within, back: true });
        await press('Enter', { within });
        expect(moment().own).to.deep.equal([]);
        expect(deepActiveElement(), 'after deleting, focus goes to the add field').to.equal(add);
      }

      // A second filling: focus goes to its date; the first one stays.
      await tabTo(named('Nieuwe invulling beginnen', 'button'), { within, back: true });
      await press('Enter', { within });
      expect(el.value.moments).to.have.length(2);
      expect(deepActiveElement()).to.equal(shadow(el).querySelector('#moment-date'));
      expect(await announcement(el)).to.match(/^Een nieuwe invulling is begonnen/);

      // Compare: a toggle button (aria-pressed), then the table can be scrolled by keyboard.
      const compare = await tabTo(named('Vergelijk de invullingen', 'button'), { within, back: true });
      await press('Enter', { within });
      expect(compare.getAttribute('aria-pressed')).to.equal('true');
      expect(shadow(el).querySelector('[part~="comparison"]')).to.exist;
      await tabTo('.table-scroll[tabindex="0"]', { within });
      // Both fillings are of today: the second is named '2e invulling van …'.
      await tabTo(named(/^2e invulling van /, 'button'), { within, back: true });
      await press('Enter', { within });
      expect(shadow(el).querySelector('[part~="comparison"]')).to.be.null;

      // Remove the shown filling: focus goes to the list of fillings, not to <body>.
      await tabTo(named('Verwijder deze invulling', 'button'), { within });
      await press('Enter', { within });
      expect(el.value.moments).to.have.length(1);
      expect(deepActiveElement()).to.equal(shadow(el).querySelector('[part~="moments"] button'));
    });
  }

  it('<na-reflector-bekend-besluiten-bereiken>: writes in each column, removes an entry, focus stays in the column', async () => {
    const el = await create('na-reflector-bekend-besluiten-bereiken');
    const within = el;
    await focusBefore(el);
    const columns = (el.definition.columns ?? []).map((c) => c.id);
    expect(columns).to.have.length(3);
    for (const column of columns) {
      await tabTo(`#add-${column}`, { within });
      await typeKeys(`Iets bij ${column}`, { within });
      await press('Enter', { within });
      await typeKeys(`Nog iets bij ${column}`, { within });
      await press('Enter', { within });
    }
    const moment = () => el.value.moments.at(-1)!;
    expect(columns.map((c) => moment().columns[c]!.length)).to.deep.equal([2, 2, 2]);
    // Edit the first entry of the first column, then remove it.
    await tabTo(`#entry-${moment().columns[columns[0]!]![0]!.id}`, { within, back: true });
    // Where the caret lands on Tab differs per engine (WebKit: at the start); End puts it after the text.
    await press('End', { within });
    await typeKeys(' (aangepast)', { within });
    expect(moment().columns[columns[0]!]![0]!.text).to.equal(`Iets bij ${columns[0]} (aangepast)`);
    await press('Tab', { within });
    await press('Enter', { within });
    expect(moment().columns[columns[0]!]!.map((e) => e.text)).to.deep.equal([`Nog iets bij ${columns[0]}`]);
    expect(deepActiveElement()).to.equal(shadow(el).querySelector(`#add-${columns[0]}`));
    expect(await announcement(el)).to.match(/^Verwijderd: Iets bij/);
    // Undo from the toolbar brings it back.
    await tabTo(named('Ongedaan maken', 'button'), { within });
    await press('Enter', { within });
    expect(moment().columns[columns[0]!]).to.have.length(2);
  });
});
