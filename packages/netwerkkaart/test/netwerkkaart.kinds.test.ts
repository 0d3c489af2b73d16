/**
 * Issue 33, item 4, the rest of what social workers use in other network maps: support with a
 * direction, pets and other non-human contacts, and a descriptive summary per sector and ring
 * (counts only, never a score). Each in the map, the text alternative, the list, print, the CSV
 * and JSON, with the keyboard, in both languages, and axe-clean.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@niet-alleen/core';
import { mount, shadow, unmountAll } from '@niet-alleen/core/testing';
import { deepActiveElement } from '../../core/testing/keyboard.js';
import '@niet-alleen/netwerkkaart';
import {
  lokaalNetwerkExample, netwerkkaartExample, netwerkkaartSchema, type NaNetwerkkaart, type NetwerkContact, type NetwerkkaartValue,
} from '@niet-alleen/netwerkkaart';

const sample = (): NetwerkkaartValue => structuredClone(netwerkkaartExample);
const root = (el: NaNetwerkkaart) => shadow(el);
const node = (el: NaNetwerkkaart, id: string) => root(el).querySelector<SVGGElement>(`g.contact[data-id="${id}"]`)!;
const row = (el: NaNetwerkkaart, id: string) => root(el).querySelector<HTMLTableRowElement>(`tr[data-id="${id}"]`)!;
const contact = (el: NaNetwerkkaart, id: string) => el.value.contacts.find((c) => c.id === id)!;
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const csvRows = (csv: string) => csv.replace(/^\ufeff/, '').split('\r\n');
/** Presses a key for real and lets the element render. */
async function key(el: NaNetwerkkaart, press: string) {
  await sendKeys({ press });
  await el.updateComplete;
}
/** Opens a contact's form from the map with Enter. */
async function openEditor(el: NaNetwerkkaart, id: string) {
  node(el, id).focus();
  await key(el, 'Enter');
  expect(root(el).querySelector('#edit-name'), 'the editor is open').to.exist;
}
/** Tabs (forward, or back with Shift) until focus is on `selector` inside the element (at most 60 presses). */
async function tabTo(el: NaNetwerkkaart, selector: string, back = false) {
  for (let i = 0; i < 60; i++) {
    if (deepActiveElement()?.matches(selector)) return;
    if (back) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await el.updateComplete;
    } else await key(el, 'Tab');
  }
  throw new Error(`Tab did not reach ${selector}; focus is on ${deepActiveElement()?.outerHTML.slice(0, 80)}`);
}
/** Lays the page out for the printer where the runner can (Chromium); elsewhere the print-preview attribute shows the same CSS. */
async function onPaper(el: NaNetwerkkaart) {
  const printing = await emulateMedia({ media: 'print' }).then(() => true, () => false);
  if (!printing) el.setAttribute('print-preview', '');
  await el.updateComplete;
}
const shown = (n: Element | null) => !!n && getComputedStyle(n).display !== 'none' && (n as HTMLElement).getClientRects().length > 0;

afterEach(async () => {
  await emulateMedia({ media: 'screen' }).catch(() => undefined);
  unmountAll();
  await setLocale('nl');
});

describe('<na-netwerkkaart> support with a direction', () => {
  it('is optional in the schema: maps saved before it stay valid; only the three kinds of support and three directions', () => {
    const old = sample();
    expect(old.contacts.every((c) => !('supportDirection' in c))).to.be.true;
    expect(netwerkkaartSchema.safeParse(old).success).to.be.true;
    const withDirection = sample();
    withDirection.contacts[0] = { ...withDirection.contacts[0]!, supportDirection: { praktisch: 'geeft', emotioneel: 'beide' } };
    expect(netwerkkaartSchema.safeParse(withDirection).success).to.be.true;
    const badType = sample();
    badType.contacts[0] = { ...badType.contacts[0]!, supportDirection: { financieel: 'geeft' } as NetwerkContact['supportDirection'] };
    expect(netwerkkaartSchema.safeParse(badType).success).to.be.false;
    const badDirection = sample();
    badDirection.contacts[0] = { ...badDirection.contacts[0]!, supportDirection: { praktisch: 'altijd' } as unknown as NetwerkContact['supportDirection'] };
    expect(netwerkkaartSchema.safeParse(badDirection).success).to.be.false;
  });

  it('is chosen with the keyboard in the editor and shown in the map, the list, the CSV and the JSON; unticking the support drops it; undo', async () => {
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value: sample() } });
    // Before: Els gives practical and emotional support, no direction said; the list says it as before.
    expect(text(row(el, 'els').querySelectorAll('td')[3])).to.equal('Praktische steun, Emotionele steun');
    await openEditor(el, 'els');
    // Only a ticked kind of support has a direction choice.
    expect(root(el).querySelector('#edit-direction-praktisch')).to.exist;
    expect(root(el).querySelector('#edit-direction-gezelschap')).to.be.null;
    expect(text(root(el).querySelector('label[for="edit-direction-praktisch"]'))).to.equal('Praktische steun: richting');
    await tabTo(el, '#edit-direction-praktisch');
    await key(el, 'ArrowDown'); // Niet gezegd → Dit contact geeft
    expect(contact(el, 'els').supportDirection).to.deep.equal({ praktisch: 'geeft' });
    await tabTo(el, '#edit-direction-emotioneel');
    await key(el, 'ArrowDown');
    await key(el, 'ArrowDown');
    await key(el, 'ArrowDown'); // → Over en weer
    expect(contact(el, 'els').supportDirection).to.deep.equal({ praktisch: 'geeft', emotioneel: 'beide' });
    expect(root(el).querySelector<HTMLSelectElement>('#edit-direction-emotioneel')!.value).to.equal('beide');
    // Everywhere the support is said, its direction is said with it.
    const said = 'Praktische steun (geeft), Emotionele steun (over en weer)';
    expect(text(row(el, 'els').querySelectorAll('td')[3])).to.equal(said);
    expect(node(el, 'els').getAttribute('aria-label')).to.contain(said);
    expect(el.exportCSV()).to.contain(`"${said}"`);
    const saved = JSON.parse(el.exportJSON()) as NetwerkkaartValue;
    expect(saved.contacts.find((c) => c.id === 'els')!.supportDirection).to.deep.equal({ praktisch: 'geeft', emotioneel: 'beide' });
    // A second map opened from that file says the same.
    const other = await mount<NaNetwerkkaart>('na-netwerkkaart');
    expect(other.importJSON(el.exportJSON())).to.be.true;
    await other.updateComplete;
    expect(text(row(other, 'els').querySelectorAll('td')[3])).to.equal(said);
    // Unticking emotional support drops its direction and its choice.
    await tabTo(el, '#edit-support-emotioneel', true);
    await key(el, ' ');
    expect(contact(el, 'els').support).to.deep.equal(['praktisch']);
    expect(contact(el, 'els').supportDirection).to.deep.equal({ praktisch: 'geeft' });
    expect(root(el).querySelector('#edit-direction-emotioneel')).to.be.null;
    // Five edits (a direction, three steps of the other, the untick): five undos.
    for (let i = 0; i < 5; i++) el.undo();
    await el.updateComplete;
    expect(contact(el, 'els').support).to.deep.equal(['praktisch', 'emotioneel']);
    expect(contact(el, 'els').supportDirection).to.be.undefined;
  });

  it('is on paper: the list prints with the direction, the editor does not', async () => {
    const value = sample();
    value.contacts = value.contacts.map((c) => (c.id === 'ans' ? { ...c, supportDirection: { praktisch: 'krijgt' } } : c));
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value } });
    el.edit('ans');
    await el.updateComplete;
    await onPaper(el);
    expect(shown(row(el, 'ans'))).to.be.true;
    expect(text(row(el, 'ans').querySelectorAll('td')[3])).to.equal('Praktische steun (krijgt)');
    expect(shown(root(el).querySelector('.editor'))).to.be.false;
  });

  it('in English', async () => {
    await setLocale('en');
    const value = sample();
    value.contacts = value.contacts.map((c) => (c.id === 'ria' ? { ...c, supportDirection: { gezelschap: 'beide', emotioneel: 'krijgt' } } : c));
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value } });
    expect(text(row(el, 'ria').querySelectorAll('td')[3])).to.equal('Companionship (both ways), Emotional support (receives)');
    expect(el.exportCSV()).to.contain('"Companionship (both ways), Emotional support (receives)"');
    await openEditor(el, 'ria');
    const select = root(el).querySelector<HTMLSelectElement>('#edit-direction-emotioneel')!;
    expect(text(root(el).querySelector('label[for="edit-direction-emotioneel"]'))).to.equal('Emotional support: direction');
    expect([...select.options].map((o) => o.text)).to.deep.equal(['Not said', 'This contact gives', 'This contact receives', 'Both ways']);
    expect([...root(el).querySelectorAll('.editor legend')].map(text)).to.include('What support is there between the person and this contact?');
  });
});

describe('<na-netwerkkaart> pets and other non-human contacts', () => {
  it('is a kind beside persons, organisations and initiatives: chosen with the keyboard, its own shape on the map and in the legend, in the list, the CSV and the summary', async () => {
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value: sample() } });
    const legend = () => text(root(el).querySelector('[part="legend"]'));
    // A map without one does not explain it; the form offers it.
    expect(legend()).not.to.contain('Huisdier');
    expect([...root(el).querySelectorAll<HTMLOptionElement>('#add-kind option')].map((o) => o.value)).to.deep.equal(['persoon', 'organisatie', 'initiatief', 'niet-menselijk']);
    const name = root(el).querySelector<HTMLInputElement>('#add-name')!;
    name.focus();
    await sendKeys({ type: 'Minoes (kat)' });
    await key(el, 'Enter');
    const minoes = el.value.contacts.at(-1)!;
    expect(minoes.name).to.equal('Minoes (kat)');
    await openEditor(el, minoes.id);
    // The kind is a radio group: the arrow keys choose.
    await tabTo(el, 'input[name="edit-kind"]:checked');
    await key(el, 'ArrowDown');
    await key(el, 'ArrowDown');
    await key(el, 'ArrowDown');
    expect(contact(el, minoes.id).kind).to.equal('niet-menselijk');
    // Its own shape, distinct from the other three.
    const shape = node(el, minoes.id).querySelector('.shape')!;
    expect(shape.localName).to.equal('polygon');
    expect(shape.getAttribute('data-kind')).to.equal('niet-menselijk');
    expect(shape.getAttribute('points')!.trim().split(/\s+/)).to.have.length(6); // a triangle, not the initiative's diamond
    expect(legend()).to.contain('Huisdier of ander niet-menselijk contact');
    expect(node(el, minoes.id).getAttribute('aria-label')).to.match(/^Minoes \(kat\), Huisdier of ander niet-menselijk contact, Familie, Heel dichtbij/);
    expect(text(row(el, minoes.id).querySelectorAll('td')[0])).to.equal('Huisdier of ander niet-menselijk contact');
    expect(el.exportCSV()).to.contain('"Minoes (kat)";"Huisdier of ander niet-menselijk contact";"Familie";"Heel dichtbij"');
    expect(el.exportSVG()).to.contain('Minoes (kat)');
    // Counted in the summary like everyone else in its cell: Familie, Heel dichtbij had Els, now two.
    expect(text(root(el).querySelector('.summary-table tr[data-sector="0"] td'))).to.equal('2');
    for (let i = 0; i < 3; i++) el.undo();
    await el.updateComplete;
    expect(contact(el, minoes.id).kind).to.equal('persoon');
    expect(legend()).not.to.contain('Huisdier');
  });

  it('keeps its name when persons are shown as initials (a pet is not a person)', async () => {
    const value = sample();
    value.contacts.push({ ...value.contacts[0]!, id: 'minoes', name: 'Minoes de kat', kind: 'niet-menselijk', support: ['gezelschap'], note: '', x: null, y: null });
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value }, attributes: { pseudonymise: '' } });
    expect(text(row(el, 'minoes').querySelector('th'))).to.equal('Minoes de kat');
    expect(text(row(el, 'els').querySelector('th'))).not.to.contain('Els');
  });

  it("reads easyNWK's non-human alteri as this kind, and no longer lists them as not brought over", async () => {
    const alter = (id: number, name: string, human: boolean) => ({ id, name, human, deceased: false, angle: 45, distance: 20, edgeType: 1 });
    const file = { ego: { name: 'Frau Berger' }, alteri: [alter(1, 'Tochter', true), alter(2, 'Hund Bello', false)], connections: [] };
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart');
    expect(el.importJSON(JSON.stringify(file))).to.be.true;
    await el.updateComplete;
    expect(el.value.contacts.map((c) => [c.name, c.kind])).to.deep.equal([['Tochter', 'persoon'], ['Hund Bello', 'niet-menselijk']]);
    expect(text(root(el).querySelector('[part="import-note"]'))).not.to.match(/huisdier|niet overgenomen/i);
  });

  it('in English', async () => {
    await setLocale('en');
    const value = sample();
    value.contacts.push({ ...value.contacts[0]!, id: 'minoes', name: 'Minoes', kind: 'niet-menselijk', x: null, y: null });
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value } });
    expect(text(root(el).querySelector('[part="legend"]'))).to.contain('Pet or other non-human contact');
    expect(el.exportCSV()).to.contain('"Minoes";"Pet or other non-human contact"');
  });
});

describe('<na-netwerkkaart> summary per sector and ring', () => {
  /** The example with Jan, who died, in the family's inner ring. */
  const withJan = (): NetwerkkaartValue => {
    const v = sample();
    v.contacts.push({ ...v.contacts[0]!, id: 'jan', name: 'Jan (man)', support: [], helpsWith: 'Luisteren', x: null, y: null, deceased: true });
    return v;
  };
  /** The summary table as text: one array per row (header, sectors, totals). */
  const table = (el: NaNetwerkkaart) =>
    [...root(el).querySelectorAll('.summary-table tr')].map((tr) => [...tr.children].map((c) => text(c)));

  it('counts contacts per sector and ring, deceased apart, in a table, the text alternative and the CSV: counts only', async () => {
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value: withJan() } });
    expect(text(root(el).querySelector('#summary-heading'))).to.equal('Samenvatting per levensdomein en ring');
    // Worked out by hand from the example: Els 1/1, Peter 1/3; Ria 2/2, Henk 2/3; Ans 3/1, Straat 3/3; Koor 4/2; Huisarts, Wijk 5/2; Eetclub 6/3.
    expect(table(el)).to.deep.equal([
      ['Levensdomein', 'Heel dichtbij', 'Dichtbij', 'Verder weg', 'Totaal', 'Overleden'],
      ['Familie', '1', '0', '1', '2', '1'],
      ['Vrienden en kennissen', '0', '1', '1', '2', '0'],
      ['Buren en buurt', '1', '0', '1', '2', '0'],
      ['Werk, school en vereniging', '0', '1', '0', '1', '0'],
      ['Professionals en organisaties', '0', '2', '0', '2', '0'],
      ['Informele initiatieven', '0', '0', '1', '1', '0'],
      ['Totaal', '2', '4', '4', '10', '1'],
    ]);
    // No score, no index: every cell is a whole count.
    expect([...root(el).querySelectorAll('.summary-table td')].every((td) => /^\d+$/.test(text(td)))).to.be.true;
    // The text alternative says the same in words; Jan is counted apart and still listed apart by name.
    const description = text(root(el).querySelector('#map-desc'));
    expect(description).to.contain(
      'Aantallen per levensdomein: Familie 2 (Heel dichtbij 1, Verder weg 1), 1 overleden; Vrienden en kennissen 2 (Dichtbij 1, Verder weg 1); Buren en buurt 2 (Heel dichtbij 1, Verder weg 1); Werk, school en vereniging 1 (Dichtbij 1); Professionals en organisaties 2 (Dichtbij 2); Informele initiatieven 1 (Verder weg 1).',
    );
    expect(description).to.contain('Aantallen per ring: Heel dichtbij 2, Dichtbij 4, Verder weg 4.');
    expect(description).to.match(/Overleden: Jan \(man\)\.$/);
    // Not offered as help either.
    expect(text(root(el).querySelector('.helpers'))).not.to.contain('Jan');
    // The CSV: the contacts, an empty row, then the summary.
    const rows = csvRows(el.exportCSV());
    const blank = rows.indexOf('');
    expect(blank).to.equal(12);
    expect(rows.slice(blank + 1, blank + 4)).to.deep.equal([
      '"Samenvatting per levensdomein en ring (aantallen; overleden apart geteld)"',
      '"Levensdomein";"Heel dichtbij";"Dichtbij";"Verder weg";"Totaal";"Overleden"',
      '"Familie";"1";"0";"1";"2";"1"',
    ]);
    expect(rows[blank + 9]).to.equal('"Totaal";"2";"4";"4";"10";"1"');
  });

  it('follows a move made with the keyboard', async () => {
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value: sample() } });
    const familie = () => table(el)[1]!;
    expect(familie()).to.deep.equal(['Familie', '1', '0', '1', '2']);
    node(el, 'peter').focus();
    await key(el, ' ');
    await key(el, 'ArrowUp');
    await key(el, ' ');
    expect(contact(el, 'peter').ring).to.equal(2);
    expect(familie()).to.deep.equal(['Familie', '1', '1', '0', '2']);
    expect(text(root(el).querySelector('#map-desc'))).to.contain('Familie 2 (Heel dichtbij 1, Dichtbij 1)');
  });

  it('uses the rings and sectors of a local network, and is not there on an empty map', async () => {
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value: structuredClone(lokaalNetwerkExample) } });
    const rows = table(el);
    expect(rows[0]).to.deep.equal(['Levensdomein', '4. Communities', '3. Partnerschap', '2. Lokaal naar elkaar verwijzen', '1. Elkaar kennen', 'Totaal']);
    expect(rows.slice(1, -1).map((r) => r[0])).to.deep.equal(['Zorg en welzijn', 'Vrijwilligers en vrijwilligersorganisaties', 'Bewoners en informele initiatieven', 'Gemeente, wonen en andere partijen']);
    expect(rows.at(-1)![5]).to.equal(String(lokaalNetwerkExample.contacts.length));
    const empty = await mount<NaNetwerkkaart>('na-netwerkkaart');
    expect(root(empty).querySelector('.summary')).to.be.null;
  });

  it('is printed', async () => {
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value: withJan() } });
    await onPaper(el);
    const summary = root(el).querySelector('.summary')!;
    expect(shown(summary)).to.be.true;
    expect(summary.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('in English', async () => {
    await setLocale('en');
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value: withJan() } });
    expect(text(root(el).querySelector('#summary-heading'))).to.equal('Summary per life domain and ring');
    expect(table(el)[0]).to.deep.equal(['Life domain', 'Very close', 'Close', 'Further away', 'Total', 'Deceased']);
    const description = text(root(el).querySelector('#map-desc'));
    expect(description).to.contain('Counts per life domain: Family 2 (Very close 1, Further away 1), 1 deceased;');
    expect(description).to.contain('Counts per ring: Very close 2, Close 4, Further away 4.');
    expect(csvRows(el.exportCSV())).to.include('"Summary per life domain and ring (counts; deceased counted apart)"');
  });
});

describe('<na-netwerkkaart> overleden and strained ties in every view', () => {
  const both = (): NetwerkkaartValue => {
    const v = sample();
    v.contacts = v.contacts.map((c) => (c.id === 'peter' ? { ...c, deceased: true } : c));
    v.ties = v.ties.map((t) => (t.id === 't2' ? { ...t, strained: true } : t));
    return v;
  };

  it('the text alternative names the strained tie, on the map and on each of its contacts', async () => {
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value: both() } });
    expect(text(root(el).querySelector('#map-desc'))).to.contain('Gespannen verbinding of conflict: Ans (buurvrouw) met Straatcomité Lindelaan.');
    expect(node(el, 'ans').getAttribute('aria-label')).to.contain('gespannen met Straatcomité Lindelaan');
    expect(node(el, 'straat').getAttribute('aria-label')).to.contain('gespannen met Ans (buurvrouw)');
    expect(node(el, 'els').getAttribute('aria-label')).not.to.contain('gespannen');
  });

  it('the JSON keeps both; the image shows both (dashed tie, light shape with †); print shows both with the legend', async () => {
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value: both() } });
    const saved = JSON.parse(el.exportJSON()) as NetwerkkaartValue;
    expect(saved.contacts.find((c) => c.id === 'peter')!.deceased).to.be.true;
    expect(saved.ties.find((t) => t.id === 't2')!.strained).to.be.true;
    const svgText = el.exportSVG();
    const image = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const dashedTie = /<path[^>]*stroke-dasharray="6(px)?,? 4/;
    expect(svgText).to.match(dashedTie);
    expect(image.querySelector('g[data-for="peter"]')!.textContent).to.contain('†');
    expect(image.querySelector('g[data-for="els"]')!.textContent).not.to.contain('†');
    const fill = (id: string) => image.querySelector(`g[data-id="${id}"] > :nth-child(2)`)!.getAttribute('fill');
    expect(fill('peter'), 'the deceased shape has its own fill').not.to.equal(fill('els'));
    // The control: the same map without the marks has no dashed tie and no cross.
    const plain = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value: sample() } });
    expect(plain.exportSVG()).not.to.match(dashedTie);
    expect(plain.exportSVG()).not.to.contain('†');
    await onPaper(el);
    const legend = root(el).querySelector('[part="legend"]')!;
    expect(shown(legend)).to.be.true;
    expect(text(legend)).to.contain('Overleden');
    expect(text(legend)).to.contain('gespannen verbinding of conflict');
    expect(text(row(el, 'peter'))).to.contain('Persoon, overleden');
    expect(text(row(el, 'ans'))).to.contain('Straatcomité Lindelaan (gespannen)');
    expect(shown(row(el, 'ans'))).to.be.true;
  });

  it('has no axe violations with all of it on the map and the editor open on directions', async () => {
    const value = both();
    value.contacts.push({ ...value.contacts[0]!, id: 'minoes', name: 'Minoes', kind: 'niet-menselijk', x: null, y: null, supportDirection: { praktisch: 'beide' } });
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart', { properties: { value } });
    await expect(el).to.be.accessible();
    el.edit('minoes');
    await el.updateComplete;
    expect(root(el).querySelector('#edit-direction-praktisch')).to.exist;
    await expect(el).to.be.accessible();
  });
});
