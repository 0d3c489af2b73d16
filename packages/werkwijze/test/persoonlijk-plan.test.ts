import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll, recordEvents, buttonByText, openGuidance, shadow, type, visibleText } from '@niet-alleen/core/testing';
import '@niet-alleen/werkwijze';
import { persoonlijkPlanExample, type NaPersoonlijkPlan, type PersoonlijkPlanValue } from '@niet-alleen/werkwijze';

const sample = (): PersoonlijkPlanValue => structuredClone(persoonlijkPlanExample);

const field = (el: Element, id: string) => shadow(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;

describe('<na-persoonlijk-plan>', () => {
  afterEach(async () => {
    unmountAll();
    await setLocale('nl');
  });
  const create = (opts = {}) => mount<NaPersoonlijkPlan>('na-persoonlijk-plan', opts);

  it('keeps the goal in the person\'s own words, and says a goal can be very small', async () => {
    const el = await create();
    expect(visibleText(el)).to.contain('Een persoonlijk doel kan ook iets heel kleins zijn.');
    type(field(el, 'goal'), 'Koffie');
    type(field(el, 'goal'), 'Koffie drinken bij de buren');
    await el.updateComplete;
    expect(el.value.goal).to.equal('Koffie drinken bij de buren');
    el.undo();
    expect(el.value.goal).to.equal('');
  });

  it('chapter 9: the guidance has the three questions of 9.2, "Soms hoeft er geen apart plan…", Van Bakel’s six qualities and the six IMR steps (Dutch and English)', async () => {
    const el = await create();
    const nl = await openGuidance(el);
    for (const t of [
      'Denk hierbij aan wat de persoon verteld heeft over de ervaren eenzaamheid:',
      'Mist de persoon een hechte, emotionele band met één of enkele nabije personen (emotionele eenzaamheid)?',
      'Gaat het om relaties in een breder verband (sociale eenzaamheid)?',
      'Gaat het om langdurige of tijdelijke eenzaamheid/sociaal isolement?',
      'Soms hoeft er geen apart plan gemaakt te worden, omdat dit al door de persoon zelf is gedaan op een andere manier.',
      'Van Bakel et.al. (2008) hebben de gevraagde eigenschappen als volgt beschreven:',
      'U bent present (aanwezig in het moment).', 'U gebruikt uw eigen referentiekader terughoudend en bescheiden.',
      'U sluit aan bij het verhaal van de ander.', 'U herkent en stimuleert de eigen kracht.',
      'U stimuleert het gebruik maken van de eigen ervaringen.', 'U stimuleert en benut de ondersteuning voor de persoon door belangrijke anderen.',
      'In het Illness, management en recovery model (IMR) (Dröes en Witsenburg, 2012)',
      'De doelen die er gesteld worden moeten individueel zijn en door de persoon bepaald.',
      'De strategie om de doelen te bereiken wordt besproken en indien nodig wordt er geoefend met een strategie, bijvoorbeeld ergens op af stappen.',
      'Er wordt besproken welke strategieën de persoon zelf kent die voor hem of haar werken.',
      'Problemen die iemand tegenkomt worden besproken en vervolgens worden er nieuwe manieren gezocht om het doel te bereiken.',
      'Informatie wordt gegeven als het de persoon helpt het doel te bereiken.',
      'Doelen kunnen stapsgewijs gerealiseerd worden. De persoon bepaalt het tempo en de daarbij gewenste ondersteuning.',
    ]) expect(nl, t).to.contain(t);
    await setLocale('en');
    await el.updateComplete;
    const en = await openGuidance(el);
    for (const t of ['(emotional loneliness)?', 'Sometimes no separate plan needs to be made', 'You are present (there in the moment).', 'Illness Management and Recovery model (IMR)']) {
      expect(en, t).to.contain(t);
    }
  });

  it('adds, edits and removes steps; focus goes back to the add field after a delete', async () => {
    const el = await create();
    const add = field(el, 'add-step') as HTMLInputElement;
    type(add, 'Bellen met het buurthuis');
    add.form!.requestSubmit();
    type(add, 'Samen gaan');
    add.form!.requestSubmit();
    await el.updateComplete;
    expect(el.value.steps.map((s) => s.text)).to.deep.equal(['Bellen met het buurthuis', 'Samen gaan']);
    const labels = [...shadow(el).querySelectorAll('[part~="steps"] label')].map((l) => l.textContent!.trim());
    expect(labels).to.include.members(['Stap 1', 'Stap 2']);
    type(field(el, `step-${el.value.steps[1]!.id}`), 'Samen met Ans gaan');
    await el.updateComplete;
    expect(el.value.steps[1]!.text).to.equal('Samen met Ans gaan');
    shadow(el).querySelector<HTMLButtonElement>('[part~="steps"] li .na-button')!.click();
    await el.updateComplete;
    expect(el.value.steps.map((s) => s.text)).to.deep.equal(['Samen met Ans gaan']);
    expect(shadow(el).activeElement?.id).to.equal('add-step');
  });

  it('offers wishes from a talentenkaart as the goal', async () => {
    const el = await create({ properties: { wishes: [{ id: 'w1', text: 'Ik zou graag weer zingen in een koor' }, { id: 'w2', text: '' }] } });
    expect(visibleText(el)).to.contain('Wensen uit de talentenkaart');
    expect(visibleText(el)).to.contain('Ik zou graag weer zingen in een koor');
    const changes = recordEvents(el, 'na-change');
    buttonByText(el, 'Neem over als doel').click();
    await el.updateComplete;
    expect(el.value.goal).to.equal('Ik zou graag weer zingen in een koor');
    expect(el.value.wishId).to.equal('w1');
    expect(changes).to.have.length(1);
    expect(shadow(el).activeElement?.id).to.equal('goal');
    expect(buttonByText(el, 'Neem over als doel').getAttribute('aria-pressed')).to.equal('true');
  });

  it('offers contacts from a netwerkkaart as helpers, and each only once', async () => {
    const el = await create({ properties: { contacts: [{ id: 'c1', name: 'Buurvrouw Ans' }, { id: 'c2', name: 'Koor De Lijster' }] } });
    const offered = () => [...shadow(el).querySelectorAll('[part~="suggestions"] li span')].map((s) => s.textContent);
    expect(offered()).to.deep.equal(['Buurvrouw Ans', 'Koor De Lijster']);
    shadow(el).querySelector<HTMLButtonElement>('[part~="suggestions"] li .na-button')!.click();
    await el.updateComplete;
    expect(el.value.helpers).to.have.length(1);
    expect(el.value.helpers[0]).to.include({ name: 'Buurvrouw Ans', contactId: 'c1' });
    expect(offered()).to.deep.equal(['Koor De Lijster']);
    expect(visibleText(el)).to.contain('uit de netwerkkaart');
  });

  it('numbers two look-backs agreed on the same day in their headings', async () => {
    const el = await create();
    const answers = sample().lookBacks[0]!.answers;
    el.value = { ...el.value, lookBacks: [{ id: 'l1', date: '2026-05-04', answers }, { id: 'l2', date: '2026-05-04', answers }, { id: 'l3', date: '', answers }] };
    await el.updateComplete;
    const headings = [...shadow(el).querySelectorAll('[part~="look-back"] h4')].map((h) => h.textContent);
    expect(headings).to.deep.equal(['Terugblik op 4 mei 2026 (1)', 'Terugblik op 4 mei 2026 (2)', 'Terugblik (datum nog niet afgesproken)']);
  });

  it('adds a look-back per agreed date with the five questions of 10.1, verbatim', async () => {
    const el = await create();
    expect(visibleText(el)).to.contain('Nog geen terugblikmoment afgesproken.');
    buttonByText(el, 'Terugblikmoment toevoegen').click();
    await el.updateComplete;
    const lookBack = el.value.lookBacks[0]!;
    expect(shadow(el).activeElement?.id).to.equal(`lookback-${lookBack.id}-date`);
    const date = field(el, `lookback-${lookBack.id}-date`) as HTMLInputElement;
    type(date, '2026-05-04');
    await el.updateComplete;
    expect(el.value.lookBacks[0]!.date).to.equal('2026-05-04');
    const section = shadow(el).querySelector('[part~="look-back"]')!;
    expect(section.querySelector('h4')!.textContent).to.equal('Terugblik op 4 mei 2026');
    const labels = [...section.querySelectorAll('textarea')].map((t) => section.querySelector(`label[for="${t.id}"]`)!.textContent!.trim());
    expect(labels).to.deep.equal([
      'Welke acties zijn ondernomen?',
      'Wat was de belangrijkste verandering?',
      'Welke belemmeringen kwam de persoon tegen?',
      'Welke acties hebben de persoon verder geholpen? Wat heeft het de persoon opgeleverd?',
      'Is er behoefte aan vervolgacties? Zo ja, waar denkt de persoon dan aan?',
    ]);
    type(field(el, `lookback-${lookBack.id}-verandering`), 'Ze gaat weer naar buiten.');
    await el.updateComplete;
    expect(el.value.lookBacks[0]!.answers.verandering).to.equal('Ze gaat weer naar buiten.');
    buttonByText(el, 'Terugblikmoment toevoegen').click();
    await el.updateComplete;
    expect(el.value.lookBacks).to.have.length(2);
    buttonByText(el, 'Verwijder dit terugblikmoment').click();
    await el.updateComplete;
    expect(el.value.lookBacks).to.have.length(1);
    expect(shadow(el).activeElement?.id).to.equal('add-lookback');
  });

  it('readonly shows empty parts as empty, not hidden', async () => {
    const el = await create({ attributes: { readonly: '' }, properties: { value: { ...sample(), needs: '', steps: [] } } });
    expect(visibleText(el)).to.contain('Niet ingevuld');
    expect(visibleText(el)).to.contain('Eén keer per week samen koffie drinken');
    expect(shadow(el).querySelector('[part~="suggestions"]')).to.be.null;
  });

  it('can be filled with the keyboard alone', async () => {
    const el = await create({ properties: { contacts: [{ id: 'c1', name: 'Buurvrouw Ans' }] } });
    field(el, 'goal').focus();
    await sendKeys({ type: 'Naar de markt' });
    shadow(el).querySelector<HTMLInputElement>('#add-step')!.focus();
    await sendKeys({ type: 'Boodschappenlijst maken' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Samen gaan' });
    await sendKeys({ press: 'Enter' });
    buttonByText(el, 'Voeg toe als helper').focus();
    await sendKeys({ press: 'Enter' });
    field(el, 'needs').focus();
    await sendKeys({ type: 'Een rollator' });
    buttonByText(el, 'Terugblikmoment toevoegen').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    // Focus is now in the new look-back's date field; Tab past its day/month/year parts to the first question.
    for (let i = 0; i < 5 && shadow(el).activeElement?.tagName !== 'TEXTAREA'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Twee keer geweest' });
    await el.updateComplete;
    expect(el.value.goal).to.equal('Naar de markt');
    expect(el.value.steps.map((s) => s.text)).to.deep.equal(['Boodschappenlijst maken', 'Samen gaan']);
    expect(el.value.helpers.map((h) => h.name)).to.deep.equal(['Buurvrouw Ans']);
    expect(el.value.needs).to.equal('Een rollator');
    expect(el.value.lookBacks[0]!.answers.acties).to.equal('Twee keer geweest');
  });

  it('shows no score, total or label', async () => {
    const el = await create({ properties: { value: sample() } });
    expect(visibleText(el)).not.to.match(/score\s*:|totaal|\b\d+\s*(van|\/)\s*\d+\b/i);
  });

  it('renders English with the translation note', async () => {
    const el = await create({ properties: { value: sample() } });
    await setLocale('en');
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Which obstacles did the person come across?');
    expect(visibleText(el)).to.contain('Look back on March 2, 2026');
    expect(visibleText(el)).to.contain('translation by niet-alleen');
  });

  it('user text stays text', async () => {
    const el = await create({ properties: { value: { ...sample(), goal: '<img src=x onerror="window.__pwned=1">' }, wishes: [{ id: 'w', text: '<b>vet</b>' }] } });
    expect(shadow(el).querySelector('img, b')).to.be.null;
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
  });
});
