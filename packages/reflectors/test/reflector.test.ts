import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale, setTexts, type NaInvalidEvent } from '@niet-alleen/core';
import {
  mount, unmountAll, recordEvents, inputByLabel, buttonByText, openGuidance, shadow, type, visibleText, nextFrame,
} from '@niet-alleen/core/testing';
import '@niet-alleen/reflectors';
import {
  NaReflector, exampleReflectorDefinition, exampleReflectorValue, vooroordelenExample, eenzaamheidExample, feedbackformulierExample,
  bekendBesluitenBereikenExample, ondersteuningsvaardighedenExample, eenzaamheidDefinition, vooroordelenDefinition,
  ondersteuningsvaardighedenDefinition, feedbackformulierDefinition, bekendBesluitenBereikenDefinition,
  type ReflectorValue, type ReflectorDefinition,
} from '@niet-alleen/reflectors';

const clone = <T>(v: T): T => structuredClone(v);
const fieldByLabel = (el: Element, label: string) => {
  const l = [...shadow(el).querySelectorAll('label')].find((x) => x.textContent?.replace(/\s+/g, ' ').trim() === label);
  return shadow(el).getElementById(l!.htmlFor) as HTMLInputElement | HTMLTextAreaElement;
};

// ——— behaviour (the shared contract is in reflector.contract.test.ts) ———

describe('reflectors', () => {
  afterEach(async () => {
    unmountAll();
    await setLocale('nl');
  });

  it('refuses a choice that is not on the reflector\'s scale, as value and as import (issue 27)', async () => {
    const el = await mount<NaReflector>('na-reflector-eenzaamheid', { properties: { value: structuredClone(eenzaamheidExample) } });
    const offScale = structuredClone(eenzaamheidExample);
    offScale.moments[0]!.answers['leegte']!.choice = 'Z';
    const ownOff = structuredClone(eenzaamheidExample);
    ownOff.moments[0]!.own = [{ id: 'eigen', text: 'x', choice: '9', comment: '', talk: false }];
    for (const bad of [offScale, ownOff]) {
      const invalid = recordEvents<NaInvalidEvent>(el, 'na-invalid');
      el.value = bad;
      expect(el.importJSON(JSON.stringify(bad))).to.be.false;
      expect(invalid.map((e) => e.detail.source)).to.deep.equal(['property', 'import']);
      expect(invalid[0]!.detail.issues[0]!.path.at(-1)).to.equal('choice');
      expect(el.value).to.deep.equal(eenzaamheidExample);
    }
    // The engine without a definition cannot know the scale: there a choice is only held to 16 characters.
    const engine = await mount<NaReflector>('na-reflector');
    engine.value = { ...offScale, reflector: undefined };
    expect(engine.value.moments[0]!.answers['leegte']!.choice).to.equal('Z');
    // A reflector without a scale (7.4) takes no choice at all.
    const feedback = await mount<NaReflector>('na-feedbackformulier');
    const withChoice = structuredClone(feedbackformulierExample);
    const [statement] = Object.keys(withChoice.moments[0]!.answers);
    withChoice.moments[0]!.answers[statement!]!.choice = 'A';
    const refused = recordEvents<NaInvalidEvent>(feedback, 'na-invalid');
    feedback.value = withChoice;
    expect(refused).to.have.length(1);
  });

  it('shows the workbook statements verbatim, in order, each a radio group named by its statement', async () => {
    const el = await mount<NaReflector>('na-reflector-eenzaamheid');
    const groups = [...shadow(el).querySelectorAll('.statement[role="group"]')];
    expect(groups).to.have.length(11);
    const names = groups.map((g) => shadow(el).getElementById(g.getAttribute('aria-labelledby')!)!.textContent!.trim());
    expect(names).to.deep.equal(eenzaamheidDefinition().statements!.map((s) => s.text));
    expect(names[0]).to.equal('Er is altijd wel iemand in mijn omgeving bij wie ik met mijn dagelijkse problemen terecht kan');
    // the scale labels are the accessible names of the options
    const labels = [...groups[0]!.querySelectorAll('.na-scale label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels).to.deep.equal(['A helemaal niet mee eens', 'B in geringe mate mee eens', 'C in hoge mate mee eens']);
    // the warning of 6.10
    expect(visibleText(el)).to.contain('De reflector is uitsluitend bedoeld als voeding voor een gesprek.');
  });

  it('follows the locale and an organisation\'s own texts in its statements at once (its definition is kept between renders)', async () => {
    const el = await mount<NaReflector>('na-reflector-vooroordelen');
    const legends = () => [...shadow(el).querySelectorAll('.statement__text')].map((l) => l.textContent!.trim());
    expect(legends()[0]).to.equal('Eenzaamheid hoort bij het leven.');
    setTexts('nl', { 'Eenzaamheid hoort bij het leven.': 'Eenzaam zijn hoort bij het leven.' });
    try {
      await el.updateComplete;
      expect(legends()[0]).to.equal('Eenzaam zijn hoort bij het leven.');
      expect(el.definition.statements![0]!.text).to.equal('Eenzaam zijn hoort bij het leven.');
      await setLocale('en');
      await el.updateComplete;
      expect(legends()[0]).to.equal(vooroordelenDefinition().statements![0]!.text);
      expect(legends()[0]).not.to.match(/eenzaam/i);
    } finally {
      setTexts('nl', {});
    }
    await setLocale('nl');
    await el.updateComplete;
    expect(legends()[0]).to.equal('Eenzaamheid hoort bij het leven.');
  });

  it('has the workbook counts: 7 + own (6.8), 11 (6.10), 10 + own (7.4), 3 columns (7.5), 16 + own on 1–5 (10.3)', async () => {
    expect(vooroordelenDefinition().statements).to.have.length(7);
    expect(vooroordelenDefinition().own!.label).to.equal('Voor mij speelt een andere aanname, namelijk..');
    expect(feedbackformulierDefinition().statements).to.have.length(10);
    expect(feedbackformulierDefinition().own!.label).to.equal('Eigen invulling');
    expect(bekendBesluitenBereikenDefinition().columns!.map((c) => `${c.title} ${c.question}`)).to.deep.equal([
      'Bekend Wat deed ik al?', 'Besluiten Wat doe ik niet meer?', 'Bereiken Wat ga ik anders doen?',
    ]);
    const o = ondersteuningsvaardighedenDefinition();
    expect(o.statements).to.have.length(16);
    expect(o.scale!.options.map((x) => `${x.value} ${x.label}`)).to.deep.equal([
      '1 in zeer geringe mate', '2 in geringe mate', '3 in voldoende mate', '4 in hoge mate', '5 in zeer hoge mate',
    ]);
    expect(o.comment!.label).to.equal('Wat wil ik nog verbeteren in mijn werkwijze?');
    expect(o.own!.label).to.equal('Anders, namelijk.....');
  });

  it('round-trips answers, comments, talk flags and own statements through the UI and JSON', async () => {
    const el = await mount<NaReflector>('na-reflector-vooroordelen');
    const first = shadow(el).querySelectorAll('.na-scale')[0]!;
    (first.querySelectorAll('input')[2] as HTMLInputElement).click();
    type(shadow(el).querySelector<HTMLTextAreaElement>('#comment-s-hoort-bij-leven')!, 'Iedereen kent het.');
    shadow(el).querySelector<HTMLInputElement>('#talk-s-hoort-bij-leven')!.click();
    const add = shadow(el).querySelector<HTMLInputElement>('#add-own')!;
    type(add, 'Eenzaamheid is een keuze.');
    add.form!.requestSubmit();
    await el.updateComplete;
    const own = el.value.moments[0]!.own[0]!;
    type(shadow(el).querySelector<HTMLTextAreaElement>(`#comment-o-${own.id}`)!, 'Nee.');
    await el.updateComplete;

    expect(el.value.reflector).to.equal('vooroordelen');
    const m = el.value.moments[0]!;
    expect(m.answers['hoort-bij-leven']).to.deep.equal({ choice: 'C', comment: 'Iedereen kent het.', talk: true });
    expect(m.own).to.deep.equal([{ id: own.id, text: 'Eenzaamheid is een keuze.', choice: null, comment: 'Nee.', talk: false }]);

    const other = await mount<NaReflector>('na-reflector-vooroordelen');
    expect(other.importJSON(el.exportJSON())).to.be.true;
    await other.updateComplete;
    expect(other.value).to.deep.equal(el.value);
    expect((shadow(other).querySelector('#comment-s-hoort-bij-leven') as HTMLTextAreaElement).value).to.equal('Iedereen kent het.');
    expect(inputByLabel(other, 'Hier wil ik over praten').checked).to.be.true;
    expect(visibleText(other)).to.contain('Eenzaamheid is een keuze.');
  });

  it('a second filling leaves the first untouched', async () => {
    const el = await mount<NaReflector>('na-reflector-eenzaamheid');
    const groups = () => [...shadow(el).querySelectorAll('.na-scale')];
    (groups()[0]!.querySelectorAll('input')[1] as HTMLInputElement).click();
    (groups()[1]!.querySelectorAll('input')[2] as HTMLInputElement).click();
    await el.updateComplete;
    const firstFilling = clone(el.value.moments[0]!);

    buttonByText(el, 'Nieuwe invulling beginnen').click();
    await el.updateComplete;
    expect(el.value.moments).to.have.length(2);
    // the new filling starts unanswered
    expect(groups().every((g) => [...g.querySelectorAll('input')].every((i) => !(i as HTMLInputElement).checked))).to.be.true;
    (groups()[0]!.querySelectorAll('input')[2] as HTMLInputElement).click();
    await el.updateComplete;

    expect(el.value.moments[0]).to.deep.equal(firstFilling);
    expect(el.value.moments[1]!.answers['iemand-voor-problemen']!.choice).to.equal('C');
    // the first filling can still be shown, as it was
    // Both fillings are of today: the first is named '1e invulling van …'.
    buttonByText(el, `1e invulling van ${new Intl.DateTimeFormat('nl', { dateStyle: 'long' }).format(new Date(`${firstFilling.date}T00:00:00`))}`).click();
    await el.updateComplete;
    expect((groups()[0]!.querySelectorAll('input')[1] as HTMLInputElement).checked).to.be.true;
  });

  it('the comparison marks exactly the statements whose answer changed', async () => {
    const el = await mount<NaReflector>('na-reflector-eenzaamheid', { properties: { value: clone(eenzaamheidExample) } });
    buttonByText(el, 'Vergelijk de invullingen').click();
    await el.updateComplete;
    const [m1, m2] = eenzaamheidExample.moments;
    const expected = eenzaamheidDefinition().statements!.filter((s) => m1!.answers[s.id]?.choice !== m2!.answers[s.id]?.choice).map((s) => s.id);
    expect(expected.length).to.be.within(1, 10);
    const rows = [...shadow(el).querySelectorAll<HTMLTableRowElement>('[part~="comparison"] tbody tr')];
    expect(rows).to.have.length(11);
    const marked = rows.filter((r) => r.querySelector('.difference')!.textContent!.trim() === 'Veranderd').map((r) => r.dataset.row);
    expect(marked).to.deep.equal(expected);
    // marked with text, not colour alone; answers per moment side by side
    const changedRow = rows.find((r) => r.dataset.row === 'leegte')!;
    expect([...changedRow.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'C – in hoge mate mee eens', 'B – in geringe mate mee eens', 'Veranderd',
    ]);
    expect(visibleText(el)).to.contain('het gaat niet om de scores zelf');
  });

  it('the comparison of free columns (7.5) and of own statements marks changes too', async () => {
    const el = await mount<NaReflector>('na-reflector-bekend-besluiten-bereiken', { properties: { value: clone(bekendBesluitenBereikenExample) } });
    buttonByText(el, 'Vergelijk de invullingen').click();
    await el.updateComplete;
    const rows = [...shadow(el).querySelectorAll<HTMLTableRowElement>('tbody tr')];
    expect(rows.map((r) => [r.dataset.row, r.classList.contains('changed')])).to.deep.equal([
      ['bekend', true], ['besluiten', false], ['bereiken', true],
    ]);
    const v = await mount<NaReflector>('na-reflector-vooroordelen', { properties: { value: clone(vooroordelenExample) } });
    buttonByText(v, 'Vergelijk de invullingen').click();
    await v.updateComplete;
    const own = shadow(v).querySelector<HTMLTableRowElement>('tr[data-row="eigen-1"]')!;
    expect(own.textContent).to.contain('Wie eenzaam is, zoekt zelf wel hulp.');
    expect(own.querySelector('.difference')!.textContent!.trim()).to.equal('Veranderd');
  });

  it('shows no score, total or count anywhere — only the workbook sentences that say it is not about scores', async () => {
    const samples: [string, ReflectorValue][] = [
      ['na-reflector-vooroordelen', vooroordelenExample], ['na-reflector-eenzaamheid', eenzaamheidExample],
      ['na-feedbackformulier', feedbackformulierExample], ['na-reflector-bekend-besluiten-bereiken', bekendBesluitenBereikenExample],
      ['na-reflector-ondersteuningsvaardigheden', ondersteuningsvaardighedenExample],
    ];
    const allowed = [
      'Waardering scores: A = helemaal niet mee eens; B = in geringe mate mee eens; C = in hoge mate mee eens',
      'Het gesprek over de stellingen is de hoofdzaak, niet de score op zich.',
      'het gaat niet om de scores zelf.',
    ];
    for (const locale of ['nl', 'en']) {
      await setLocale(locale);
      for (const [tag, value] of samples) {
        for (const compare of [false, true]) {
          const el = await mount<NaReflector>(tag, { properties: { value: clone(value) } });
          if (compare) {
            buttonByText(el, locale === 'nl' ? 'Vergelijk de invullingen' : 'Compare the entries').click();
            await el.updateComplete;
          }
          await nextFrame();
          let text = visibleText(el);
          if (locale === 'nl') for (const a of allowed) text = text.replace(a, '');
          else text = text.replace(/Rating scores:[^.]*?agree(?= )/, '').replace(/not the score itself\./, '').replace(/not about the scores themselves\./, '');
          expect(text, `${tag} ${locale} ${compare}`).not.to.match(/scor|totaal|total|gemiddel|average|punten|points|\bsom\b|\bsum\b|niveau|level/i);
          expect(text, `${tag} ${locale} ${compare}`).not.to.match(/\b\d+\s*(\/|van|of|uit|out of)\s*\d+\b/);
          expect(text, `${tag} ${locale} ${compare}`).not.to.match(/\b\d+\s*%/);
          unmountAll();
        }
      }
    }
  });

  it('can be filled completely with the keyboard alone', async () => {
    const before = document.createElement('button');
    before.textContent = 'voor';
    document.body.append(before);
    try {
      const el = await mount<NaReflector>('na-reflector-eenzaamheid');
      before.focus();
      const active = () => shadow(el).activeElement as HTMLInputElement | null;
      // Tab into the element until the first radio group
      for (let i = 0; i < 20 && active()?.type !== 'radio'; i++) await sendKeys({ press: 'Tab' });
      const ids = eenzaamheidDefinition().statements!.map((s) => s.id);
      for (const [i, id] of ids.entries()) {
        expect(active()?.name, `statement ${i}`).to.equal(`scale-s-${id}`);
        // arrow keys move within the row and choose: A → B (→ C for even rows)
        await sendKeys({ press: 'ArrowRight' });
        if (i % 2 === 0) await sendKeys({ press: 'ArrowRight' });
        await sendKeys({ press: 'Tab' }); // 'Hier wil ik over praten'
        if (i === 1) await sendKeys({ press: ' ' });
        await sendKeys({ press: 'Tab' });
      }
      // the own statement
      expect(active()?.id).to.equal('add-own');
      await sendKeys({ type: 'Ik voel me soms alleen in een groep.' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const m = el.value.moments[0]!;
      expect(ids.map((id) => m.answers[id]!.choice)).to.deep.equal(ids.map((_, i) => (i % 2 === 0 ? 'C' : 'B')));
      expect(ids.filter((id) => m.answers[id]!.talk)).to.deep.equal(['mis-goede-vriend']);
      expect(m.own.map((o) => o.text)).to.deep.equal(['Ik voel me soms alleen in een groep.']);
      // a new filling and the comparison, by keyboard
      buttonByText(el, 'Nieuwe invulling beginnen').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value.moments).to.have.length(2);
      buttonByText(el, 'Vergelijk de invullingen').focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="comparison"]')).to.exist;
    } finally {
      before.remove();
    }
  });

  it('free columns (7.5) take several entries per column by keyboard, and remove with undo', async () => {
    const el = await mount<NaReflector>('na-reflector-bekend-besluiten-bereiken');
    for (const [column, text] of [['bekend', 'Open vragen'], ['bekend', 'Samenvatten'], ['bereiken', 'Stiltes laten vallen']]) {
      shadow(el).querySelector<HTMLInputElement>(`#add-${column}`)!.focus();
      await sendKeys({ type: text! });
      await sendKeys({ press: 'Enter' });
    }
    await el.updateComplete;
    const cols = el.value.moments[0]!.columns;
    expect(cols.bekend!.map((e) => e.text)).to.deep.equal(['Open vragen', 'Samenvatten']);
    expect(cols.bereiken!.map((e) => e.text)).to.deep.equal(['Stiltes laten vallen']);
    buttonByText(el, 'Verwijder').click();
    await el.updateComplete;
    expect(el.value.moments[0]!.columns.bekend!.map((e) => e.text)).to.deep.equal(['Samenvatten']);
    expect(shadow(el).activeElement?.id).to.equal('add-bekend');
    el.undo();
    expect(el.value.moments[0]!.columns.bekend).to.have.length(2);
  });

  it('the engine takes an organisation\'s own definition, refuses an invalid one, and reads one from markup', async () => {
    const el = await mount<NaReflector>('na-reflector');
    expect(visibleText(el)).to.contain('Er is nog geen reflector ingesteld.');
    el.definition = exampleReflectorDefinition;
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Als ik binnenkom, word ik begroet.');
    const invalid = recordEvents<NaInvalidEvent>(el, 'na-invalid');
    el.definition = { ...exampleReflectorDefinition, statements: [{ id: 'Not a slug!', text: 'x' }] } as ReflectorDefinition;
    expect(invalid).to.have.length(1);
    expect(el.definition.id).to.equal('buurtkamer-welkom');

    const fromMarkup = await mount<NaReflector>('na-reflector', {
      children: `<script type="application/reflector+json">${JSON.stringify(exampleReflectorDefinition)}</script>
        <script type="application/json">${JSON.stringify(exampleReflectorValue)}</script>`,
    });
    expect(fromMarkup.definition.title).to.equal(exampleReflectorDefinition.title);
    expect(fromMarkup.value).to.deep.equal(exampleReflectorValue);
  });

  it('a definition whose ids are names every object has (constructor) keeps each answer through a reload', async () => {
    const definition: ReflectorDefinition = {
      ...exampleReflectorDefinition,
      statements: [{ id: 'constructor', text: 'Ik heb iemand om mee te praten.' }],
    };
    const el = await mount<NaReflector>('na-reflector', { attributes: { 'storage-key': 'na-keys-reflector' }, properties: { definition } });
    const option = 'A helemaal niet mee eens';
    expect(inputByLabel(el, option).checked, 'nothing is chosen yet').to.be.false;
    inputByLabel(el, option).click();
    await el.updateComplete;
    expect(el.value.moments[0]!.answers).to.deep.equal({ constructor: { choice: 'A', comment: '', talk: false } });
    el.saveNow();
    el.remove();
    const invalid: Event[] = [];
    const reloaded = await mount<NaReflector>('na-reflector', {
      attributes: { 'storage-key': 'na-keys-reflector' }, properties: { definition }, listeners: { 'na-invalid': (e) => invalid.push(e) },
    });
    expect(invalid, 'the stored filling is read, not put aside').to.deep.equal([]);
    expect(inputByLabel(reloaded, option).checked, 'the answer is on screen after the reload').to.be.true;
    localStorage.removeItem('na-keys-reflector');
  });

  it('the named reflectors keep their workbook definition', async () => {
    const el = await mount<NaReflector>('na-reflector-vooroordelen');
    el.definition = exampleReflectorDefinition;
    await el.updateComplete;
    expect(el.definition.id).to.equal('vooroordelen');
    expect(visibleText(el)).to.contain('Eenzaamheid hoort bij het leven.');
  });

  it('lists what the person wants to talk about', async () => {
    const el = await mount<NaReflector>('na-reflector-ondersteuningsvaardigheden', { properties: { value: clone(ondersteuningsvaardighedenExample) } });
    const talk = shadow(el).querySelector('[part~="talk"]')!;
    expect(talk.querySelectorAll('li')).to.have.length(1);
    expect(talk.textContent).to.contain('U laat de verantwoordelijkheid bij de persoon.');
  });

  it('renders English, marked as our translation, and the scale labels in English', async () => {
    const el = await mount<NaReflector>('na-reflector-ondersteuningsvaardigheden');
    await setLocale('en');
    await el.updateComplete;
    const text = visibleText(el);
    expect(text).to.contain('translation by niet-alleen');
    expect(inputByLabel(el, '5 to a very high degree')).to.exist;
  });

  it('user text stays text', async () => {
    const value = clone(vooroordelenExample);
    value.moments[0]!.own[0]!.text = '<img src=x onerror="window.__pwned=1">';
    const el = await mount<NaReflector>('na-reflector-vooroordelen', { properties: { value } });
    buttonByText(el, 'Vergelijk de invullingen').click();
    await el.updateComplete;
    expect(shadow(el).querySelector('img')).to.be.null;
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('has no axe violations in the comparison, readonly and columns views', async () => {
    const el = await mount<NaReflector>('na-reflector-vooroordelen', { properties: { value: clone(vooroordelenExample) } });
    buttonByText(el, 'Vergelijk de invullingen').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const ro = await mount<NaReflector>('na-reflector-ondersteuningsvaardigheden', { attributes: { readonly: '' }, properties: { value: clone(ondersteuningsvaardighedenExample) } });
    await expect(ro).to.be.accessible();
    const cols = await mount<NaReflector>('na-reflector-bekend-besluiten-bereiken', { properties: { value: clone(bekendBesluitenBereikenExample) } });
    await expect(cols).to.be.accessible();
    const fb = await mount<NaReflector>('na-feedbackformulier', { properties: { value: clone(feedbackformulierExample) } });
    await expect(fb).to.be.accessible();
  });

  it('the feedbackformulier speaks of skills, not of "deze reflector" or statements, in both languages', async () => {
    const el = await mount<NaReflector>('na-feedbackformulier', { properties: { value: clone(feedbackformulierExample) } });
    const guidanceText = await openGuidance(el);
    expect(guidanceText).to.contain('Hoe gebruikt u dit feedbackformulier?');
    expect(guidanceText).to.contain('het gaat om wat u bij elke vaardigheid ziet en wilt bespreken.');
    expect(visibleText(el)).to.contain('Uw eigen vaardigheid komt onder de andere te staan.');
    expect(visibleText(el)).not.to.match(/reflector|stelling/i);
    el.view = 'compare';
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Maakt de ondersteuner oogcontact? (eigen vaardigheid)');
    expect(visibleText(el)).not.to.match(/reflector|stelling/i);
    await setLocale('en');
    await el.updateComplete;
    expect(visibleText(el)).to.contain('(own skill)');
    expect(visibleText(el)).not.to.match(/reflector|statement/i);
    // The other reflectors keep their own words.
    const vooroordelen = await mount<NaReflector>('na-reflector-vooroordelen');
    expect(await openGuidance(vooroordelen)).to.contain('How do you use this reflector?');
  });

  it('view="compare" opens the comparison; readonly can still switch fillings and compare', async () => {
    const el = await mount<NaReflector>('na-reflector-vooroordelen', { attributes: { view: 'compare', readonly: '' }, properties: { value: clone(vooroordelenExample) } });
    expect(shadow(el).querySelector('[part~="comparison"]')).to.exist;
    buttonByText(el, 'Invulling van 20 januari 2026').click();
    await el.updateComplete;
    expect(el.view).to.equal('fill');
    expect(shadow(el).querySelector('[part~="comparison"]')).to.be.null;
    expect(visibleText(el)).to.contain('Ook jongeren, dat hoorde ik in de training.');
    // with a single filling there is nothing to compare: the filling is shown
    const single = await mount<NaReflector>('na-reflector-vooroordelen', {
      attributes: { view: 'compare' },
      properties: { value: { ...clone(vooroordelenExample), moments: [clone(vooroordelenExample).moments[0]!] } },
    });
    expect(shadow(single).querySelector('[part~="comparison"]')).to.be.null;
    expect(shadow(single).querySelectorAll('.na-scale').length).to.equal(8);
  });

  it('a filling can be removed, and undo brings it back', async () => {
    const el = await mount<NaReflector>('na-reflector-eenzaamheid', { properties: { value: clone(eenzaamheidExample) } });
    buttonByText(el, 'Verwijder deze invulling').click();
    await el.updateComplete;
    expect(el.value.moments).to.deep.equal([eenzaamheidExample.moments[0]]);
    el.undo();
    expect(el.value).to.deep.equal(eenzaamheidExample);
  });

  it('the date of a filling can be changed', async () => {
    const el = await mount<NaReflector>('na-reflector-eenzaamheid', { properties: { value: clone(eenzaamheidExample) } });
    const date = fieldByLabel(el, 'Datum van deze invulling') as HTMLInputElement;
    type(date, '2026-06-15');
    await el.updateComplete;
    expect(el.value.moments[1]!.date).to.equal('2026-06-15');
    expect(el.value.moments[0]).to.deep.equal(eenzaamheidExample.moments[0]);
  });
});
