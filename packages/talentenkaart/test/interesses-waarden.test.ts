import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { setLocale } from '@niet-alleen/core';
import { mount, unmountAll, recordEvents, shadow, type, visibleText, nextFrame, itAtWidth, inputByLabel, expectLaidOutOnlyWhenNear, renderSteps, movedSince } from '@niet-alleen/core/testing';
import '@niet-alleen/talentenkaart';
import { interessesWaardenExample, type NaInteressesWaarden, type InteressesWaardenValue } from '@niet-alleen/talentenkaart';
import { axTree, axFind, axFindAll } from '../../core/testing/keyboard.js';

const sample = (): InteressesWaardenValue => structuredClone(interessesWaardenExample);

const workbookOrder = [
  'Tuinieren', 'Gamen', 'Pilates', 'Schaatsen', 'Winkelen', 'Yoga', 'Dansen', 'Schaken',
  'Festivals', 'Kaarten', 'Krant', 'Voetbal', 'Lezingen', 'Familie bezoeken', 'Hockey', 'Reizen', 'Verzamelen',
  'Markten', 'Tv kijken', 'Muziek', 'Bezoek krijgen',
  'Film', 'Barbecueën', 'Musea bezoeken', 'Uit eten gaan', 'Fietsen', 'Feesten',
  'Klussen', 'Knutselen', 'Hardlopen', 'Sociale media', 'Zwemmen', 'Tekenen', 'Autorijden',
  'Koken', 'Fotograferen', 'Puzzelen', 'Fitness',
];

describe('<na-interesses-waarden>', () => {
  afterEach(async () => {
    unmountAll();
    await setLocale('nl');
    await setViewport({ width: 800, height: 600 });
  });
  const create = (opts = {}) => mount<NaInteressesWaarden>('na-interesses-waarden', opts);

  // The work one edit causes (issue 32 item 7), never timed: the summary follows every edit, laid out once it comes near.
  it('typing with the summary off screen leaves its layout for when it comes near', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount<NaInteressesWaarden>('na-interesses-waarden', { properties: { value: structuredClone(interessesWaardenExample) } });
    const summary = shadow(el).querySelector<HTMLElement>('[part~="summary"]')!;
    const field = inputByLabel(el, 'Eigen interesse 1') as HTMLInputElement;
    await expectLaidOutOnlyWhenNear([summary], async () => {
      type(field, 'Zingen');
      await el.updateComplete;
    });
    expect(summary.textContent, 'the summary follows').to.contain('Zingen');
  });
  const interest = (el: Element, id: string) => shadow(el).querySelector<HTMLButtonElement>(`#interest-${id}`)!;
  const state = (button: HTMLButtonElement) => button.querySelector('.interest__state')!.textContent!.replace(/\s+/g, ' ').trim();

  it('renders a filled sheet in tasks: two rows of tiles at a time, the follow-ups after the grids; nothing shown moves, updateComplete has it all', async () => {
    await setViewport({ width: 1000, height: 800 });
    const { el, steps } = await renderSteps<NaInteressesWaarden>('na-interesses-waarden', { value: sample() }, '.cell, .follow-up', { below: '[part~="summary"], [part~="toolbar"]' });
    // 44 tiles, eight a task; then the five follow-ups, each counted as a row of four.
    expect(steps.map((s) => s.items)).to.deep.equal([8, 16, 24, 32, 40, 45, 47, 49]);
    expect(steps.map((s) => s.below), 'the summary and the toolbar come last').to.deep.equal([false, false, false, false, false, false, false, true]);
    expect(movedSince(steps[0]!), 'the first rows stay where they were').to.deep.equal([]);
    expect(movedSince(steps[5]!), 'and so does everything shown with the first follow-up').to.deep.equal([]);
    expect(shadow(el).querySelectorAll('.follow-up')).to.have.length(5);
  });

  it('shows the 38 interests of the workbook verbatim, in its order, and six blank cells', async () => {
    const el = await create();
    const names = [...shadow(el).querySelectorAll('button.interest .interest__name')].map((n) => n.textContent!.trim());
    expect(names).to.deep.equal(workbookOrder);
    expect(shadow(el).querySelectorAll('[part~="own-interest"] input')).to.have.length(6);
    expect(shadow(el).querySelectorAll('ul.grid > li')).to.have.length(44);
    expect(visibleText(el)).to.contain('Vraag door naar de waarden bij de interesse(s).');
    expect(visibleText(el)).to.contain('Welke eigenschappen horen bij deze waarde?');
  });

  it('cycles an interest through its three states with Space and Enter, said in words and a symbol', async () => {
    const el = await create();
    const changes = recordEvents(el, 'na-change');
    const button = interest(el, 'koken');
    expect(state(button)).to.equal('○ neutraal');
    button.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.value.interests.map((e) => [e.id, e.mark])).to.deep.equal([['koken', 'leuk']]);
    expect(state(button)).to.equal('♥ vind ik leuk');
    expect(button.textContent!.replace(/\s+/g, ' ')).to.contain('Koken, ♥ vind ik leuk');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.interests.map((e) => e.mark)).to.deep.equal(['hekel']);
    expect(state(button)).to.equal('✕ heb ik een hekel aan');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.value.interests).to.deep.equal([]);
    expect(state(button)).to.equal('○ neutraal');
    expect(shadow(el).activeElement).to.equal(button);
    expect(changes).to.have.length(3);
    // The change is announced too (a name change of a focused button is not always read).
    await nextFrame();
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('Koken: neutraal');
  });

  it('moves between interests with the arrow keys, following the grid', async () => {
    await setViewport({ width: 1000, height: 800 });
    const el = await create();
    interest(el, 'tuinieren').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(shadow(el).activeElement).to.equal(interest(el, 'gamen'));
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement).to.equal(interest(el, 'yoga'));
    await sendKeys({ press: 'ArrowLeft' });
    expect(shadow(el).activeElement).to.equal(interest(el, 'winkelen'));
    await sendKeys({ press: 'ArrowUp' });
    expect(shadow(el).activeElement).to.equal(interest(el, 'tuinieren'));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.value.interests.map((e) => e.id)).to.deep.equal(['tuinieren']);
  });

  it('names the instrument in its introduction as a reference, not as "Ook Instrument: …"', async () => {
    const el = await create();
    const intro = [...shadow(el).querySelectorAll('.na-header p')].find((p) => p.querySelector('cite'))!;
    expect(intro.textContent).to.equal(
      'Ook het instrument Interesses en waarden (§8.6) kunt u gebruiken om uit te zoeken waar iemand plezier aan beleeft en wat daarvan de achterliggende gedachten zijn.',
    );
    expect(intro.querySelector('cite')!.textContent).to.equal('Interesses en waarden');
    expect(visibleText(el)).not.to.contain('Instrument:');
  });

  it('says how to choose once, for the group of interests, not on each tile', async () => {
    const el = await create({ properties: { value: sample() } });
    const help = 'Kies per interesse: één keer drukken is "vind ik leuk" (♥), nog een keer is "heb ik een hekel aan" (✕), de derde keer weer neutraal.';
    const tree = axTree(el);
    const group = axFind(tree, { role: 'group', name: 'Interesses' });
    expect(group.description).to.equal(help);
    const tiles = axFindAll(group, { role: 'button' });
    expect(tiles.length).to.be.greaterThan(38);
    expect(tiles.filter((t) => t.description)).to.deep.equal([]);
    expect(shadow(el).querySelectorAll('[aria-describedby="cycle-help"]')).to.have.length(1);
  });

  it('keeps the grid’s rows: a blank or filled own interest is no taller than a workbook tile', async () => {
    await setViewport({ width: 1000, height: 800 });
    const el = await create({ properties: { value: sample() } });
    const tile = interest(el, 'tuinieren').getBoundingClientRect().height;
    const cells = [...shadow(el).querySelectorAll<HTMLElement>('ul.grid > li')];
    const rows = new Map<number, number[]>();
    for (const c of cells) {
      const r = c.getBoundingClientRect();
      rows.set(Math.round(r.top), [...(rows.get(Math.round(r.top)) ?? []), r.height]);
    }
    expect(rows.size, 'ten rows of four (44 cells)').to.equal(11);
    for (const [top, heights] of rows) {
      expect(Math.max(...heights), `row at ${top}`).to.be.at.most(tile + 1);
    }
    // The filled own interest is still named in full for a screen reader, on its field and on its mark.
    expect(interest(el, 'eigen-1').textContent).to.contain('Zingen in een koor');
    const field = shadow(el).querySelector<HTMLInputElement>('#text-eigen-1')!;
    expect(axFind(axTree(el), { role: 'textbox', name: 'Eigen interesse 1' })).to.exist;
    expect(field.value).to.equal('Zingen in een koor');
  });

  it('cycles with the pointer (mouse or touch)', async () => {
    const el = await create();
    const button = interest(el, 'fietsen');
    const click = async () => {
      const r = button.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
      await el.updateComplete;
    };
    button.scrollIntoView();
    await click();
    expect(el.value.interests.map((e) => e.mark)).to.deep.equal(['leuk']);
    expect(button.dataset.mark).to.equal('leuk');
    await click();
    expect(el.value.interests.map((e) => e.mark)).to.deep.equal(['hekel']);
    await click();
    expect(el.value.interests).to.deep.equal([]);
  });

  it('adds an own interest in a blank cell and marks it', async () => {
    const el = await create();
    const field = shadow(el).querySelector<HTMLInputElement>('#text-eigen-1')!;
    expect(interest(el, 'eigen-1')).to.be.null;
    type(field, 'Zingen in een koor');
    await el.updateComplete;
    const button = interest(el, 'eigen-1');
    expect(button.textContent).to.contain('Zingen in een koor');
    button.click();
    await el.updateComplete;
    expect(el.value.interests).to.deep.equal([{ id: 'eigen-1', text: 'Zingen in een koor', mark: 'leuk', value: '', meaning: '', qualities: '' }]);
  });

  it('asks about the value behind a marked interest and sums up interests and values', async () => {
    const el = await create();
    interest(el, 'koken').click();
    interest(el, 'sociale-media').click();
    interest(el, 'sociale-media').click();
    await el.updateComplete;
    const followUps = [...shadow(el).querySelectorAll('[part~="follow-up"]')];
    // In the order of the workbook's grid.
    expect(followUps.map((f) => f.querySelector('.na-heading')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Sociale media: ✕ heb ik een hekel aan',
      'Koken: ♥ vind ik leuk',
    ]);
    expect(followUps[0]!.textContent).to.contain('Wat staat u daarin tegen?');
    expect(followUps[1]!.textContent).to.contain('Wat vindt u zo leuk aan de dingen die u heeft omcirkeld?');
    expect(followUps[1]!.textContent).to.contain('Wat betekent deze waarde voor u?');
    type(shadow(el).querySelector<HTMLInputElement>('#value-koken')!, 'gezelligheid');
    await el.updateComplete;
    expect(followUps[1]!.textContent).to.contain('Wat betekent gezelligheid voor u?');
    type(shadow(el).querySelector<HTMLTextAreaElement>('#meaning-koken')!, 'samen aan tafel');
    type(shadow(el).querySelector<HTMLTextAreaElement>('#qualities-koken')!, 'gastvrij');
    await el.updateComplete;
    // Read as a reader sees it, scrolled to (off screen it is not laid out: innerText has nothing then).
    const summaryPart = shadow(el).querySelector<HTMLElement>('[part~="summary"]')!;
    summaryPart.scrollIntoView();
    await nextFrame();
    const summary = summaryPart.innerText.replace(/\s+/g, ' ');
    expect(summary).to.contain('Vind ik leuk Koken');
    expect(summary).to.contain('Heb ik een hekel aan Sociale media');
    expect(summary).to.contain('gezelligheid (Koken): samen aan tafel');
    expect(el.value.interests.find((e) => e.id === 'koken')).to.deep.equal({
      id: 'koken', text: '', mark: 'leuk', value: 'gezelligheid', meaning: 'samen aan tafel', qualities: 'gastvrij',
    });
  });

  it('keeps what was said about a value when the interest goes back to neutral', async () => {
    const el = await create({ properties: { value: sample() } });
    interest(el, 'tuinieren').click(); // leuk → hekel
    interest(el, 'tuinieren').click(); // hekel → neutraal
    await el.updateComplete;
    expect(el.value.interests.find((e) => e.id === 'tuinieren')).to.include({ mark: 'neutraal', value: 'rust' });
    expect(shadow(el).querySelector<HTMLInputElement>('#value-tuinieren')!.value).to.equal('rust');
  });

  it('readonly shows the marks as text and symbol, and no buttons to change them', async () => {
    const el = await create({ attributes: { readonly: '' }, properties: { value: sample() } });
    expect(shadow(el).querySelector('button.interest')).to.be.null;
    const text = visibleText(el);
    expect(text).to.contain('Zingen in een koor');
    expect(text).to.contain('♥ vind ik leuk');
    expect(text).to.contain('✕ heb ik een hekel aan');
  });

  itAtWidth(320)('fits 320 px with large targets', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await create({ properties: { value: sample() } });
    await nextFrame();
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const button of shadow(el).querySelectorAll<HTMLButtonElement>('button.interest')) {
      const r = button.getBoundingClientRect();
      expect(r.height, button.textContent!).to.be.at.least(44);
      expect(r.width, button.textContent!).to.be.at.least(44);
      expect(r.right).to.be.at.most(320);
    }
    await expect(el).to.be.accessible();
  });

  it('renders the interests in English, marked as our translation, without axe violations', async () => {
    const el = await create({ properties: { value: sample() } });
    await setLocale('en');
    await el.updateComplete;
    await nextFrame();
    const text = visibleText(el);
    expect(text).to.contain('Gardening');
    expect(text).to.contain('I like it');
    expect(text).to.contain('translation by niet-alleen');
    await expect(el).to.be.accessible();
  });
});
