import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { setLocale, type NaInvalidEvent } from '@niet-alleen/core';
import { mount, unmountAll, recordEvents, buttonByText, openGuidance, shadow, type, visibleText, nextFrame, itAtWidth, renderSteps, movedSince } from '@niet-alleen/core/testing';
import '@niet-alleen/partnerschapskaart';
import {
  partnerschapCellIds as cellIds, partnerschapCellsByStep as cellsByStep, partnerschapStepIds as stepIds,
  partnerschapskaartGroepA, partnerschapskaartGroepB, partnerschapskaartPlenair,
  type NaPartnerschapskaart, type NaSessionStepEvent,
} from '@niet-alleen/partnerschapskaart';
import { addField, q, sample } from './helpers.js';

const noteTexts = (el: Element, cell: string) =>
  [...shadow(el).querySelectorAll(`[data-cell="${cell}"] .na-note .na-readonly-text`)].map((p) => p.textContent!.trim());
const isShown = (e: Element) => getComputedStyle(e).display !== 'none';

describe('<na-partnerschapskaart>', () => {
  const create = (opts = {}) => mount<NaPartnerschapskaart>('na-partnerschapskaart', opts);
  beforeEach(async () => {
    await setViewport({ width: 1400, height: 1000 });
  });
  afterEach(async () => {
    unmountAll();
    await setLocale('nl');
  });

  it('shows the five steps with the workbook headings and questions verbatim, step 1 first for screen readers', async () => {
    const el = await create();
    const columns = [...shadow(el).querySelectorAll('.column__heading')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
    expect(columns).to.deep.equal(['STAP 1 WAARDEN', 'STAP 2 RELATIES', 'STAP 3 HANDELEN', 'STAP 4 CONDITIES', 'STAP 5 ACTIES']);
    expect(shadow(el).querySelector('.column__heading')!.tagName).to.equal('H3');
    const text = visibleText(el);
    for (const phrase of [
      'ACTIES + VOORWAARDEN + SAMENWERKING = SUCCES',
      'Ik vind geslaagd als…',
      'Hoe gaan we kennis delen?', 'Hoe gaan we zeggenschap delen?', 'Hoe blijft ieder in eigen kracht?', 'Hoe beslissen we samen?',
      'Wat moeten we kunnen (en vanuit welke rol)?', 'Hoe communiceren we?', 'Hoe betrekken we iedereen?',
      'Wat vragen we van mensen', 'aan procesvaardigheid?', 'aan reflectie/introspectie?',
      'Wat vragen we van de omgeving', 'aan veiligheid?', 'aan verbanden?',
      'Wat ga ik doen?', 'Wat gaan we doen?', 'Wat vragen we aan anderen om te doen?',
      'Ingevuld door:',
    ]) {
      expect(text, phrase).to.contain(phrase);
    }
    expect(shadow(el).querySelectorAll('[data-cell]')).to.have.length(cellIds.length);
  });

  it('renders a full card in tasks: the five columns first, then one more cell in each; nothing shown moves, updateComplete has it all', async () => {
    const { el, steps } = await renderSteps<NaPartnerschapskaart>('na-partnerschapskaart', { value: partnerschapskaartPlenair }, '[part~="cell"]', { below: '.agreement, .card-notes, [part~="toolbar"]' });
    // Cells per column 1, 5, 4, 2, 3: none, then one more in each column per task.
    expect(steps.map((s) => s.items)).to.deep.equal([0, 5, 9, 12, 14, 15]);
    expect(steps.map((s) => s.below), 'the agreement and the toolbar once the card is whole').to.deep.equal([false, false, false, false, false, true]);
    expect(new Set(steps[1]!.tops).size, 'the columns side by side from the start').to.equal(1);
    expect(movedSince(steps[1]!), 'the first cells stay where they were').to.deep.equal([]);
    expect(shadow(el).querySelectorAll('.note-item'), 'every note at updateComplete').to.have.length(partnerschapskaartPlenair.notes.length);
    expect(shadow(el).querySelector('.agreement')).to.exist;
  });

  it('11.1 and 11.4: the guidance has the activating strategy, "Vorm een groep…" and the steps after the values; the instrument is named as a reference', async () => {
    const el = await create();
    const text = await openGuidance(el);
    for (const t of [
      'Activerende strategie: Op het niveau van lokaal samenwerken (niveau 3 en 4) doet u meer dan elkaar informeren en doorverwijzen.',
      'Vorm een groep mensen die in dezelfde lokale context eenzaamheid en sociaal isolement kunnen signaleren, bespreken en aanpakken.',
      'Wanneer achten jullie de samenwerking succesvol? Zodra u deze waarden hebt vastgesteld, kan bepaald worden hoe daarbinnen samengewerkt kan worden',
      'Tot slot benoemt u de acties die worden ondernomen, die, samen met de voorwaarden en samenwerking, gaan leiden tot succes.',
    ]) expect(text, t).to.contain(t);
    const intro = q(el, '.na-header > p');
    expect(intro.textContent).to.match(/^Met het instrument Partnerschapskaart \(§11\.6\) wordt systematisch/);
    expect(intro.textContent).not.to.contain('Instrument:');
    expect(intro.querySelector('cite')!.textContent).to.equal('Partnerschapskaart');
    await setLocale('en');
    await el.updateComplete;
    expect(q(el, '.na-header > p cite').textContent).to.equal('Partnership card');
  });

  it('lays the steps out right to left as on paper (and mirrored on a dir="rtl" page)', async () => {
    const el = await create();
    const x = (step: string) => q(el, `.column[data-step="${step}"]`).getBoundingClientRect().left;
    expect(x('waarden')).to.be.greaterThan(x('relaties'));
    expect(x('condities')).to.be.greaterThan(x('acties'));
    const equation = (t: string) => q(el, `.term--${t}`).getBoundingClientRect().left;
    expect(equation('succes')).to.be.greaterThan(equation('acties'));
    el.setAttribute('dir', 'rtl');
    await el.updateComplete;
    expect(x('waarden')).to.be.lessThan(x('relaties'));
  });

  it('adds notes with their author, entered with the keyboard alone', async () => {
    const el = await create();
    q<HTMLInputElement>(el, '#add-participant').focus();
    await sendKeys({ type: 'Anna' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.participants).to.deep.equal(['Anna']);
    const pressed = [...shadow(el).querySelectorAll('.chip[aria-pressed="true"]')].map((c) => c.textContent!.trim());
    expect(pressed).to.deep.equal(['Anna']);
    q<HTMLButtonElement>(el, '#add-btn-kennis-delen').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await nextFrame();
    expect(shadow(el).activeElement).to.equal(addField(el, 'kennis-delen'));
    expect(q(el, '.add-note').textContent).to.contain('Schrijft: Anna');
    await sendKeys({ type: 'samen een nieuwsbrief' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.notes.map(({ cell, text, author }) => ({ cell, text, author }))).to.deep.equal([
      { cell: 'kennis-delen', text: 'samen een nieuwsbrief', author: 'Anna' },
    ]);
    const note = q(el, '[data-cell="kennis-delen"] .na-note');
    expect(note.textContent).to.contain('samen een nieuwsbrief');
    expect(note.querySelector('.na-note__author')!.textContent).to.equal('Anna');
    expect(shadow(el).activeElement).to.equal(addField(el, 'kennis-delen'));
    // Escape closes the field and returns focus to its button.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await nextFrame();
    expect(shadow(el).querySelector('#add-kennis-delen')).to.be.null;
    expect(shadow(el).activeElement).to.equal(q(el, '#add-btn-kennis-delen'));

    // Another writer gets another colour.
    const chips = [...shadow(el).querySelectorAll<HTMLButtonElement>('.chip')];
    expect(chips.map((c) => c.textContent!.trim())).to.deep.equal(['Anna', 'Zonder naam']);
    q<HTMLInputElement>(el, '#add-participant').focus();
    await sendKeys({ type: 'Bram' });
    await sendKeys({ press: 'Enter' });
    q<HTMLButtonElement>(el, '#add-btn-kennis-delen').click();
    await el.updateComplete;
    await nextFrame();
    await sendKeys({ type: 'open overleg' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.notes.map((n) => n.author)).to.deep.equal(['Anna', 'Bram']);
    const colours = [...shadow(el).querySelectorAll<HTMLElement>('[data-cell="kennis-delen"] .na-note')].map((n) => getComputedStyle(n).backgroundColor);
    expect(colours[0]).not.to.equal(colours[1]);
  });

  it('edits a note text and author as one undo step each', async () => {
    const el = await create({ properties: { value: sample() } });
    q<HTMLButtonElement>(el, '#edit-btn-n2').click();
    await el.updateComplete;
    const text = q<HTMLTextAreaElement>(el, '#edit-n2');
    expect(shadow(el).activeElement).to.equal(text);
    type(text, 'kwartaal');
    type(text, 'kwartaaloverleg in de bieb');
    type(q<HTMLInputElement>(el, '#edit-author-n2'), 'Chris');
    buttonByText(el, 'Klaar').click();
    await el.updateComplete;
    expect(el.value.notes[1]).to.deep.include({ text: 'kwartaaloverleg in de bieb', author: 'Chris' });
    expect(el.value.participants).to.include('Chris');
    expect(noteTexts(el, 'kennis-delen')).to.deep.equal(['kwartaaloverleg in de bieb']);
    expect(shadow(el).activeElement).to.equal(q(el, '#edit-btn-n2'));
    el.undo(); // participant
    el.undo(); // author
    expect(el.value.notes[1]).to.deep.include({ text: 'kwartaaloverleg in de bieb', author: 'Bram' });
    el.undo(); // text
    expect(el.value.notes[1]).to.deep.include({ text: 'kwartaaloverleg', author: 'Bram' });
  });

  it('moves a note to another cell with the keyboard, keeping its author, and announces it', async () => {
    const el = await create({ properties: { value: sample() } });
    q<HTMLButtonElement>(el, '#move-btn-n1').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await nextFrame();
    expect(q(el, '#move-btn-n1').getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(el).activeElement?.closest('.move-menu')).to.exist;
    // Escape closes the menu and returns focus.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await nextFrame();
    expect(shadow(el).querySelector('.move-menu')).to.be.null;
    expect(shadow(el).activeElement).to.equal(q(el, '#move-btn-n1'));

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await nextFrame();
    // Arrow keys go through the targets; the first is STAP 2's first question (the note is in STAP 1).
    expect(shadow(el).activeElement).to.equal(q(el, '#move-n1-kennis-delen'));
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement).to.equal(q(el, '#move-n1-zeggenschap-delen'));
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(shadow(el).activeElement!.textContent!.trim()).to.equal('Annuleren');
    // Tab through the targets to "STAP 4 CONDITIES: Wat vragen we van de omgeving".
    await sendKeys({ press: 'Home' });
    const target = q<HTMLButtonElement>(el, '#move-n1-omgeving');
    expect(target.textContent!.replace(/\s+/g, ' ').trim()).to.equal('STAP 4 CONDITIES: Wat vragen we van de omgeving');
    for (let i = 0; i < 20 && shadow(el).activeElement !== target; i++) await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(target);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await nextFrame();
    await nextFrame();
    const moved = el.value.notes.find((n) => n.id === 'n1')!;
    expect(moved).to.deep.include({ cell: 'omgeving', author: 'Anna', text: 'iedereen weet de weg' });
    expect(noteTexts(el, 'omgeving')).to.deep.equal(['iedereen weet de weg']);
    expect(noteTexts(el, 'geslaagd')).to.deep.equal([]);
    expect(q(el, '[role="status"][aria-live="polite"]').textContent).to.contain('Verplaatst naar STAP 4 CONDITIES');
    expect(shadow(el).activeElement).to.equal(q(el, '#move-btn-n1'));
    el.undo();
    expect(el.value.notes.find((n) => n.id === 'n1')!.cell).to.equal('geslaagd');
  });

  it('moves a note by dragging it with a pointer', async () => {
    const el = await create({ properties: { value: sample() } });
    q(el, '.card').scrollIntoView();
    const from = q(el, '#note-n1 .na-readonly-text').getBoundingClientRect();
    const to = q(el, '[data-cell="samen-beslissen"]').getBoundingClientRect();
    const start = { x: Math.round(from.left + from.width / 2), y: Math.round(from.top + from.height / 2) };
    const end = { x: Math.round(to.left + to.width / 2), y: Math.round(to.top + 20) };
    await sendMouse({ type: 'move', position: [start.x, start.y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [start.x - 20, start.y + 5] });
    await sendMouse({ type: 'move', position: [end.x, end.y] });
    await el.updateComplete;
    expect(q(el, '[data-cell="samen-beslissen"]').classList.contains('drop-target')).to.be.true;
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(el.value.notes.find((n) => n.id === 'n1')).to.deep.include({ cell: 'samen-beslissen', author: 'Anna' });
    expect(noteTexts(el, 'samen-beslissen')).to.deep.equal(['iedereen weet de weg']);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('Escape cancels a drag, and a click on a note moves nothing', async () => {
    const el = await create({ properties: { value: sample() } });
    q(el, '.card').scrollIntoView();
    const from = q(el, '#note-n1 .na-readonly-text').getBoundingClientRect();
    const to = q(el, '[data-cell="samen-beslissen"]').getBoundingClientRect();
    const start: [number, number] = [Math.round(from.left + from.width / 2), Math.round(from.top + from.height / 2)];
    await sendMouse({ type: 'click', position: start });
    expect(el.value).to.deep.equal(sample());
    await sendMouse({ type: 'move', position: start });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(to.left + to.width / 2), Math.round(to.top + 20)] });
    await sendKeys({ press: 'Escape' });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(el.value).to.deep.equal(sample());
    expect(q(el, '#note-n1').style.transform).to.equal('');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('removes a note, moves focus sensibly, and undo brings it back with its author', async () => {
    const value = sample();
    value.notes.push({ id: 'n4', cell: 'geslaagd', text: 'niemand valt tussen wal en schip', author: 'Bram' });
    const el = await create({ properties: { value } });
    q<HTMLButtonElement>(el, '#remove-btn-n1').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await nextFrame();
    expect(el.value.notes.map((n) => n.id)).to.deep.equal(['n2', 'n3', 'n4']);
    expect(noteTexts(el, 'geslaagd')).to.deep.equal(['niemand valt tussen wal en schip']);
    expect(shadow(el).activeElement).to.equal(q(el, '#edit-btn-n4'));
    // Last note of a cell: focus goes to the cell's add field.
    q<HTMLButtonElement>(el, '#remove-btn-n4').click();
    await el.updateComplete;
    await nextFrame();
    expect(shadow(el).activeElement).to.equal(q(el, '#add-btn-geslaagd'));
    // The cell offers to undo the removal.
    expect(q(el, '[data-cell="geslaagd"] .removed').textContent).to.contain('Verwijderd: niemand valt tussen wal en schip');
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '#undo-remove-geslaagd').click();
    await el.updateComplete;
    await nextFrame();
    expect(noteTexts(el, 'geslaagd')).to.deep.equal(['niemand valt tussen wal en schip']);
    expect(shadow(el).activeElement).to.equal(q(el, '#edit-btn-n4'));
    expect(shadow(el).querySelector('.removed')).to.be.null;
    el.undo();
    await el.updateComplete;
    expect(el.value.notes.find((n) => n.id === 'n1')).to.deep.include({ author: 'Anna', cell: 'geslaagd' });
    expect(noteTexts(el, 'geslaagd')).to.have.members(['iedereen weet de weg', 'niemand valt tussen wal en schip']);
  });

  it('merges two group cards into the plenary card, keeping every note, its author and its group', async () => {
    const el = await create({ attributes: { facilitator: '', 'session-step': '3' } });
    const changes = recordEvents(el, 'na-change');
    expect(el.merge([partnerschapskaartGroepA, partnerschapskaartGroepB])).to.be.true;
    await el.updateComplete;
    expect(changes).to.have.length(1);
    const all = [...partnerschapskaartGroepA.notes.map((n) => ({ ...n, group: 'Groep A' })), ...partnerschapskaartGroepB.notes.map((n) => ({ ...n, group: 'Groep B' }))];
    expect(el.value.notes).to.have.length(all.length);
    for (const n of all) {
      const merged = el.value.notes.find((m) => m.text === n.text)!;
      expect(merged, n.text).to.deep.include({ cell: n.cell, author: n.author, from: n.group });
      const shown = [...shadow(el).querySelectorAll(`[data-cell="${n.cell}"] .na-note`)].find((e) => e.textContent!.includes(n.text))!;
      expect(shown.textContent).to.contain(n.author);
      expect(shown.textContent).to.contain(`uit: ${n.group}`);
    }
    expect(el.value.participants).to.include.members([...partnerschapskaartGroepA.participants, ...partnerschapskaartGroepB.participants]);
    // The same card again adds nothing; one undo step takes the whole merge back.
    expect(el.merge([partnerschapskaartGroepA])).to.be.true;
    expect(el.value.notes).to.have.length(all.length);
    el.undo();
    el.undo();
    expect(el.isEmpty).to.be.true;
  });

  it('refuses to merge an invalid card and keeps the plenary card as it was', async () => {
    const el = await create({ attributes: { facilitator: '', 'session-step': '5' }, properties: { value: sample() } });
    const invalid = recordEvents<NaInvalidEvent>(el, 'na-invalid');
    expect(el.merge([partnerschapskaartGroepA, { schemaVersion: 1, notes: 'nope' }])).to.be.false;
    expect(invalid).to.have.length(1);
    expect(invalid[0]!.detail.source).to.equal('import');
    expect(el.value).to.deep.equal(sample());
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="alert"]')).to.exist;
  });

  it('merges group card files chosen in facilitator mode', async () => {
    const el = await create({ attributes: { facilitator: '', 'session-step': '5' } });
    expect(visibleText(el)).to.contain('Groepskaarten toevoegen…');
    const input = q<HTMLInputElement>(el, '#merge-files');
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(partnerschapskaartGroepA)], 'groep-a.json', { type: 'application/json' }));
    files.items.add(new File([JSON.stringify(partnerschapskaartGroepB)], 'groep-b.json', { type: 'application/json' }));
    input.files = files.files;
    const changed = new Promise((resolve) => el.addEventListener('na-change', resolve, { once: true }));
    input.dispatchEvent(new Event('change'));
    await changed;
    expect(el.value.notes).to.have.length(partnerschapskaartGroepA.notes.length + partnerschapskaartGroepB.notes.length);
  });

  it('writes every note into the agreement text, in step order, and offers it to copy', async () => {
    const el = await create({ properties: { value: { ...partnerschapskaartGroepB, notes: [...partnerschapskaartGroepB.notes].reverse() } } });
    const text = el.agreementText();
    expect(text).to.match(/^# Samenwerkingsovereenkomst \(concept\)/);
    const ordered = [...partnerschapskaartGroepB.notes].sort((a, b) => cellIds.indexOf(a.cell) - cellIds.indexOf(b.cell));
    let last = -1;
    for (const note of ordered) {
      const at = text.indexOf(`- ${note.text} (${note.author})`);
      expect(at, note.text).to.be.greaterThan(last);
      last = at;
    }
    const articles = stepIds.map((_, i) => text.indexOf(`## Artikel ${i + 1}.`));
    expect(articles).to.deep.equal([...articles].sort((a, b) => a - b));
    expect(articles.every((a) => a >= 0)).to.be.true;
    const toggled = oneEvent(q(el, '.agreement__details'), 'toggle');
    q(el, '.agreement__details summary').click();
    await toggled;
    await el.updateComplete;
    expect(q(el, '#agreement-text').textContent).to.equal(text);

    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      buttonByText(el, 'Kopieer de tekst').click();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(copied).to.equal(text);
      expect(visibleText(el)).to.contain('De tekst is gekopieerd.');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('writes the draft only while it is shown: an edit behind the closed disclosure leaves it alone (issue 32 item 7)', async () => {
    const el = await create({ properties: { value: sample() } });
    const details = q(el, '.agreement__details');
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(details, { childList: true, characterData: true, subtree: true });
    q<HTMLButtonElement>(el, '#add-btn-geslaagd').click();
    await el.updateComplete;
    const field = addField(el, 'geslaagd');
    type(field, 'de buurt doet mee');
    field.form!.requestSubmit();
    await el.updateComplete;
    await nextFrame();
    observer.disconnect();
    expect(el.value.notes.map((n) => n.text)).to.include('de buurt doet mee');
    expect(writes).to.have.length(0);
    const toggled = oneEvent(q(el, '.agreement__details'), 'toggle');
    q(el, '.agreement__details summary').click();
    await toggled;
    await el.updateComplete;
    expect(q(el, '#agreement-text').textContent).to.equal(el.agreementText());
    expect(q(el, '#agreement-text').textContent).to.contain('de buurt doet mee');
  });

  it('facilitator mode follows the session script: the current step stands out, the others are quiet', async () => {
    const el = await create({ attributes: { facilitator: '' }, properties: { value: sample() } });
    expect(visibleText(el)).to.contain('Opening en uitleg.');
    const steps = recordEvents<NaSessionStepEvent>(el, 'na-session-step');
    buttonByText(el, 'Volgende stap').click();
    await el.updateComplete;
    expect(el.sessionStep).to.equal(2);
    expect(el.getAttribute('session-step')).to.equal('2');
    expect(steps.map((e) => e.detail.step)).to.deep.equal([2]);
    expect(visibleText(el)).to.contain("los van 'beren op de weg'");
    const current = [...shadow(el).querySelectorAll('.column[data-current]')].map((c) => (c as HTMLElement).dataset.step);
    const quiet = [...shadow(el).querySelectorAll('.column[data-quiet]')].map((c) => (c as HTMLElement).dataset.step);
    expect(current).to.deep.equal(['waarden']);
    expect(quiet).to.deep.equal(['relaties', 'handelen', 'condities', 'acties']);
    expect(q(el, '.column[data-step="waarden"]').textContent).to.contain('Nu aan de beurt');
    expect(shadow(el).querySelectorAll('.column[data-quiet] [id^="add-btn-"]')).to.have.length(0);
    expect(shadow(el).querySelector('#add-btn-geslaagd')).to.exist;
    expect(q(el, '[aria-current="step"]').textContent!.trim()).to.equal('Stap 2 (45 minuten)');

    buttonByText(el, 'Stap 4 (60 minuten)').click();
    await el.updateComplete;
    expect([...shadow(el).querySelectorAll('.column[data-current]')].map((c) => (c as HTMLElement).dataset.step)).to.deep.equal([
      'relaties', 'handelen', 'condities', 'acties',
    ]);
    buttonByText(el, 'Stap 6 (follow-up)').click();
    await el.updateComplete;
    expect(q<HTMLDetailsElement>(el, '.agreement__details').open).to.be.true;
    expect(shadow(el).querySelector('[part~="timer"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('has a per-step timer that starts, pauses and resets (with an injected clock)', async () => {
    let now = 1_000_000;
    const el = await create({ attributes: { facilitator: '', 'session-step': '2' }, properties: { clock: { now: () => now } } });
    const time = () => q(el, '[role="timer"]').textContent!.trim();
    expect(time()).to.equal('00:00');
    expect(visibleText(el)).to.contain('Gepland: 45 minuten');
    buttonByText(el, 'Start de tijd').click();
    expect(el.timerRunning).to.be.true;
    now += 2 * 60_000 + 5_000;
    el.requestUpdate();
    await el.updateComplete;
    expect(time()).to.equal('02:05');
    buttonByText(el, 'Pauzeer de tijd').click();
    await el.updateComplete;
    expect(el.timerRunning).to.be.false;
    now += 10 * 60_000;
    el.requestUpdate();
    await el.updateComplete;
    expect(time()).to.equal('02:05');
    // Each step keeps its own time.
    buttonByText(el, 'Volgende stap').click();
    await el.updateComplete;
    expect(time()).to.equal('00:00');
    expect(visibleText(el)).to.contain('Gepland: 15-30 minuten');
    buttonByText(el, 'Vorige stap').click();
    await el.updateComplete;
    expect(time()).to.equal('02:05');
    // Over time: a visible notice.
    buttonByText(el, 'Start de tijd').click();
    now += 45 * 60_000;
    el.requestUpdate();
    await el.updateComplete;
    expect(visibleText(el)).to.contain('De geplande tijd voor deze stap is om.');
    buttonByText(el, 'Zet de tijd op nul').click();
    await el.updateComplete;
    expect(el.timerRunning).to.be.false;
    expect(time()).to.equal('00:00');
  });

  itAtWidth(360)('shows one step at a time on a narrow screen', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await create({ properties: { value: sample() } });
    const shown = () => [...shadow(el).querySelectorAll<HTMLElement>('.column')].filter(isShown).map((c) => c.dataset.step);
    expect(shown()).to.deep.equal(['waarden']);
    expect(isShown(q(el, '.step-tabs'))).to.be.true;
    buttonByText(el, 'STAP 3 HANDELEN').click();
    await el.updateComplete;
    expect(shown()).to.deep.equal(['handelen']);
    expect(buttonByText(el, 'STAP 3 HANDELEN').getAttribute('aria-pressed')).to.equal('true');
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    await expect(el).to.be.accessible();
  });

  itAtWidth(360)('prints (print-preview) all five columns with every note and its author, without controls', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await create({ attributes: { 'print-preview': '' }, properties: { value: sample() } });
    const columns = [...shadow(el).querySelectorAll<HTMLElement>('.column')];
    expect(columns.filter(isShown)).to.have.length(5);
    expect(isShown(q(el, '.step-tabs'))).to.be.false;
    expect([...shadow(el).querySelectorAll('.add-open, .note-actions')].some(isShown)).to.be.false;
    for (const n of sample().notes) expect(visibleText(el)).to.contain(n.text);
  });

  it('readonly shows notes and authors without note actions', async () => {
    const el = await create({ attributes: { readonly: '' }, properties: { value: sample() } });
    expect(shadow(el).querySelectorAll('.note-actions')).to.have.length(0);
    expect(visibleText(el)).to.contain('iedereen weet de weg');
    expect(visibleText(el)).to.contain('Anna');
  });

  it('has no axe violations while adding, editing and moving', async () => {
    const el = await create({ properties: { value: sample() } });
    q<HTMLButtonElement>(el, '#add-btn-omgeving').click();
    q<HTMLButtonElement>(el, '#move-btn-n1').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '#edit-btn-n2').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('has no axe violations in the story configurations (plenary, readonly, print, projector, rtl, English)', async () => {
    const plenary = { properties: { value: partnerschapskaartPlenair } };
    for (const attributes of [
      { facilitator: '', 'session-step': '5' },
      { facilitator: '', 'session-step': '3', projector: '' },
      { readonly: '' },
      { 'print-preview': '' },
    ] as Record<string, string>[]) {
      const el = await create({ ...plenary, attributes });
      await expect(el, JSON.stringify(attributes)).to.be.accessible();
      unmountAll();
    }
    const rtl = document.createElement('div');
    rtl.dir = 'rtl';
    document.body.append(rtl);
    try {
      const el = await create({ ...plenary, parent: rtl });
      await expect(el).to.be.accessible();
      await setLocale('en');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    } finally {
      unmountAll();
      rtl.remove();
    }
  });

  it('renders in English, marked as our translation', async () => {
    const el = await create();
    await setLocale('en');
    await el.updateComplete;
    const text = visibleText(el);
    expect(text).to.contain('STEP 1');
    expect(text).to.contain('translation by niet-alleen');
    expect(el.agreementText()).to.contain('Cooperation agreement');
  });

  it('user text stays text', async () => {
    const el = await create({
      properties: { value: { ...sample(), notes: [{ id: 'x', cell: 'geslaagd', text: '<img src=x onerror="window.__pwned=1">', author: '<b>A</b>' }] } },
    });
    expect(shadow(el).querySelector('img, b')).to.be.null;
    expect(visibleText(el)).to.contain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('falls back to step 1 for an unknown session step', async () => {
    const el = await create({ attributes: { facilitator: '', 'session-step': '9' } });
    await el.updateComplete;
    expect(el.sessionStep).to.equal(1);
    expect(q(el, '[aria-current="step"]').textContent!.trim()).to.equal('Stap 1 (15 minuten)');
  });

  it('has a cell for every question of every step', () => {
    expect(stepIds.flatMap((s) => cellsByStep[s])).to.deep.equal(cellIds);
  });
});
