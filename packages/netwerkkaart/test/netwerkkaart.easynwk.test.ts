/**
 * Bringing existing maps along (issue 33, item 5): an easyNWK 2.x file, generated here from the
 * fields easyNWK documents, opens through "Open bestand" and importJSON(): every contact, sector,
 * ring, position, tie and version, and one message naming what had no place.
 */
import { expect } from '@open-wc/testing';
import { setLocale } from '@niet-alleen/core';
import { buttonByText, mount, recordEvents, shadow, unmountAll } from '@niet-alleen/core/testing';
import '@niet-alleen/netwerkkaart';
import { netwerkCellAt as cellAt, type NaNetwerkkaart } from '@niet-alleen/netwerkkaart';

const roles = ['Tochter', 'Nachbar*in', 'Kolleg*in', 'Sozialarbeiter*in'];
/** easyNWK's quadrants by angle (0 family … 3 professional help) and the netwerkkaart sector each becomes (clockwise from the top). */
const easySector = (angle: number) => (angle < -90 ? 2 : angle < 0 ? 3 : angle < 90 ? 0 : 1);
const sectorId = ['familie', 'vrienden', 'werk', 'professionals'];
const mapSector = [0, 3, 2, 1];
const horizon = (d: number) => (d < 100 / 3 ? 1 : d < 200 / 3 ? 2 : 3);

interface Alter {
  id: number; name: string; role: string; roleDefault: boolean; human: boolean; currentGender: string; genderDefault: boolean;
  age: string; note: string; deceased: boolean; edgeType: number; edgeTypeDefault: boolean; angle: number; distance: number;
}

/** An easyNWK record: version 1 of `first` alteri, version 2 (current) of `count`, a few of them moved. */
function easyNwkFile(count: number, first: number) {
  const alter = (i: number, moved = false): Alter => ({
    id: i + 1,
    name: `Persoon ${i + 1}`,
    role: roles[i % 4]!,
    roleDefault: i % 3 !== 0,
    human: i % 50 !== 7,
    currentGender: ['weiblich', 'männlich', 'nicht festgelegt'][i % 3]!,
    genderDefault: i % 3 === 2,
    age: i % 4 === 0 ? String(20 + (i % 60)) : '',
    note: i % 10 === 0 ? `Notitie bij ${i + 1}` : '',
    deceased: i % 40 === 5,
    edgeType: i % 30 === 3 ? 0 : 1,
    edgeTypeDefault: true,
    // Spread over all four quadrants and three horizons, never exactly on a border.
    angle: ((-179.5 + ((i * 47) % 358) + (moved ? 90 : 0) + 540) % 360) - 180,
    distance: 5 + ((i * 31) % 90),
  });
  // One tie per four contacts; easyNWK stores a connection one way only.
  const connections = (n: number) =>
    Array.from({ length: Math.floor(n / 4) }, (_, i) => ({ id1: i + 1, id2: ((i * 7 + 3) % n) + 1 }))
      .filter((c, i, all) => c.id1 !== c.id2 && !all.slice(0, i).some((o) => o.id1 === c.id2 && o.id2 === c.id1));
  const nwk = (n: number, movedFrom = Infinity) => ({
    ego: { name: 'Frau Berger', age: '71', currentGender: 'weiblich', note: '' },
    alteri: Array.from({ length: n }, (_, i) => alter(i, i >= movedFrom && i < movedFrom + 10)),
    connections: connections(n),
    editIndex: null,
    editTab: '',
  });
  return {
    versions: [
      { id: 1, title: 'Erstgespräch', date: '2026-03-02', nwk: nwk(first) },
      { id: 2, title: 'Nach drei Monaten', date: '2026-06-15', nwk: nwk(count, 20) },
    ],
    currentVersion: 2,
    size: '5',
  };
}

describe('<na-netwerkkaart> opens easyNWK files', () => {
  afterEach(async () => {
    unmountAll();
    await setLocale('nl');
  });

  it('opens an easyNWK 2.x file of 150 contacts and two versions: every contact, sector, ring, position, tie and version; one message names what did not come over', async () => {
    const file = easyNwkFile(150, 120);
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart');
    const changes = recordEvents(el, 'na-change');
    // Through the "Open bestand" button's file input, as a person opens it.
    expect(buttonByText(el, 'Open bestand')).to.exist;
    const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(file)], 'netzwerk.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    const invalid = recordEvents(el, 'na-invalid');
    for (let i = 0; i < 100 && !changes.length && !invalid.length; i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(invalid.map((e) => JSON.stringify((e as CustomEvent).detail).slice(0, 300))).to.deep.equal([]);
    expect(changes).to.have.length(1);
    const v = el.value;
    const current = file.versions[1]!.nwk;
    expect(v.owner).to.equal('Frau Berger');
    expect(v.sectors.map((s) => s.id)).to.deep.equal(['familie', 'professionals', 'werk', 'vrienden']);
    expect(v.contacts).to.have.length(150);
    const geometry = { rings: 3, sectors: 4 };
    for (const a of current.alteri) {
      const c = v.contacts.find((o) => o.name === a.name)!;
      expect(c, a.name).to.exist;
      expect(c.domain, a.name).to.equal(sectorId[easySector(a.angle)]);
      expect(c.ring, a.name).to.equal(horizon(a.distance));
      // The position is in that cell, in the same direction from the centre (y points down on screen).
      expect(cellAt(geometry, c.x!, c.y!), a.name).to.deep.equal({ ring: c.ring, sector: mapSector[easySector(a.angle)] });
      const direction = (Math.atan2(-c.y!, c.x!) * 180) / Math.PI;
      expect(Math.abs(((direction - a.angle + 540) % 360) - 180), a.name).to.be.lessThan(1);
      if (a.note) expect(c.note, a.name).to.contain(a.note);
      if (!a.roleDefault) expect(c.note, a.name).to.contain(`Rol: ${a.role}`);
    }
    // Further out in easyNWK is further out here.
    const far = (name: string) => Math.hypot(v.contacts.find((c) => c.name === name)!.x!, v.contacts.find((c) => c.name === name)!.y!);
    const byDistance = [...current.alteri].sort((a, b) => a.distance - b.distance);
    expect(far(byDistance[0]!.name)).to.be.lessThan(far(byDistance.at(-1)!.name));
    const name = (id: string) => v.contacts.find((c) => c.id === id)!.name;
    expect(v.ties.map((t) => [name(t.from), name(t.to)])).to.deep.equal(current.connections.map((c) => [`Persoon ${c.id1}`, `Persoon ${c.id2}`]));
    expect(v.snapshots.map((s) => [s.date, s.label, s.contacts.length, s.ties.length])).to.deep.equal([
      ['2026-03-02', 'Erstgespräch', 120, file.versions[0]!.nwk.connections.length],
      ['2026-06-15', 'Nach drei Monaten', 150, current.connections.length],
    ]);
    // The ten contacts moved between the versions show in the comparison of the two snapshots.
    const moved = v.snapshots[0]!.contacts.filter((c) => {
      const now = v.snapshots[1]!.contacts.find((o) => o.id === c.id)!;
      return now.domain !== c.domain || now.x !== c.x;
    });
    expect(moved.map((c) => c.name)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `Persoon ${i + 21}`));
    // The map shows them all, as they are.
    expect(shadow(el).querySelectorAll('g.contact')).to.have.length(150);
    expect(shadow(el).querySelectorAll('path.tie')).to.have.length(v.ties.length);
    // One message, on screen, naming what had no place.
    const note = shadow(el).querySelector('[part="import-note"]')!;
    const text = note.textContent!.replace(/\s+/g, ' ');
    const count = (f: (a: Alter) => boolean) => current.alteri.filter(f).length;
    expect(text).to.contain(`150 contacten, ${current.connections.length} verbindingen en 2 versies`);
    expect(text).to.contain(`leeftijd (${count((a) => a.age !== '')} contacten)`);
    expect(text).to.contain(`geslacht (${count((a) => !a.genderDefault && a.currentGender !== 'nicht festgelegt')} contacten)`);
    expect(text).not.to.contain('overleden');
    // Deceased in easyNWK is overleden here.
    expect(v.contacts.filter((c) => c.deceased).map((c) => c.name)).to.deep.equal(current.alteri.filter((a) => a.deceased).map((a) => a.name));
    // Not a human in easyNWK (a pet, …) is the netwerkkaart's own kind for it, so not in the message.
    expect(v.contacts.filter((c) => c.kind === 'niet-menselijk').map((c) => c.name)).to.deep.equal(current.alteri.filter((a) => !a.human).map((a) => a.name));
    expect(current.alteri.some((a) => !a.human)).to.be.true;
    expect(text).not.to.contain('huisdier');
    expect(text).to.contain(`nu geen contact met de persoon zelf (${count((a) => a.edgeType === 0)} contacten)`);
    expect(text).to.contain('de leeftijd van de persoon zelf');
    expect(text).to.contain('het geslacht van de persoon zelf');
    expect(text).to.contain('Uw easyNWK-bestand zelf blijft zoals het was.');
    buttonByText(el, 'Sluiten').click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="import-note"]')).to.be.null;
    // Undo gives the empty map back.
    el.undo();
    expect(el.value.contacts).to.have.length(0);
  });

  it('importJSON() reads easyNWK too; its positions stay as they are; its own JSON and broken files are read as before', async () => {
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart');
    const file = easyNwkFile(12, 12);
    expect(el.importJSON(JSON.stringify(file))).to.be.true;
    await el.updateComplete;
    const positions = el.value.contacts.map((c) => [c.x, c.y]);
    expect(positions.every(([x, y]) => typeof x === 'number' && typeof y === 'number')).to.be.true;
    // A move of one leaves the imported positions of the others.
    el.moveContact(el.value.contacts[0]!.id, el.value.contacts[0]!.ring === 3 ? -1 : 1, 0);
    await el.updateComplete;
    expect(el.value.contacts.slice(1).map((c) => [c.x, c.y])).to.deep.equal(positions.slice(1));
    // The netwerkkaart's own file still opens, and the note of the easyNWK file goes.
    const own = JSON.parse(el.exportJSON());
    expect(el.importJSON(JSON.stringify({ ...own, owner: 'Eigen bestand' }))).to.be.true;
    await el.updateComplete;
    expect(el.value.owner).to.equal('Eigen bestand');
    expect(shadow(el).querySelector('[part="import-note"]')).to.be.null;
    // An easyNWK-like file that is not readable is refused as any bad file is.
    const invalid = recordEvents(el, 'na-invalid');
    expect(el.importJSON(JSON.stringify({ versions: [{ id: 1, nwk: { alteri: 'x', connections: [] } }], currentVersion: 1 }))).to.be.false;
    expect(invalid).to.have.length(1);
    expect(el.value.owner).to.equal('Eigen bestand');
  });

  it('says what came over, and what did not, in English too', async () => {
    await setLocale('en');
    const el = await mount<NaNetwerkkaart>('na-netwerkkaart');
    expect(el.importJSON(JSON.stringify(easyNwkFile(12, 12)))).to.be.true;
    await el.updateComplete;
    const text = shadow(el).querySelector('[part="import-note"]')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Brought over from easyNWK: 12 contacts');
    expect(text).to.contain('Not brought over, because the network map has no place for it: age (3 contacts); gender (8 contacts)');
    expect(text).to.contain('Your easyNWK file itself stays as it was.');
  });
});
