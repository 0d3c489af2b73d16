import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll, recordEvents, buttonByText, shadow, type, visibleText, nextFrame, itAtWidth, expectLaidOutOnlyWhenNear, renderSteps, movedSince } from '@niet-alleen/core/testing';
import '@niet-alleen/talentenkaart';
import {
  talentenkaartGroepExample, sharedWishes, helpMatches,
  type NaTalentenkaartGroep, type TalentenkaartGroepValue, type NaWishHelpEvent,
} from '@niet-alleen/talentenkaart';
import { addPerson } from './helpers.js';

const sample = (): TalentenkaartGroepValue => structuredClone(talentenkaartGroepExample);

describe('<na-talentenkaart-groep>', () => {
  afterEach(async () => {
    unmountAll();
    await setLocale('nl');
    await setViewport({ width: 800, height: 600 });
  });
  const create = (opts = {}) => mount<NaTalentenkaartGroep>('na-talentenkaart-groep', opts);
  const field = (el: Element, id: string) => shadow(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${CSS.escape(id)}`)!;
  /** A part's text as a reader sees it, scrolled to (a suggestion list off screen is not laid out: innerText has nothing then). */
  const text = async (el: Element, part: string) => {
    const shown = shadow(el).querySelector<HTMLElement>(`[part~="${part}"]`)!;
    shown.scrollIntoView();
    await nextFrame();
    return shown.innerText.replace(/\s+/g, ' ');
  };

  // The work one edit causes (issue 32 item 7), never timed: the suggestions follow every edit, laid out once they come near.
  it('typing a wish with the suggestions off screen leaves their layout for when they come near', async () => {
    // A phone: the three cards one below the other, the suggestions well below the screen.
    await setViewport({ width: 390, height: 844 });
    const el = await mount<NaTalentenkaartGroep>('na-talentenkaart-groep', { properties: { value: structuredClone(talentenkaartGroepExample) } });
    const field = shadow(el).querySelector<HTMLInputElement | HTMLTextAreaElement>('#p-truus-wish1-wish')!;
    const parts = ['shared-wishes', 'matches'].map((p) => shadow(el).querySelector<HTMLElement>(`[part~="${p}"]`)!);
    await expectLaidOutOnlyWhenNear(parts, async () => {
      type(field, `${field.value} en fietsen`);
      await el.updateComplete;
    });
  });

  it('finds a shared wish and a talent that matches another person\'s wish, built through the UI', async () => {
    const el = await create();
    const anna = await addPerson(el, 'Anna');
    const bram = await addPerson(el, 'Bram');
    const cor = await addPerson(el, 'Cor');
    expect(await text(el, 'shared-wishes')).to.contain('Nog geen gedeelde wensen gevonden');
    type(field(el, `p-${anna}-wish1-wish`), 'vaker fietsen in de polder');
    type(field(el, `p-${bram}-wish2-wish`), 'een fietstocht maken met anderen');
    type(field(el, `p-${cor}-wish1-wish`), 'leren schilderen');
    type(field(el, `p-${bram}-ik-kan-goed-0`), 'schilderen en tekenen');
    await el.updateComplete;

    const shared = await text(el, 'shared-wishes');
    expect(shared).to.contain('Anna, wens 1: vaker fietsen in de polder');
    expect(shared).to.contain('Bram, wens 2: een fietstocht maken met anderen');
    expect(shared).not.to.contain('Cor');
    expect(el.sharedWishes).to.have.length(1);

    const matches = await text(el, 'matches');
    expect(matches).to.contain('Bram kan misschien Cor helpen');
    expect(matches).to.contain('Cor, wens 1: leren schilderen');
    expect(matches).to.contain('Talent van Bram: Ik kan goed ... schilderen en tekenen');
    expect(el.helpMatches.map((m) => [m.helperIndex, m.wish.personIndex, m.wish.number])).to.deep.equal([[1, 2, 1]]);
  });

  it('finds the example group\'s shared walk and who can help whom', () => {
    const { people } = sample();
    const shared = sharedWishes(people);
    expect(shared.map((s) => s.wishes.map((w) => `${people[w.personIndex]!.name} ${w.number}`))).to.deep.equal([['Truus 1', 'Ahmed 1']]);
    expect(shared[0]!.words).to.include('wandelen');
    const matches = helpMatches(people).map((m) => `${people[m.helperIndex]!.name} → ${people[m.wish.personIndex]!.name} ${m.wish.number}`);
    expect(matches).to.include.members(['Ahmed → Truus 2', 'Truus → Ria 1', 'Ria → Ahmed 2']);
    // Nobody matches their own wish.
    expect(helpMatches(people).every((m) => m.helperIndex !== m.wish.personIndex)).to.be.true;
  });

  for (const width of [1300, 390]) {
    it(`renders the group in tasks at ${width} px: card by card, four starters a task, then its wishes; nothing shown moves, updateComplete has it all`, async () => {
      await setViewport({ width, height: 900 });
      const { el, steps } = await renderSteps<NaTalentenkaartGroep>('na-talentenkaart-groep', { value: sample() }, '[part~="talent"], [part~="wishes"]', { below: '[part~="shared-wishes"], [part~="toolbar"]' });
      // Three people, each eight starters and then the wishes (two units): 30 units, four a task.
      expect(steps.map((s) => s.items)).to.deep.equal([4, 8, 11, 15, 18, 22, 26, 27]);
      expect(steps.map((s) => s.below), 'what is below the cards comes last').to.deep.equal([false, false, false, false, false, false, false, true]);
      expect(movedSince(steps[0]!), 'the first starters stay where they were').to.deep.equal([]);
      expect(movedSince(steps[3]!), 'and so does the second card\'s beginning').to.deep.equal([]);
      expect(shadow(el).querySelectorAll('[part~="person"]')).to.have.length(3);
      await setViewport({ width: 800, height: 600 });
    });
  }

  itAtWidth(320)('shows the cards side by side on a wide screen and one under the other at 320 px', async () => {
    await setViewport({ width: 1300, height: 900 });
    const el = await create({ properties: { value: sample() } });
    const tops = () => [...shadow(el).querySelectorAll<HTMLElement>('[part~="person"]')].map((p) => Math.round(p.getBoundingClientRect().top));
    expect(new Set(tops()).size).to.equal(1);
    await setViewport({ width: 320, height: 800 });
    await nextFrame();
    expect(new Set(tops()).size).to.equal(3);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('turns a suggestion into an action, and the action can be edited and removed', async () => {
    const el = await create({ properties: { value: { ...sample(), actions: [] } } });
    const shared = shadow(el).querySelector('[part~="shared-wishes"]')!;
    [...shared.querySelectorAll('button')].find((b) => b.textContent === 'Maak hier een actie van')!.click();
    await el.updateComplete;
    expect(el.value.actions).to.have.length(1);
    expect(el.value.actions[0]).to.include({ text: 'weer elke week wandelen', who: 'Truus, Ahmed' });
    const actionText = field(el, `action-${el.value.actions[0]!.id}-text`);
    expect(shadow(el).activeElement).to.equal(actionText);
    type(field(el, `action-${el.value.actions[0]!.id}-needs`), 'een vaste dag');
    await el.updateComplete;
    expect(el.value.actions[0]!.needs).to.equal('een vaste dag');
    buttonByText(el, 'Verwijder actie 1').click();
    await el.updateComplete;
    expect(el.value.actions).to.deep.equal([]);
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('#add-action'));
  });

  it('adds people and fills a card with the keyboard alone', async () => {
    const el = await create();
    shadow(el).querySelector<HTMLInputElement>('#add-person')!.focus();
    await sendKeys({ type: 'Anna' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Bram' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.people.map((p) => p.name)).to.deep.equal(['Anna', 'Bram']);
    const id = el.value.people[0]!.id;
    field(el, `p-${id}-wish1-wish`).focus();
    await sendKeys({ type: 'zwemmen' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'naar het zwembad bellen' });
    await el.updateComplete;
    expect(el.value.people[0]!.wishes[0]).to.include({ wish: 'zwemmen', actions: 'naar het zwembad bellen' });
  });

  it('removes a person (undo brings them back) and asks who can help with that person\'s name', async () => {
    const el = await create({ properties: { value: sample() } });
    const events = recordEvents<NaWishHelpEvent>(el, 'na-wish-help');
    const ria = shadow(el).querySelectorAll('[part~="person"]')[2]!;
    ria.querySelector<HTMLButtonElement>('[part~="wish-help"]')!.click();
    expect(events[0]!.detail).to.deep.include({ name: 'Ria', number: 1 });
    expect(events[0]!.detail.wish.wish).to.equal('taarten leren bakken');
    buttonByText(el, 'Verwijder Ria').click();
    await el.updateComplete;
    expect(el.value.people.map((p) => p.name)).to.deep.equal(['Truus', 'Ahmed']);
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('#add-person'));
    el.undo();
    expect(el.value.people.map((p) => p.name)).to.deep.equal(['Truus', 'Ahmed', 'Ria']);
  });

  it('shows the steps of 8.2 for a group verbatim', async () => {
    const el = await create();
    const t = visibleText(el);
    expect(t).to.contain('Wanneer u de wensen en talenten met meerdere mensen invult:');
    expect(t).to.contain('Beslis samen welke mensen elkaar kunnen helpen met hun talenten.');
    expect(t).to.contain('Zet de wensen om in acties. Wat heeft u nodig om dit te bereiken?');
  });

  it('renders in English and stays accessible, filled and readonly', async () => {
    const el = await create({ properties: { value: sample() } });
    await setLocale('en');
    await el.updateComplete;
    await nextFrame();
    expect(visibleText(el)).to.contain('Who could help whom with a talent?');
    expect(visibleText(el)).to.contain('I am good at ...');
    await expect(el).to.be.accessible();
    el.readonly = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
