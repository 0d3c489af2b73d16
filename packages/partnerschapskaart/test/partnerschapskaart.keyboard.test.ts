/**
 * Keyboard walkthrough of <na-partnerschapskaart>: a participant, a note in a cell, editing it,
 * moving it with the menu (the non-drag alternative, SC 2.5.7), removing it and undoing —
 * focus visible after every key and never lost, also when the focused note disappears.
 */
import { expect } from '@open-wc/testing';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll, shadow } from '@niet-alleen/core/testing';
import '@niet-alleen/partnerschapskaart';
import type { NaPartnerschapskaart } from '@niet-alleen/partnerschapskaart';
import { deepActiveElement, focusBefore, removeFocusStarts, press, typeKeys, tabTo, tabStops, announcement } from '../../core/testing/keyboard.js';
import { setViewport } from '@web/test-runner-commands';

describe('<na-partnerschapskaart> keyboard walkthrough', () => {
  afterEach(async () => {
    unmountAll();
    removeFocusStarts();
    await setLocale('nl');
  });

  it('Tab follows the steps as they are seen: column by column from STAP 1 at the right to STAP 5 at the left, mirrored under dir="rtl"', async () => {
    await setViewport({ width: 1400, height: 1000 });
    const page = document.createElement('div');
    document.body.append(page);
    for (const dir of ['ltr', 'rtl']) {
      page.dir = dir;
      const el = await mount<NaPartnerschapskaart>('na-partnerschapskaart', { parent: page });
      const columnOf = (stop: Element) => stop.closest('.column');
      const stops = (await tabStops(el)).filter((s) => columnOf(s));
      // The columns in the order Tab visits them, each once (no going back to a column left behind).
      const visited = stops.map((s) => columnOf(s)!).filter((c, i, all) => c !== all[i - 1]);
      expect(visited.map((c) => c.getAttribute('data-step'))).to.deep.equal(['waarden', 'relaties', 'handelen', 'condities', 'acties']);
      const x = visited.map((c) => c.getBoundingClientRect().left);
      const sorted = [...x].sort((a, b) => (dir === 'ltr' ? b - a : a - b));
      expect(x, `${dir}: each next Tab stop is in the next column towards the ${dir === 'ltr' ? 'left' : 'right'}`).to.deep.equal(sorted);
      // Inside a column Tab goes down, as one reads.
      for (const column of visited) {
        const y = stops.filter((s) => columnOf(s) === column).map((s) => s.getBoundingClientRect().top + window.scrollY);
        expect(y, column.getAttribute('data-step')!).to.deep.equal([...y].sort((a, b) => a - b));
      }
      unmountAll();
    }
    page.remove();
    await setViewport({ width: 800, height: 600 });
  });

  it('adds a participant and a note, edits, moves and removes it, and undoes the removal', async () => {
    const el = await mount<NaPartnerschapskaart>('na-partnerschapskaart');
    const within = el;
    const q = (s: string) => shadow(el).querySelector<HTMLElement>(s);
    await focusBefore(el);

    await tabTo('#add-participant', { within });
    await typeKeys('Anna', { within });
    await press('Enter', { within });
    expect(el.value.participants).to.deep.equal(['Anna']);

    // A note in STAP 1 'Ik vind geslaagd…': its add button opens a field, Enter adds, Escape closes.
    await tabTo('#add-btn-geslaagd', { within });
    await press('Enter', { within });
    expect(deepActiveElement()).to.equal(q('#add-geslaagd'));
    await typeKeys('iedereen weet de weg', { within });
    await press('Enter', { within });
    const note = () => el.value.notes[0]!;
    expect(note()).to.deep.include({ cell: 'geslaagd', text: 'iedereen weet de weg', author: 'Anna' });
    await press('Escape', { within });
    expect(deepActiveElement()).to.equal(q('#add-btn-geslaagd'));

    // Edit: 'Bewerk' puts focus in the text; Escape ends and returns focus to 'Bewerk'.
    await tabTo(`#edit-btn-${note().id}`, { within, back: true });
    await press('Enter', { within });
    expect(deepActiveElement()).to.equal(q(`#edit-${note().id}`));
    await press('End', { within });
    await typeKeys('!', { within });
    expect(note().text).to.equal('iedereen weet de weg!');
    await press('Escape', { within });
    expect(deepActiveElement()).to.equal(q(`#edit-btn-${note().id}`));

    // Move: the menu opens with focus on the first target; arrows go through the targets.
    await tabTo(`#move-btn-${note().id}`, { within });
    await press('Enter', { within });
    expect(q(`#move-btn-${note().id}`)!.getAttribute('aria-expanded')).to.equal('true');
    await press('ArrowDown', { within });
    const target = deepActiveElement()!;
    const label = target.textContent!.replace(/\s+/g, ' ').trim();
    await press('Enter', { within });
    expect(note().cell).to.not.equal('geslaagd');
    expect(await announcement(el)).to.contain('Verplaatst naar');
    expect(deepActiveElement(), 'focus follows the note to its new cell').to.equal(q(`#move-btn-${note().id}`));
    expect(label).to.match(/^STAP/);

    // Remove: the last note of the cell, so focus goes to the cell's add button; undo in the cell.
    const cell = note().cell;
    await tabTo(`#remove-btn-${note().id}`, { within, back: true });
    await press('Enter', { within });
    expect(el.value.notes).to.deep.equal([]);
    expect(deepActiveElement()).to.equal(q(`#add-btn-${cell}`));
    await tabTo(`#undo-remove-${cell}`, { within, back: true });
    await press('Enter', { within });
    expect(el.value.notes.map((n) => n.text)).to.deep.equal(['iedereen weet de weg!']);
    expect(deepActiveElement()).to.equal(q(`#edit-btn-${el.value.notes[0]!.id}`));
  });
});
