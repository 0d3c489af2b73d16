/**
 * What social workers use in other network maps (issue 33, item 4), each in the map, the text
 * alternative, the list, the CSV, the editor (keyboard) and both languages.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@niet-alleen/core';
import { mount, shadow, unmountAll } from '@niet-alleen/core/testing';
import '@niet-alleen/netwerkkaart';
import { netwerkkaartExample, netwerkkaartSchema, type NaNetwerkkaart, type NetwerkkaartValue } from '@niet-alleen/netwerkkaart';

const sample = (): NetwerkkaartValue => structuredClone(netwerkkaartExample);
const node = (el: NaNetwerkkaart, id: string) => shadow(el).querySelector<SVGGElement>(`g.contact[data-id="${id}"]`)!;

describe('<na-netwerkkaart> overleden', () => {
  afterEach(async () => {
    unmountAll();
    await setLocale('nl');
  });

  it('a map saved before "overleden" existed is still valid', () => {
    const old = sample();
    expect(old.contacts.every((c) => !('deceased' in c))).to.be.true;
    expect(netwerkkaartSchema.safeParse(old).success).to.be.true;
  });

  it('marks a contact overleden with the keyboard: kept on the map in its own style, listed apart, not offered as help; undo', async () => {
    const value = sample();
    value.contacts = value.contacts.map((c) => (c.id === 'ria' ? { ...c, helpsWith: 'Samen koken' } : c));
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value } });
    expect(shadow(el).querySelector('.helpers')!.textContent).to.contain('Ria');
    node(el, 'ria').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const box = shadow(el).querySelector<HTMLInputElement>('#edit-deceased')!;
    box.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.value.contacts.find((c) => c.id === 'ria')!.deceased).to.be.true;
    // The map: still there, in its own style, named as overleden.
    const g = node(el, 'ria');
    expect(g.hasAttribute('data-deceased')).to.be.true;
    expect(g.getAttribute('aria-label')).to.match(/^Ria, overleden, /);
    expect(shadow(el).querySelector('g.contact-label[data-for="ria"]')!.textContent).to.contain('†');
    expect(getComputedStyle(g.querySelector('.shape')!).fill).not.to.equal(getComputedStyle(node(el, 'els').querySelector('.shape')!).fill);
    // Listed apart in the text alternative, not in its ring.
    const description = shadow(el).querySelector('#map-desc')!.textContent!;
    expect(description).to.match(/Overleden: Ria\.$/);
    expect(description.replace(/Overleden: Ria\.$/, '')).not.to.contain('Ria');
    // Not offered as help; the list and the CSV say it.
    expect(shadow(el).querySelector('.helpers')?.textContent ?? '').not.to.contain('Ria');
    expect(shadow(el).querySelector('tr[data-id="ria"]')!.textContent).to.contain('Persoon, overleden');
    expect(el.exportCSV()).to.contain(`"Ria";"Persoon, overleden"`);
    // The legend explains the mark.
    expect(shadow(el).querySelector('[part="legend"]')!.textContent).to.contain('Overleden');
    el.undo();
    await el.updateComplete;
    expect(el.value.contacts.find((c) => c.id === 'ria')!.deceased).to.be.undefined;
  });

  it('in English', async () => {
    await setLocale('en');
    const value = sample();
    value.contacts = value.contacts.map((c) => (c.id === 'ria' ? { ...c, deceased: true } : c));
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value } });
    expect(node(el, 'ria').getAttribute('aria-label')).to.match(/^Ria, deceased, /);
    expect(shadow(el).querySelector('[part="legend"]')!.textContent).to.contain('Deceased');
    expect(shadow(el).querySelector('#map-desc')!.textContent).to.match(/Deceased: Ria\.$/);
    expect(el.exportCSV()).to.contain(`"Ria";"Person, deceased"`);
  });
});

describe('<na-netwerkkaart> strained ties', () => {
  afterEach(async () => {
    unmountAll();
    await setLocale('nl');
  });

  it('a map saved before strained ties existed is still valid', () => {
    expect(sample().ties.every((t) => !('strained' in t))).to.be.true;
    expect(netwerkkaartSchema.safeParse(sample()).success).to.be.true;
  });

  it('marks a tie as strained with the keyboard: a dashed line on the map and in the legend, "gespannen" in the list, the CSV and the SVG; undo', async () => {
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value: sample() } });
    const tie = el.value.ties[0]!;
    const [from, to] = [el.value.contacts.find((c) => c.id === tie.from)!, el.value.contacts.find((c) => c.id === tie.to)!];
    expect(shadow(el).querySelector('path.tie[data-strained]')).to.be.null;
    expect(shadow(el).querySelector('[part="legend"]')!.textContent).not.to.contain('gespannen');
    node(el, from.id).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    shadow(el).querySelector<HTMLInputElement>(`#tie-strained-${tie.id}`)!.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.value.ties[0]!.strained).to.be.true;
    const line = shadow(el).querySelector<SVGPathElement>('path.tie[data-strained]')!;
    expect(getComputedStyle(line).strokeDasharray).not.to.equal('none');
    expect(shadow(el).querySelector('[part="legend"]')!.textContent).to.contain('gespannen verbinding of conflict');
    expect(shadow(el).querySelector(`tr[data-id="${from.id}"]`)!.textContent).to.contain(`${to.name} (gespannen)`);
    expect(el.exportCSV().split('\r\n')[0]).to.contain('"Verbonden met"');
    expect(el.exportCSV()).to.contain(`${to.name} (gespannen)`);
    expect(el.exportSVG()).to.match(/stroke-dasharray="6(px)?,? 4/);
    el.undo();
    await el.updateComplete;
    expect(el.value.ties[0]!.strained).to.be.undefined;
    expect(shadow(el).querySelector('path.tie[data-strained]')).to.be.null;
  });

  it('in English', async () => {
    await setLocale('en');
    const value = sample();
    value.ties[0] = { ...value.ties[0]!, strained: true };
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value } });
    expect(shadow(el).querySelector('[part="legend"]')!.textContent).to.contain('strained tie or conflict');
    expect(el.exportCSV()).to.contain('(strained)');
  });
});
