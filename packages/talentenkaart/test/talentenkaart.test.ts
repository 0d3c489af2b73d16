import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale, type NaInvalidEvent } from '@niet-alleen/core';
import { mount, unmountAll, recordEvents, buttonByText, shadow, type, visibleText, nextFrame } from '@niet-alleen/core/testing';
import '@niet-alleen/talentenkaart';
import {
  talentenkaartExample, emptyTalents, talentIds,
  type NaTalentenkaart, type TalentenkaartValue, type NaWishHelpEvent,
} from '@niet-alleen/talentenkaart';

const sample = (): TalentenkaartValue => structuredClone(talentenkaartExample);

const input = (el: Element, id: string) => {
  const found = shadow(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
  if (!found) throw new Error(`No field #${id}`);
  return found;
};

describe('<na-talentenkaart>', () => {
  afterEach(async () => {
    unmountAll();
    await setLocale('nl');
  });
  const create = (opts = {}) => mount<NaTalentenkaart>('na-talentenkaart', opts);

  it('shows the eight sentence starters and the wish questions verbatim', async () => {
    const el = await create();
    const legends = [...shadow(el).querySelectorAll('fieldset.starter > legend')].map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal([
      'Ik kan goed ...', 'Het leuke aan mij is ...', 'Ik word blij van ...', 'Ik houd van ...',
      'U kunt mij altijd wakker maken voor ...', 'Ik ben een liefhebber van ...', 'Ik durf goed ...', 'Mijn ideaal is ...',
    ]);
    const text = visibleText(el);
    for (const t of ['Naam', 'Datum', 'Mijn wensen', 'Ik zou graag...', '1. Om dit te bereiken ga ik ...', '2. Wie kan me daarbij helpen?', '3. Wat heb ik daarvoor nodig?']) {
      expect(text).to.contain(t);
    }
    expect([...shadow(el).querySelectorAll('h4')].map((h) => h.textContent!.trim())).to.deep.equal(['Wens 1', 'Wens 2']);
  });

  it('round-trips talents (several answers each) and wishes through the UI and JSON', async () => {
    const el = await create();
    type(input(el, 'name'), 'Truus de Boer');
    type(input(el, 'date'), '2026-03-12');
    type(input(el, 'ik-kan-goed-0'), 'luisteren');
    await el.updateComplete;
    // A second answer field appears after the first is filled.
    type(input(el, 'ik-kan-goed-1'), 'taarten bakken');
    type(input(el, 'het-leuke-aan-mij-0'), 'ik ben altijd in voor een grapje');
    await el.updateComplete;
    type(input(el, 'ik-word-blij-van-0'), 'mijn kleinkinderen');
    await el.updateComplete;
    type(input(el, 'ik-word-blij-van-1'), 'de zon op het balkon');
    type(input(el, 'ik-houd-van-0'), 'wandelen in het park');
    type(input(el, 'wakker-maken-voor-0'), 'appeltaart');
    type(input(el, 'liefhebber-van-0'), 'oude films');
    type(input(el, 'mijn-ideaal-0'), 'een buurt waar mensen elkaar groeten');
    const [w1, w2] = talentenkaartExample.wishes;
    type(input(el, 'wish1-wish'), w1.wish);
    type(input(el, 'wish1-actions'), w1.actions);
    type(input(el, 'wish1-helpers'), w1.helpers);
    type(input(el, 'wish1-needs'), w1.needs);
    type(input(el, 'wish2-wish'), w2.wish);
    type(input(el, 'wish2-actions'), w2.actions);
    type(input(el, 'wish2-helpers'), w2.helpers);
    type(input(el, 'wish2-needs'), w2.needs);
    await el.updateComplete;
    expect(el.value).to.deep.equal(talentenkaartExample);

    const other = await create();
    expect(other.importJSON(el.exportJSON())).to.be.true;
    await other.updateComplete;
    expect(other.value).to.deep.equal(talentenkaartExample);
    expect(input(other, 'ik-kan-goed-1').value).to.equal('taarten bakken');
    expect(input(other, 'wish2-needs').value).to.equal('iemand die me met de auto brengt');
  });

  it('keeps the field being typed in when an answer is cleared', async () => {
    const el = await create();
    type(input(el, 'ik-durf-goed-0'), 'zingen');
    await el.updateComplete;
    type(input(el, 'ik-durf-goed-1'), 'praten');
    await el.updateComplete;
    const second = input(el, 'ik-durf-goed-1');
    type(second, '');
    await el.updateComplete;
    expect(el.value.talents['ik-durf-goed']).to.deep.equal(['zingen', '']);
    expect(input(el, 'ik-durf-goed-1')).to.equal(second);
    expect(shadow(el).activeElement).to.equal(second);
  });

  it('shows empty boxes as empty when readonly, never as errors', async () => {
    const el = await create({ attributes: { readonly: '' }, properties: { value: sample() } });
    const text = visibleText(el);
    expect(text).to.contain('taarten bakken');
    expect(text).to.contain('Niet ingevuld'); // 'Ik durf goed ...' stayed empty
    expect(text).to.contain('12 maart 2026');
    expect(shadow(el).querySelector('[aria-invalid="true"], .na-field__error')).to.be.null;
  });

  it('fires a typed na-wish-help with the wish when "who can help?" is asked', async () => {
    const el = await create({ properties: { value: sample() } });
    const events = recordEvents<NaWishHelpEvent>(el, 'na-wish-help');
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="wish-help"]')];
    expect(buttons).to.have.length(2);
    buttons[1]!.click();
    expect(events).to.have.length(1);
    expect(events[0]!.detail.wish).to.deep.equal(talentenkaartExample.wishes[1]);
    expect(events[0]!.detail.number).to.equal(2);
    expect(events[0]!.detail.name).to.equal('Truus de Boer');
    expect(events[0]!.bubbles && events[0]!.composed).to.be.true;
    // Nobody handled it: the card points to the network map (8.4).
    await el.updateComplete;
    expect(visibleText(el)).to.contain('vanuit die persoonlijke wens op zoek naar met wie of welke initiatieven');
  });

  it('shows no network hint when the page handles na-wish-help', async () => {
    const el = await create({ properties: { value: sample() }, listeners: { 'na-wish-help': (e: Event) => e.preventDefault() } });
    shadow(el).querySelector<HTMLButtonElement>('[part~="wish-help"]')!.click();
    await el.updateComplete;
    expect(visibleText(el)).not.to.contain('vanuit die persoonlijke wens op zoek');
  });

  it('keeps the supporter guidance of 8.2 on demand, closed by default', async () => {
    const el = await create();
    const details = [...shadow(el).querySelectorAll('details')];
    expect(details.length).to.be.greaterThan(1);
    expect(details.every((d) => !d.open)).to.be.true;
    const all = details.map((d) => d.textContent).join(' ');
    expect(all).to.contain('bescheidenheid te laten varen');
    expect(all).to.contain('Vraag de persoon 2 dingen te kiezen');
    expect(all).to.contain('Hoe zou u die mensen kunnen betrekken?');
  });

  it('can be filled with the keyboard alone', async () => {
    const el = await create();
    input(el, 'name').focus();
    await sendKeys({ type: 'Ria' });
    // The talents' guidance is one Tab before the first answer field.
    shadow(el).querySelector<HTMLElement>('[part~="talents"] summary')!.focus();
    await sendKeys({ press: 'Tab' }); // first answer of 'Ik kan goed ...'
    await sendKeys({ type: 'breien' });
    await sendKeys({ press: 'Tab' }); // the next answer field
    await sendKeys({ type: 'verhalen vertellen' });
    await el.updateComplete;
    expect(el.value.name).to.equal('Ria');
    expect(el.value.talents['ik-kan-goed']).to.deep.equal(['breien', 'verhalen vertellen']);
    const events = recordEvents<NaWishHelpEvent>(el, 'na-wish-help');
    shadow(el).querySelector<HTMLButtonElement>('[part~="wish-help"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(events.map((e) => e.detail.number)).to.deep.equal([1]);
  });

  it('refuses unknown sentence starters from outside and keeps its value', async () => {
    const el = await create({ properties: { value: sample() } });
    const invalid = recordEvents<NaInvalidEvent>(el, 'na-invalid');
    el.value = { ...sample(), talents: { ...emptyTalents(), 'ik-kan-goed': [42] } } as never;
    expect(invalid).to.have.length(1);
    expect(el.value).to.deep.equal(sample());
    expect(talentIds).to.have.length(8);
  });

  it('renders in English, marked as our translation', async () => {
    const el = await create();
    await setLocale('en');
    await el.updateComplete;
    await nextFrame();
    const text = visibleText(el);
    expect(text).to.contain('I am good at ...');
    expect(text).to.contain('translation by niet-alleen');
    el.value = sample();
    el.readonly = true;
    await el.updateComplete;
    expect(visibleText(el)).to.contain('12 March 2026');
    expect(visibleText(el)).to.contain('Not filled in');
  });

  it('user text stays text', async () => {
    const el = await create({ properties: { value: { ...sample(), name: '<img src=x onerror="window.__pwned=1">' } }, attributes: { readonly: '' } });
    expect(shadow(el).querySelector('img')).to.be.null;
    expect(visibleText(el)).to.contain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('has no axe violations in readonly, with the hint shown, and in English', async () => {
    const el = await create({ properties: { value: sample() } });
    shadow(el).querySelector<HTMLButtonElement>('[part~="wish-help"]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.readonly = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await setLocale('en');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('buttonByText finds the toolbar', async () => {
    const el = await create();
    expect(buttonByText(el, 'Afdrukken')).to.exist;
  });
});
