import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale, type NaInvalidEvent } from '@niet-alleen/core';
import { mount, unmountAll, recordEvents, inputByLabel, buttonByText, shadow, type, visibleText } from '@niet-alleen/core/testing';
import '@niet-alleen/werkwijze';
import {
  instrumentsInPhase, integrations, phaseIds, werkwijzeExample,
  type NaPersoonlijkPlan, type NaWerkwijze, type WerkwijzeValue, type NaPhaseChangeEvent,
} from '@niet-alleen/werkwijze';
import type { NaSignaleringskaart } from '@niet-alleen/signaleringskaart';
import { child, openEveryPhase } from './phases.js';

const sample = (): WerkwijzeValue => structuredClone(werkwijzeExample);

/** The instrument elements in the dossier whose own template has rendered. */
const renderedInstruments = (el: NaWerkwijze) =>
  [...shadow(el).querySelectorAll('[data-instrument]')].filter((s) => (s.querySelector('[data-instrument] > :not(p)')?.shadowRoot?.textContent ?? '').trim() !== '');
const instrumentCount = phaseIds.reduce((n, p) => n + instrumentsInPhase(p).length, 0);
const tabs = (el: NaWerkwijze) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const visiblePanel = (el: NaWerkwijze) => [...shadow(el).querySelectorAll<HTMLElement>('[role="tabpanel"]')].filter((p) => !p.hidden);

describe('<na-werkwijze>', () => {
  afterEach(async () => {
    unmountAll();
    localStorage.clear();
    await setLocale('nl');
  });
  const create = (opts = {}) => mount<NaWerkwijze>('na-werkwijze', opts);

  it('shows the six phases as a tab list, in the workbook\'s words, and says they are not a sequence', async () => {
    const el = await create();
    expect(tabs(el).map((t) => t.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '1 Herkennen', '2 Bespreekbaar maken', '3 Luisteren', '4 Wensen en talenten', '5 Ondersteunen richting actie', '6 Terug- en vooruitblikken',
    ]);
    expect(tabs(el).map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false', 'false', 'false', 'false']);
    expect(visibleText(el)).to.contain('De fases zijn niet vanzelfsprekend opeenvolgend.');
    expect(visiblePanel(el).map((p) => p.id)).to.deep.equal(['panel-herkennen']);
    expect(visiblePanel(el)[0]!.querySelector('na-signaleringskaart')).to.exist;
  });

  it('opens the phase named in the attribute, and the first one for an unknown name', async () => {
    const el = await create({ attributes: { phase: 'luisteren' } });
    expect(visiblePanel(el).map((p) => p.id)).to.deep.equal(['panel-luisteren']);
    el.setAttribute('phase', 'bestaat-niet');
    await el.updateComplete;
    expect(visiblePanel(el).map((p) => p.id)).to.deep.equal(['panel-herkennen']);
  });

  it('moves through the phases with the keyboard, in any order, and back', async () => {
    const el = await create();
    const phases = recordEvents<NaPhaseChangeEvent>(el, 'na-phase-change');
    tabs(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.phase).to.equal('bespreekbaar-maken');
    expect(shadow(el).activeElement?.id).to.equal('tab-bespreekbaar-maken');
    expect(visiblePanel(el).map((p) => p.id)).to.deep.equal(['panel-bespreekbaar-maken']);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.phase).to.equal('terug-en-vooruitblikken');
    await sendKeys({ press: 'ArrowRight' }); // wraps around
    await el.updateComplete;
    expect(el.phase).to.equal('herkennen');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.phase).to.equal('actie');
    expect(shadow(el).activeElement?.getAttribute('aria-selected')).to.equal('true');
    // Tab leaves the tab list into the panel: only the current tab is in the tab order.
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.getAttribute('role')).not.to.equal('tab');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(shadow(el).activeElement?.id).to.equal('tab-actie');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.phase).to.equal('herkennen');
    expect(phases.map((e) => e.detail.phase)).to.deep.equal([
      'bespreekbaar-maken', 'terug-en-vooruitblikken', 'herkennen', 'terug-en-vooruitblikken', 'actie', 'herkennen',
    ]);
  });

  it('keeps each instrument\'s value in the dossier; the page hears only the dossier\'s na-change', async () => {
    const el = await create();
    const changes: Event[] = [];
    document.body.addEventListener('na-change', (e) => changes.push(e));
    try {
      const kaart = await child<NaSignaleringskaart>(el, 'herkennen', 'na-signaleringskaart');
      inputByLabel(kaart, 'slaapproblemen').click();
      await el.updateComplete;
      expect(el.value.instruments.signaleringskaart?.marked).to.deep.equal(['slaapproblemen']);
      expect(changes).to.have.length(1);
      expect(changes[0]!.target === el).to.be.true;
      expect((changes[0] as CustomEvent).detail.value).to.deep.equal(el.value);
    } finally {
      changes.length = 0;
    }
  });

  it('links a marked signal to the tips of 6.9 in phase 2', async () => {
    const el = await create();
    expect(shadow(el).querySelector('#panel-herkennen aside[part~="link"]') === null).to.be.true;
    const kaart = await child<NaSignaleringskaart>(el, 'herkennen', 'na-signaleringskaart');
    inputByLabel(kaart, 'gevoelens van verlatenheid').click();
    await el.updateComplete;
    expect(visibleText(el)).to.contain('U heeft een signaal gemarkeerd');
    buttonByText(el, 'Tips voor het gesprek (fase 2)').click();
    await el.updateComplete;
    expect(el.phase).to.equal('bespreekbaar-maken');
    const tips = shadow(el).querySelector<HTMLDetailsElement>('#knowledge-tips')!;
    expect(tips.open).to.be.true;
    expect(shadow(el).activeElement?.id).to.equal('knowledge-tips');
    expect(tips.textContent).to.contain('Zet uw eigen aannames (tijdelijk) aan de kant.');
    expect(tips.textContent).to.contain('Eenzaamheid onnodig problematiseren.');
  });

  it('passing a signal on opens the way to the referral card (or the tips when there is none)', async () => {
    const el = await create({ properties: { value: sample() } });
    const kaart = await child<NaSignaleringskaart>(el, 'herkennen', 'na-signaleringskaart');
    inputByLabel(kaart, 'Ik kan of wil het gesprek niet aangaan: ik geef het signaal door').click();
    await kaart.updateComplete;
    buttonByText(kaart, 'Geef het signaal door').click();
    await el.updateComplete;
    await el.updateComplete;
    const hasReferral = integrations.some((i) => i.key === 'verwijskaart');
    expect(shadow(el).activeElement?.id).to.equal(hasReferral ? 'herkennen-verwijskaart' : 'knowledge-tips');
    expect(el.value.instruments.signaleringskaart?.nextStep).to.equal('doorgeven');
  });

  it('offers the supporter the example questions (7.6) and typology (12.1) as knowledge, not as a field about the person', async () => {
    const el = await create();
    el.selectPhase('luisteren');
    await el.updateComplete;
    const panel = visiblePanel(el)[0]!;
    const questions = panel.querySelector<HTMLDetailsElement>('#knowledge-vragen')!;
    const typology = panel.querySelector<HTMLDetailsElement>('#knowledge-typologie')!;
    expect(questions.open).to.be.false;
    expect(questions.textContent).to.contain('Op welke moment voelt u zich eenzaam?');
    expect(questions.textContent).to.contain('Zijn er dingen die u mist in het contact met anderen?');
    expect(typology.textContent).to.contain('geen label voor de persoon');
    expect(typology.textContent).to.contain('Hebben de moed opgegeven en zijn uitsluitend bezig met overleven');
    expect(typology.querySelectorAll('tbody tr')).to.have.length(4);
    expect(typology.querySelectorAll('input, select, textarea')).to.have.length(0);
    expect(JSON.stringify(el.value)).not.to.match(/typ/i);
  });

  it('offers wishes and contacts of the dossier to the plan, and shows its look-back in phase 6', async () => {
    const el = await create({ properties: { value: sample() } });
    el.selectPhase('terug-en-vooruitblikken');
    await el.updateComplete;
    const lookBack = await child<NaPersoonlijkPlan>(el, 'terug-en-vooruitblikken', 'na-persoonlijk-plan');
    expect(lookBack.view).to.equal('terugblik');
    expect(visibleText(lookBack)).to.contain('Eén keer per week samen koffie drinken');
    expect(visibleText(lookBack)).to.contain('Wat was de belangrijkste verandering?');
    buttonByText(lookBack, 'Terugblikmoment toevoegen').click();
    await el.updateComplete;
    expect(el.value.instruments['persoonlijk-plan']?.lookBacks).to.have.length(2);
    // The same plan in phase 5 follows.
    const plan = await child<NaPersoonlijkPlan>(el, 'actie', 'na-persoonlijk-plan');
    await plan.updateComplete;
    expect(plan.value.lookBacks).to.have.length(2);
  });

  it('turns a wish into the question on the netwerkkaart, and offers wishes and contacts to the plan', async () => {
    const el = await create({ properties: { value: sample() } });
    el.selectPhase('wensen-en-talenten');
    await el.updateComplete;
    const wish = sample().instruments.talentenkaart!.wishes[0].wish;
    const link = shadow(el).querySelector('#panel-wensen-en-talenten aside[part~="link"]')!;
    expect(link.textContent).to.contain(wish);
    link.querySelector<HTMLButtonElement>('li .na-button')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value.instruments.netwerkkaart?.wish).to.equal(wish);
    expect(shadow(el).activeElement?.id).to.equal('wensen-en-talenten-netwerkkaart');
    const plan = await child<NaPersoonlijkPlan>(el, 'actie', 'na-persoonlijk-plan');
    expect(plan.wishes.map((w) => w.text)).to.include(wish);
    expect(plan.contacts.map((c) => c.name)).to.include.members(sample().instruments.netwerkkaart!.contacts.filter((c) => c.name).map((c) => c.name));
  });

  it('hands on the same wishes, contacts and signal groups after an edit that leaves them as they were', async () => {
    // New arrays with the same items would make the plan and the verwijskaart render again after every keystroke anywhere.
    const el = await create({ properties: { value: sample() } });
    const plan = await child<NaPersoonlijkPlan>(el, 'actie', 'na-persoonlijk-plan');
    const referral = await child<HTMLElement & { signals: string[] }>(el, 'herkennen', 'na-verwijskaart');
    const before = [plan.wishes, plan.contacts, referral.signals];
    type(shadow(plan).querySelector<HTMLTextAreaElement>('#goal')!, 'Samen koken');
    await el.updateComplete;
    expect(el.value.instruments['persoonlijk-plan']?.goal).to.equal('Samen koken');
    expect([plan.wishes, plan.contacts, referral.signals]).to.have.ordered.members(before);
    // A wish that did change arrives.
    const next = structuredClone(el.value);
    next.instruments.talentenkaart!.wishes[0].wish = 'Op zondag wandelen';
    el.value = next;
    await el.updateComplete;
    expect(plan.wishes.map((w) => w.text)).to.include('Op zondag wandelen');
    expect(plan.contacts).to.equal(before[1]);
  });

  it('shows the organisation\'s verwijskaart, set by the page, read-only and without its editor (issue 21)', async () => {
    const card = { ...sample().instruments.verwijskaart!, title: 'Verwijskaart Welzijn Oost' };
    const el = await create({ properties: { value: sample(), verwijskaart: card } });
    const referral = await child<HTMLElement & { mode: string; readonly: boolean; value: unknown; updateComplete: Promise<boolean> }>(el, 'herkennen', 'na-verwijskaart');
    await referral.updateComplete;
    expect(referral.mode).to.equal('view');
    expect(referral.readonly).to.be.true;
    expect(referral.value).to.deep.equal(card);
    expect(visibleText(referral)).to.contain('Verwijskaart Welzijn Oost');
    expect(visibleText(el)).not.to.contain('bewerken');
    expect(shadow(referral).querySelector('[part~="editor"], input, textarea')).to.equal(null);
  });

  it('embeds its instruments: one toolbar, one source line and one undo history for the whole dossier (issue 21)', async () => {
    const el = await create({ properties: { value: sample() } });
    for (const phase of phaseIds) {
      el.selectPhase(phase);
      await el.updateComplete;
      for (const integration of instrumentsInPhase(phase)) {
        const inner = await child<HTMLElement & { embedded: boolean; updateComplete: Promise<boolean> }>(el, phase, `na-${integration.key}`);
        await inner.updateComplete;
        expect(inner.embedded, integration.key).to.be.true;
        expect(shadow(inner).querySelector('[part~="toolbar"]'), `${integration.key} has no toolbar of its own`).to.equal(null);
        expect(shadow(inner).querySelector('[part~="credit"]'), `${integration.key} has no source line of its own`).to.equal(null);
      }
    }
    expect(shadow(el).querySelectorAll('[part~="toolbar"]').length).to.equal(1);
    expect(shadow(el).querySelectorAll('[part~="credit"]').length).to.equal(1);

    const plan = await child<NaPersoonlijkPlan>(el, 'actie', 'na-persoonlijk-plan');
    const goal = () => shadow(plan).querySelector<HTMLTextAreaElement>('#goal')!;
    const before = goal().value;
    type(goal(), 'Samen koken');
    await el.updateComplete;
    await plan.updateComplete;
    expect(plan.canUndo, 'the plan keeps no undo history of its own').to.be.false;
    expect(el.canUndo).to.be.true;
    el.undo();
    await el.updateComplete;
    await plan.updateComplete;
    expect(goal().value).to.equal(before);
    expect(el.value.instruments['persoonlijk-plan']?.goal ?? '').to.equal(before);
  });

  it('headings follow the outline in size too: a phase heading is larger than the instrument headings in it (issue 21)', async () => {
    const el = await create({ properties: { value: sample() } });
    const kaart = await child<NaSignaleringskaart>(el, 'herkennen', 'na-signaleringskaart');
    await kaart.updateComplete;
    const phaseHeading = shadow(el).querySelector<HTMLElement>('#heading-herkennen')!;
    const title = shadow(kaart).querySelector<HTMLElement>('.na-title')!;
    expect(phaseHeading.localName).to.equal('h3');
    expect(title.localName).to.equal('h4');
    const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
    expect(size(phaseHeading)).to.be.greaterThan(size(title));
    for (const sub of shadow(kaart).querySelectorAll('h5, h6, .na-subtitle')) expect(size(sub)).to.be.at.most(size(title));
  });

  it('ends each phase with the way on to the next, opened at its start (issue 21)', async () => {
    const el = await create({ properties: { value: sample() } });
    for (const [i, phase] of phaseIds.entries()) {
      const next = phaseIds[i + 1];
      const panel = visiblePanel(el)[0]!;
      expect(panel.id).to.equal(`panel-${phase}`);
      const nextButtons = [...panel.querySelectorAll<HTMLButtonElement>(':scope > .next-phase button')];
      if (!next) {
        expect(nextButtons, 'the last phase has no next').to.have.length(0);
        break;
      }
      expect(nextButtons).to.have.length(1);
      expect(nextButtons[0]!.textContent).to.contain(`fase ${i + 2}`);
      nextButtons[0]!.click();
      await el.updateComplete;
      expect(el.phase).to.equal(next);
      await new Promise((r) => setTimeout(r));
      expect(shadow(el).activeElement?.id).to.equal(`panel-${next}`);
    }
  });

  it('hands the marked signal groups to the verwijskaart', async () => {
    const el = await create({ properties: { value: sample() } });
    const referral = shadow(el).querySelector<HTMLElement & { signals: string[] }>('#panel-herkennen na-verwijskaart')!;
    expect(referral.signals).to.deep.equal(['lichamelijk', 'psychisch', 'sociaal', 'gedragsmatig', 'levensgebeurtenissen']);
  });

  it('hands its clock to the verwijskaart, whose "reachable now" follows it', async () => {
    // The example contact is reachable Monday to Friday 9:00–17:00 (and Thursday evening).
    const el = await create({ properties: { value: sample(), now: new Date(2026, 10, 23, 10, 30) } });
    const referral = await child<HTMLElement & { updateComplete: Promise<boolean> }>(el, 'herkennen', 'na-verwijskaart');
    await referral.updateComplete;
    expect(visibleText(referral)).to.contain('Nu bereikbaar, tot 17:00.');
    el.now = new Date(2026, 10, 23, 18, 0);
    await el.updateComplete;
    await referral.updateComplete;
    expect(visibleText(referral)).to.contain('Nu niet bereikbaar. Morgen weer vanaf 09:00.');
  });

  it('shows the reflector \'Voel ik me eenzaam?\' again in the look-back phase, on the same value', async () => {
    const el = await create({ properties: { value: sample() } });
    const first = await child<HTMLElement & { value: unknown }>(el, 'bespreekbaar-maken', 'na-reflector-eenzaamheid');
    const again = await child<HTMLElement & { value: unknown }>(el, 'terug-en-vooruitblikken', 'na-reflector-eenzaamheid');
    expect(again.value).to.deep.equal(first.value);
    el.selectPhase('terug-en-vooruitblikken');
    await el.updateComplete;
    expect(visiblePanel(el)[0]!.textContent).to.contain('tweede keer invullen van de reflector');
  });

  it('removes an instrument from the dossier when it is emptied again', async () => {
    const el = await create();
    const plan = await child<NaPersoonlijkPlan>(el, 'actie', 'na-persoonlijk-plan');
    type(shadow(plan).querySelector<HTMLTextAreaElement>('#goal')!, 'Iets kleins');
    await el.updateComplete;
    expect(el.value.instruments['persoonlijk-plan']?.goal).to.equal('Iets kleins');
    type(shadow(plan).querySelector<HTMLTextAreaElement>('#goal')!, '');
    await el.updateComplete;
    expect(el.value.instruments).to.deep.equal({});
    expect(el.isEmpty).to.be.true;
  });

  it('round-trips a full dossier, every integrated instrument filled, through one JSON file', async () => {
    const full = sample();
    for (const i of integrations) expect(full.instruments[i.key], `${i.key} filled in the example`).to.exist;
    const el = await create({ properties: { value: full } });
    const text = el.exportJSON();
    const other = await create();
    expect(other.importJSON(text)).to.be.true;
    await other.updateComplete;
    expect(other.value).to.deep.equal(full);
    expect(JSON.parse(text)).to.deep.equal(full);
    // Each child element shows its part of the imported dossier (each phase opened once).
    await openEveryPhase(other);
    for (const i of integrations) {
      const shown = shadow(other).querySelector<HTMLElement & { value: unknown }>(`[data-instrument="${i.key}"] > :not(p)`)!;
      expect(shown.value, i.key).to.deep.equal(full.instruments[i.key]);
    }
  });

  it('refuses a dossier with one bad instrument as a whole, and says where', async () => {
    const el = await create({ properties: { value: sample() } });
    const invalid = recordEvents<NaInvalidEvent>(el, 'na-invalid');
    const bad = sample();
    (bad.instruments['persoonlijk-plan'] as { steps: unknown }).steps = 'geen lijst';
    expect(el.importJSON(JSON.stringify(bad))).to.be.false;
    expect(invalid[0]!.detail.issues[0]!.path.slice(0, 3)).to.deep.equal(['instruments', 'persoonlijk-plan', 'steps']);
    expect(el.value).to.deep.equal(sample());
  });

  it('keeps data of instruments this build does not know', async () => {
    const el = await create();
    const withUnknown = { ...sample(), instruments: { ...sample().instruments, 'toekomstig-instrument': { schemaVersion: 1, iets: 'x' } } };
    expect(el.importJSON(JSON.stringify(withUnknown))).to.be.true;
    expect(JSON.parse(el.exportJSON())).to.deep.equal(withUnknown);
  });

  it('refuses unchecked data under any instrument key: deep nesting, huge text, huge lists, too many keys, cycles (issue 27)', async () => {
    const el = await create({ properties: { value: sample() } });
    const deep = '{"schemaVersion":1,"instruments":{"x":' + '['.repeat(10000) + ']'.repeat(10000) + '}}';
    const big = (x: unknown) => JSON.stringify({ schemaVersion: 1, instruments: { ...sample().instruments, x } });
    const many = JSON.stringify({
      schemaVersion: 1,
      instruments: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`toekomst-${i}`, { schemaVersion: 1 }])),
    });
    for (const text of [deep, big({ schemaVersion: 1, s: 'x'.repeat(8_000_000) }), big({ schemaVersion: 1, items: Array(100_000).fill(1) }), big('text'), many]) {
      const invalid = recordEvents<NaInvalidEvent>(el, 'na-invalid');
      expect(el.importJSON(text), text.slice(0, 60)).to.be.false;
      expect(invalid.map((e) => e.detail.source)).to.deep.equal(['import']);
      expect(el.value).to.deep.equal(sample());
      expect(() => el.exportJSON()).not.to.throw();
    }
    const cyclic: Record<string, unknown> = { schemaVersion: 1 };
    cyclic.self = cyclic;
    const invalid = recordEvents<NaInvalidEvent>(el, 'na-invalid');
    expect(() => (el.value = { schemaVersion: 1, instruments: { x: cyclic } } as unknown as WerkwijzeValue)).not.to.throw();
    expect(invalid.map((e) => e.detail.source)).to.deep.equal(['property']);
    expect(el.value).to.deep.equal(sample());
    // From markup and storage: refused and reported, the element renders.
    localStorage.setItem('werkwijze-deep', deep);
    const loaded: NaInvalidEvent[] = [];
    const fresh = await create({
      attributes: { 'storage-key': 'werkwijze-deep' },
      children: `<script type="application/json">${deep}</script>`,
      listeners: { 'na-invalid': (e: Event) => loaded.push(e as NaInvalidEvent) },
    });
    expect(loaded.map((e) => e.detail.source)).to.deep.equal(['markup', 'storage']);
    expect(fresh.isEmpty).to.be.true;
    expect(shadow(fresh).querySelector('[role="alert"]')).to.exist;
  });

  it('print preview shows every phase without navigation', async () => {
    const el = await create({ attributes: { 'print-preview': '' }, properties: { value: sample() } });
    expect(shadow(el).querySelector('[role="tablist"]')).to.be.null;
    const panels = [...shadow(el).querySelectorAll<HTMLElement>('[part~="phase"]')];
    expect(panels).to.have.length(phaseIds.length);
    expect(panels.every((p) => !p.hidden)).to.be.true;
  });

  it('makes the instruments of a phase when it is first opened, and keeps them after', async () => {
    // Opening the dossier builds the instruments of the phase on screen, not all 13.
    const el = await create({ properties: { value: sample() } });
    const made = () => [...shadow(el).querySelectorAll('[data-instrument]')].map((s) => s.getAttribute('data-instrument'));
    expect(made()).to.deep.equal(['signaleringskaart', 'verwijskaart']);
    el.selectPhase('wensen-en-talenten');
    await el.updateComplete;
    const kaart = shadow(el).querySelector('#panel-wensen-en-talenten na-netwerkkaart');
    expect(kaart).to.exist;
    el.selectPhase('herkennen');
    await el.updateComplete;
    // The same element stays (with its undo history and anything half typed), hidden with its phase.
    expect(shadow(el).querySelector('#panel-wensen-en-talenten na-netwerkkaart')).to.equal(kaart);
    expect(made()).to.deep.equal(['signaleringskaart', 'verwijskaart', 'talentenkaart', 'interesses-waarden', 'netwerkkaart']);
  });

  it('print() prints every phase, also those not opened yet, each instrument rendered', async () => {
    const el = await create({ properties: { value: sample() } });
    expect(renderedInstruments(el)).to.have.length(2);
    const original = window.print;
    let atPrint = -1;
    window.print = () => {
      atPrint = renderedInstruments(el).length;
    };
    try {
      el.print();
    } finally {
      window.print = original;
      window.dispatchEvent(new Event('afterprint'));
    }
    expect(atPrint).to.equal(instrumentCount);
  });

  it('print() at once after the dossier is put on the page waits for every instrument, then prints every phase', async () => {
    // The first phase's instruments come with the dossier; the others load after its first render.
    const el = document.createElement('na-werkwijze') as NaWerkwijze;
    el.value = sample();
    document.body.append(el);
    const original = window.print;
    let atPrint = -1;
    let printed!: () => void;
    const done = new Promise<void>((r) => (printed = r));
    window.print = () => {
      atPrint = renderedInstruments(el).length;
      printed();
    };
    try {
      el.print();
      await done;
    } finally {
      window.print = original;
      window.dispatchEvent(new Event('afterprint'));
      el.remove();
    }
    expect(atPrint).to.equal(instrumentCount);
  });

  it('the browser\'s own print command prints every phase too (beforeprint)', async () => {
    const el = await create({ properties: { value: sample() } });
    window.dispatchEvent(new Event('beforeprint'));
    // At once, before the page would be printed: no await in between.
    expect(renderedInstruments(el)).to.have.length(instrumentCount);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('readonly passes readonly to every instrument', async () => {
    const el = await create({ attributes: { readonly: '' }, properties: { value: sample() } });
    await openEveryPhase(el);
    const children = [...shadow(el).querySelectorAll<HTMLElement>('[data-instrument] > *')];
    expect(children.length).to.be.greaterThan(0);
    expect(children.every((c) => c.hasAttribute('readonly'))).to.be.true;
  });

  it('shows no score or label on the person', async () => {
    const el = await create({ properties: { value: sample() } });
    for (const p of phaseIds) {
      el.selectPhase(p);
      await el.updateComplete;
      const text = visiblePanel(el)[0]!.textContent!;
      expect(text).not.to.match(/score\s*:|totaal/i);
    }
  });

  it('has no axe violations in any phase', async function () {
    this.timeout(90_000); // axe walks every instrument's shadow tree, six times
    const el = await create({ properties: { value: sample() } });
    for (const p of phaseIds) {
      el.selectPhase(p);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });
});
