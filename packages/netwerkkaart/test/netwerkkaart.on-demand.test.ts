/**
 * The parts of the netwerkkaart a person reaches by an action load when they are needed (issue 32):
 * the force layout (only a map where nobody has a place yet, "Opnieuw schikken", a change of rings
 * or sectors), the contact's form, the example and the PNG download. Which chunks a page requests is tested on the
 * built loader (packages/niet-alleen/test/loader.test.ts); here: what the element shows before and
 * after, and that each feature works once its part is there.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { buttonByText, mount, shadow, unmountAll } from '@niet-alleen/core/testing';
import '@niet-alleen/netwerkkaart';
import { netwerkCellAt as cellAt, type NaNetwerkkaart, type NetwerkkaartValue } from '@niet-alleen/netwerkkaart';
import { sample } from './helpers.js';

const create = (value?: NetwerkkaartValue) => mount<NaNetwerkkaart>('na-netwerkkaart', value ? { properties: { value } } : {});
const loading = (el: NaNetwerkkaart) => shadow(el).querySelector('.na-on-demand');
const drawn = (el: NaNetwerkkaart) => shadow(el).querySelectorAll('g.contact').length;

/** The sample with every contact's position as the map laid it out. */
async function placed(): Promise<NetwerkkaartValue> {
  const el = await create(sample());
  const value = { ...el.value, contacts: el.value.contacts.map((c) => ({ ...c, x: el.positions.get(c.id)![0], y: el.positions.get(c.id)![1] })) };
  unmountAll();
  return value;
}

/** Every contact has a position in its own ring and sector (or only ring, when its life domain is not one of the map's). */
function expectInCells(el: NaNetwerkkaart, ringOnly = false) {
  const sectors = el.sectorsOf().map((s) => s.id);
  const g = { rings: el.ringsOf().length, sectors: sectors.length };
  for (const c of el.value.contacts) {
    const p = el.positions.get(c.id);
    expect(p, c.name).to.exist;
    const cell = cellAt(g, p![0], p![1]);
    if (ringOnly) expect(cell.ring, c.name).to.equal(c.ring);
    else expect(cell, c.name).to.deep.equal({ ring: c.ring, sector: sectors.indexOf(c.domain) });
  }
}

describe('<na-netwerkkaart>: parts that load on demand (issue 32)', () => {
  afterEach(() => unmountAll());

  it('a map whose contacts have a place is drawn at once, without the force layout', async () => {
    const value = await placed();
    const el = document.createElement('na-netwerkkaart') as NaNetwerkkaart;
    el.value = value;
    document.body.append(el);
    await el.updateComplete;
    expect(loading(el)).to.equal(null);
    expect(drawn(el)).to.equal(10);
    el.remove();
  });

  it('a value without positions shows the loading line in the map\'s place, and is laid out when updateComplete resolves', async () => {
    const el = await create();
    el.value = sample();
    const done = el.updateComplete;
    await new Promise((r) => setTimeout(r));
    // The force layout may already be there (another element loaded it in this page): then the map is drawn at once.
    if (loading(el)) expect(loading(el)!.textContent).to.equal('Bezig met laden…');
    await done;
    expect(loading(el)).to.equal(null);
    expect(drawn(el)).to.equal(10);
    expectInCells(el);
  });

  it('an edit before the force layout has loaded keeps the contacts without a place as they are; the map places them all', async () => {
    const el = await create();
    el.value = sample();
    const id = el.addContact({ name: 'Nieuwe buur', kind: 'persoon', domain: 'buren', ring: 2 })!;
    expect(el.value.contacts, 'the edit is in the value at once').to.have.length(11);
    await el.updateComplete;
    expect(drawn(el)).to.equal(11);
    expectInCells(el);
    // The next edit, with the layout there, writes every position into the value.
    el.moveContact(id, 1, 0);
    expect(el.value.contacts.every((c) => c.x !== null && c.y !== null)).to.be.true;
  });

  it('"Opnieuw schikken" on a fresh element lays the map out once the force layout is there; then at once, undoable', async () => {
    const value = await placed();
    const el = await create(value);
    expect(loading(el)).to.equal(null);
    buttonByText(el, 'Opnieuw schikken')!.click();
    await el.updateComplete;
    expect(el.canUndo, 'an edit').to.be.true;
    expectInCells(el);
    const before = el.value;
    el.relayout();
    expect(el.value, 'once loaded, relayout() commits at once').not.to.equal(before);
    el.undo();
    el.undo();
    expect(el.value).to.deep.equal(value);
  });

  it('a change of the kind of map (other rings and sectors) lays the contacts out in the new cells', async () => {
    const el = await create(await placed());
    const mode = shadow(el).querySelector<HTMLSelectElement>('#mode')!;
    mode.value = 'lokaal';
    mode.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.value.mode).to.equal('lokaal');
    expect(el.value.contacts.every((c) => c.x !== null && c.y !== null), 'positions in the value').to.be.true;
    expectInCells(el, true);
  });

  it('the contact\'s form loads when a contact is opened: updateComplete resolves with it, the focus in its name field', async () => {
    const el = await create(await placed());
    expect(shadow(el).querySelector('.editor')).to.equal(null);
    el.edit('ria');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    const field = shadow(el).querySelector<HTMLInputElement>('#edit-name');
    expect(field?.value).to.equal('Ria');
    expect(shadow(el).activeElement).to.equal(field);
    expect(loading(el)).to.equal(null);
  });

  it('"Download als plaatje (PNG)" loads the PNG code and downloads the whole map as a PNG', async () => {
    const el = await create(await placed());
    const downloads: { name: string; file: Promise<Blob> }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      // Read at once: the page lets go of the file's URL right after the click.
      downloads.push({ name: this.download, file: fetch(this.href).then((r) => r.blob()) });
    };
    try {
      buttonByText(el, 'Download als plaatje (PNG)')!.click();
      await waitUntil(() => downloads.length === 1, 'the PNG is downloaded');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloads[0]!.name).to.match(/\.png$/);
    const png = await downloads[0]!.file;
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  it('"Bekijk het voorbeeld" loads the example and shows it laid out; undo gives the empty map back', async () => {
    const el = await create();
    buttonByText(el, 'Bekijk het voorbeeld')!.click();
    await el.updateComplete;
    expect(el.value.contacts).to.have.length(10);
    expect(drawn(el)).to.equal(10);
    expectInCells(el);
    el.undo();
    expect(el.isEmpty).to.be.true;
  });
});
