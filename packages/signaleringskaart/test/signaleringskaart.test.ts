import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale, type NaInvalidEvent } from '@niet-alleen/core';
import { mount, unmountAll, recordEvents, inputByLabel, buttonByText, shadow, type, visibleText, renderSteps, movedSince } from '@niet-alleen/core/testing';
import '@niet-alleen/signaleringskaart';
import { signalText, type NaSignaleringskaart, type NaSignalForwardEvent } from '@niet-alleen/signaleringskaart';
import { sample } from './helpers.js';

describe('<na-signaleringskaart>', () => {
  afterEach(async () => {
    unmountAll();
    await setLocale('nl');
  });
  const create = (opts = {}) => mount<NaSignaleringskaart>('na-signaleringskaart', opts);

  it('renders in tasks: two signal groups a task, what follows them in a task of its own; nothing shown moves, updateComplete has it all', async () => {
    const { steps } = await renderSteps<NaSignaleringskaart>('na-signaleringskaart', { value: sample() }, '[part~="groups"] > section', { below: '[part~="summary"], [part~="toolbar"]' });
    expect(steps.map((s) => s.items)).to.deep.equal([2, 4, 5, 5]);
    expect(steps.map((s) => s.below)).to.deep.equal([false, false, false, true]);
    expect(movedSince(steps[0]!)).to.deep.equal([]);
    expect(movedSince(steps[2]!)).to.deep.equal([]);
  });

  it('shows the five groups with the workbook items verbatim', async () => {
    const el = await create();
    const headings = [...shadow(el).querySelectorAll('h3')].map((h) => h.textContent!.trim());
    expect(headings.slice(0, 5)).to.deep.equal([
      'Lichamelijke signalen', 'Psychische signalen', 'Sociale signalen', 'Gedragmatige signalen', 'Levensgebeurtenissen',
    ]);
    expect(headings).to.include('Andere signalen en notities');
    const count = (group: string) => shadow(el).querySelectorAll(`section:has(#${group}-heading) ul.items input[type=checkbox]`).length;
    expect([count('lichamelijk'), count('psychisch'), count('sociaal'), count('gedragsmatig'), count('levensgebeurtenissen')]).to.deep.equal([8, 10, 2, 8, 6]);
    expect(visibleText(el)).to.contain('verhuizing/migratie/sterk veranderde woonomgeving');
    expect(visibleText(el)).to.contain('niet om af te vinken, maar zijn aanleiding voor gesprek');
  });

  it('signalText gives the workbook text of a signal, and an unknown id as itself, also one every object has', () => {
    expect(signalText('vermoeidheid')).to.equal('vermoeidheid');
    expect(signalText('maag-darmen')).to.equal('last van maag/darmen');
    for (const id of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) expect(signalText(id)).to.equal(id);
  });

  it('marks and unmarks a signal, and the summary follows', async () => {
    const el = await create();
    const changes = recordEvents(el, 'na-change');
    inputByLabel(el, 'slaapproblemen').click();
    await el.updateComplete;
    expect(el.value.marked).to.deep.equal(['slaapproblemen']);
    const summary = shadow(el).querySelector('[part~="summary"]')!;
    expect(summary.textContent).to.contain('slaapproblemen');
    inputByLabel(el, 'slaapproblemen').click();
    await el.updateComplete;
    expect(el.value.marked).to.deep.equal([]);
    expect(changes).to.have.length(2);
    expect(summary.textContent).to.contain('Nog niets aangekruist');
  });

  it('adds an own signal to a group, marks it, and removes it with undo', async () => {
    const el = await create();
    const field = shadow(el).querySelector<HTMLInputElement>('#add-psychisch')!;
    type(field, 'piekert veel');
    field.form!.requestSubmit();
    await el.updateComplete;
    expect(el.value.own).to.have.length(1);
    expect(el.value.own[0]).to.include({ group: 'psychisch', text: 'piekert veel', marked: true });
    expect(inputByLabel(el, 'piekert veel').checked).to.be.true;
    expect(shadow(el).activeElement).to.equal(field);

    buttonByText(el, 'Verwijder').click();
    await el.updateComplete;
    expect(el.value.own).to.have.length(0);
    el.undo();
    await el.updateComplete;
    expect(el.value.own[0]!.text).to.equal('piekert veel');
  });

  it('keeps notes under "Andere signalen en notities", as one undo step while typing', async () => {
    const el = await create();
    const notes = shadow(el).querySelector<HTMLTextAreaElement>('#notes')!;
    type(notes, 'Eerste');
    type(notes, 'Eerste zin.');
    await el.updateComplete;
    expect(el.value.notes).to.equal('Eerste zin.');
    el.undo();
    expect(el.value.notes).to.equal('');
  });

  it('fires na-signal-forward with the value and the marked groups when the user passes it on', async () => {
    const el = await create({ properties: { value: sample() } });
    inputByLabel(el, 'Ik kan of wil het gesprek niet aangaan: ik geef het signaal door').click();
    await el.updateComplete;
    const forwards = recordEvents<NaSignalForwardEvent>(el, 'na-signal-forward');
    buttonByText(el, 'Geef het signaal door').click();
    expect(forwards).to.have.length(1);
    expect(forwards[0]!.detail.value).to.deep.equal(el.value);
    expect(forwards[0]!.detail.groups).to.deep.equal(['lichamelijk', 'sociaal', 'levensgebeurtenissen']);
    expect(el.value.nextStep).to.equal('doorgeven');
  });

  it('shows no score, count or verdict anywhere', async () => {
    const el = await create({ properties: { value: sample() } });
    const text = visibleText(el);
    expect(text).not.to.match(/\b\d+\s*(van|\/|of)\s*\d+\b/);
    expect(text).not.to.match(/score|totaal|eenzaam\s+(genoeg|niveau)/i);
  });

  it('can be filled with the keyboard alone', async () => {
    const el = await create();
    const first = inputByLabel(el, 'verslechterde zelfzorg');
    first.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.value.marked).to.deep.equal(['verslechterde-zelfzorg', 'vermoeidheid']);
    // Own signal: focus the add field, type, Enter.
    shadow(el).querySelector<HTMLInputElement>('#add-lichamelijk')!.focus();
    await sendKeys({ type: 'duizelig' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.own.map((o) => o.text)).to.deep.equal(['duizelig']);
    // Next step radios: arrow keys move within the group.
    inputByLabel(el, 'Ik ga het gesprek aan met de persoon').focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value.nextStep).to.equal('doorgeven');
    const forwards = recordEvents(el, 'na-signal-forward');
    buttonByText(el, 'Geef het signaal door').focus();
    await sendKeys({ press: 'Enter' });
    expect(forwards).to.have.length(1);
  });

  it('reports an unknown signal id from the page and keeps what it had', async () => {
    const el = await create({ properties: { value: sample() } });
    const invalid = recordEvents<NaInvalidEvent>(el, 'na-invalid');
    el.value = { ...sample(), marked: ['hacked'] } as never;
    expect(invalid[0]!.detail.issues[0]!.path).to.deep.equal(['marked', 0]);
    expect(el.value).to.deep.equal(sample());
  });

  it('renders the workbook items in English, marked as our translation', async () => {
    const el = await create();
    await setLocale('en');
    await el.updateComplete;
    const text = visibleText(el);
    expect(text).to.contain('difficulty being alone');
    expect(text).to.contain('translation by niet-alleen');
  });

  it('user text stays text', async () => {
    const el = await create({
      properties: { value: { ...sample(), own: [{ id: 'x', group: 'anders', text: '<img src=x onerror="window.__pwned=1">', marked: true }] } },
    });
    expect(shadow(el).querySelector('img')).to.be.null;
    expect(visibleText(el)).to.contain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
  });
});
