/**
 * Keyboard walkthrough of <na-talentenkaart>: name, date, talents, both wishes and 'Wie kan
 * helpen?', with the keyboard alone; focus visible and never lost after any key.
 */
import { expect } from '@open-wc/testing';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll, recordEvents, shadow } from '@niet-alleen/core/testing';
import '@niet-alleen/talentenkaart';
import type { NaTalentenkaart } from '@niet-alleen/talentenkaart';
import { focusBefore, removeFocusStarts, press, typeKeys, tabTo, named, announcement } from '../../core/testing/keyboard.js';

describe('<na-talentenkaart> keyboard walkthrough', () => {
  afterEach(async () => {
    unmountAll();
    removeFocusStarts();
    await setLocale('nl');
  });

  it('fills in name, date, talents and a wish, opens the guidance and asks who can help', async () => {
    const el = await mount<NaTalentenkaart>('na-talentenkaart');
    const within = el;
    const help = recordEvents(el, 'na-wish-help');
    await focusBefore(el);

    await tabTo('#name', { within });
    await typeKeys('Joke', { within });
    await tabTo('#date', { within });
    await typeKeys('03042025', { within });
    // The order of day and month follows the browser's locale; the year is certain.
    expect(el.value.date).to.match(/^2025-0[34]-0[34]$/);

    // Guidance on demand: Enter opens, Space closes.
    const summary = await tabTo(named(/talenten/i, 'summary'), { within });
    await press('Enter', { within });
    expect(summary.parentElement!.hasAttribute('open')).to.be.true;
    await press(' ', { within });
    expect(summary.parentElement!.hasAttribute('open')).to.be.false;

    await tabTo('#ik-kan-goed-0', { within });
    await typeKeys('luisteren', { within });
    // A second answer field appears for the same starter; Tab reaches it.
    await press('Tab', { within });
    expect(shadow(el).activeElement?.id).to.equal('ik-kan-goed-1');
    await typeKeys('koken', { within });
    expect(el.value.talents['ik-kan-goed']).to.deep.equal(['luisteren', 'koken']);

    await tabTo('#wish1-wish', { within });
    await typeKeys('weer eens samen eten', { within });
    await tabTo('#wish1-actions', { within });
    await typeKeys('een eetclub zoeken', { within });
    await tabTo('#wish1-helpers', { within });
    await typeKeys('mijn buurvrouw', { within });
    await tabTo(named('Wie kan helpen? Zoek in het netwerk', 'button'), { within });
    await press('Enter', { within });
    expect(help).to.have.length(1);
    expect(await announcement(el)).to.equal('Gevraagd wie kan helpen bij wens 1.');
    await tabTo('#wish2-wish', { within });
    await typeKeys('wandelen', { within });
    expect(el.value.wishes[0]!.wish).to.equal('weer eens samen eten');
    expect(el.value.wishes[1]!.wish).to.equal('wandelen');

    // Undo by keyboard, then out of the element.
    await tabTo(named('Ongedaan maken', 'button'), { within });
    await press('Enter', { within });
    expect(el.value.wishes[1]!.wish).to.equal('');
    await tabTo('[data-walkthrough-end]');
  });
});
