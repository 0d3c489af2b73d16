/**
 * What the card does not show at first loads when it is first needed (issue 32): the guidance's
 * text, a note's editor, move menu and add field, and facilitator mode's script with its timer.
 * Which modules the page requested is read from its resource timing; in the loader build each of
 * them is a chunk of its own (packages/niet-alleen/test/loader.test.ts).
 */
import { expect } from '@open-wc/testing';
import { mount, unmountAll, openGuidance, shadow, visibleText, nextFrame } from '@niet-alleen/core/testing';
import '@niet-alleen/partnerschapskaart';
import type { NaPartnerschapskaart } from '@niet-alleen/partnerschapskaart';
import { addField, q, sample } from './helpers.js';

/** True once the page has requested src/internal/<module>. */
const requested = (module: string) =>
  performance.getEntriesByType('resource').some((r) => new URL(r.name).pathname.includes(`/partnerschapskaart/src/internal/${module}.`));
const parts = ['guidance', 'note-editing', 'session-view'];

describe('<na-partnerschapskaart> loads what it does not show at first when it is needed', () => {
  // The page loads hundreds of modules: keep every entry, not only the default 250.
  before(() => performance.setResourceTimingBufferSize(10_000));
  afterEach(() => unmountAll());

  it('a card as it first shows requests none of its parts; each loads when it is first used and then works', async () => {
    const el = await mount<NaPartnerschapskaart>('na-partnerschapskaart', { properties: { value: sample() } });
    expect(parts.filter(requested), 'nothing requested yet').to.deep.equal([]);
    expect(q(el, '.column[data-step="waarden"]').textContent).to.contain('iedereen weet de weg');
    expect(shadow(el).querySelector('details.na-guidance p'), 'the closed guidance has no text yet').to.be.null;
    expect(shadow(el).querySelector('.na-on-demand'), 'no loading line').to.be.null;

    // Opening the guidance loads its text.
    const guidance = await openGuidance(el);
    expect(requested('guidance')).to.be.true;
    expect(guidance).to.contain('Activerende strategie: Op het niveau van lokaal samenwerken');
    expect(guidance).to.contain('De vraag is: hoe creëert u een win-win situatie?');
    expect(parts.filter(requested), 'only the guidance').to.deep.equal(['guidance']);

    // Adding a note loads the editing part; focus goes to the new field, as before.
    q<HTMLButtonElement>(el, '#add-btn-geslaagd').click();
    await el.updateComplete;
    await nextFrame();
    expect(requested('note-editing')).to.be.true;
    expect(shadow(el).activeElement === addField(el, 'geslaagd'), 'focus in the new field').to.be.true;
    addField(el, 'geslaagd').value = 'de buurt doet mee';
    addField(el, 'geslaagd').form!.requestSubmit();
    await el.updateComplete;
    expect(el.value.notes.at(-1)).to.deep.include({ cell: 'geslaagd', text: 'de buurt doet mee' });
    expect(requested('session-view'), 'no session yet').to.be.false;

    // Facilitator mode loads the script and its timer; updateComplete waits for them.
    el.facilitator = true;
    await el.updateComplete;
    expect(requested('session-view')).to.be.true;
    expect(visibleText(el)).to.contain('Facilitator: de werkvorm in zes stappen');
    expect(visibleText(el)).to.contain('Opening en uitleg.');
    expect(q(el, '[role="timer"]').textContent!.trim()).to.equal('00:00');
    expect(shadow(el).querySelector('.na-on-demand'), 'no loading line left').to.be.null;
  });

  it('mounted in facilitator mode with a running timer, its first updateComplete shows the script with that time', async () => {
    const now = 10_000_000;
    const el = await mount<NaPartnerschapskaart>('na-partnerschapskaart', {
      attributes: { facilitator: '', 'session-step': '2' },
      properties: { clock: { now: () => now }, sessionTimer: { 2: { elapsed: 60_000, startedAt: now - 5_000 } } },
    });
    expect(shadow(el).querySelector('.na-on-demand'), 'no loading line').to.be.null;
    expect(q(el, '[aria-current="step"]').textContent!.trim()).to.equal('Stap 2 (45 minuten)');
    expect(q(el, '[role="timer"]').textContent!.trim()).to.equal('01:05');
    expect(el.timerRunning).to.be.true;
    expect(visibleText(el)).to.contain('Pauzeer de tijd');
  });
});
