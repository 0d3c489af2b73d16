import * as z from 'zod/mini';
import { msg, str } from '@niet-alleen/core/msg';
import { isCalendarDate, localDate } from '@niet-alleen/core';
import { personalSectors } from './content.js';
import { cellAt, centreRadius, clampToCell, type Geometry } from './layout.js';
import { emptyNetwerkkaart, maxContacts, maxSnapshotContacts, maxSnapshotTies, maxSnapshots, maxTies, type Contact, type NetwerkkaartValue, type Snapshot, type Tie } from './schema.js';

/**
 * Reads the JSON file of easyNWK (FH St. Pölten's ego-network map, version 2.x), written from its
 * public data model: a record of dated `versions`, each a map with an `ego`, `alteri` (name, role,
 * human (false: a pet or other non-human contact), deceased, gender, age, note, edge type, angle in degrees counter-clockwise from the x axis,
 * distance from the centre where 100 is the outer horizon) and `connections` between alteri.
 * Unknown fields are ignored; what the netwerkkaart has no place for is listed in one message.
 */
const text = (max: number) => z.optional(z.string().check(z.maxLength(max)));
const number = () => z.number().check(z.gte(-1e6), z.lte(1e6));

const alterSchema = z.object({
  id: number(),
  name: text(1000),
  role: text(1000),
  roleDefault: z.optional(z.boolean()),
  human: z.optional(z.boolean()),
  deceased: z.optional(z.boolean()),
  currentGender: text(100),
  genderDefault: z.optional(z.boolean()),
  age: z.optional(z.union([z.string().check(z.maxLength(100)), z.number()])),
  note: text(10_000),
  edgeType: z.optional(number()),
  angle: number(),
  distance: number(),
});

const nwkSchema = z.object({
  ego: z.optional(z.object({ name: text(1000), age: z.optional(z.union([z.string().check(z.maxLength(100)), z.number()])), currentGender: text(100), note: text(10_000) })),
  alteri: z.array(alterSchema).check(z.maxLength(maxContacts)),
  connections: z.array(z.object({ id1: number(), id2: number() })).check(z.maxLength(maxTies)),
});

const versionSchema = z.object({ id: number(), title: text(1000), date: text(100), nwk: nwkSchema });

export const easyNwkSchema = z.object({
  versions: z.array(versionSchema).check(z.minLength(1), z.maxLength(200)),
  currentVersion: number(),
});

export type EasyNwkRecord = z.infer<typeof easyNwkSchema>;
type Alter = z.infer<typeof alterSchema>;
type Nwk = z.infer<typeof nwkSchema>;

/** Whether parsed JSON looks like an easyNWK file (a record of versions, or a single map as easyNWK also opens). */
export function looksLikeEasyNwk(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const o = data as Record<string, unknown>;
  return (Array.isArray(o['versions']) && 'currentVersion' in o) || (Array.isArray(o['alteri']) && Array.isArray(o['connections']) && 'ego' in o);
}

/** easyNWK's four quadrants in the netwerkkaart's sector order (clockwise from the top): the picture keeps its shape. */
const quadrants = ['familie', 'professionals', 'werk', 'vrienden'] as const;
const geometry: Geometry = { rings: 3, sectors: 4 };

/** easyNWK's quadrant (0 family, 1 friends, 2 colleagues, 3 professional help) as a netwerkkaart sector. */
const sectorOf = (angle: number): number => (angle < -90 ? 2 : angle < 0 ? 1 : angle < 90 ? 0 : 3);
/** easyNWK's three horizons; beyond the outer one is on the outer ring. */
const ringOf = (distance: number): number => (distance < 100 / 3 ? 1 : distance < 200 / 3 ? 2 : 3);
const round = (v: number) => Math.round(v * 1e4) / 1e4 || 0;

/** The map position of an alter: the same direction, its distance scaled between the centre disc and the outer ring. */
function positionOf(a: Alter, ring: number, sector: number): [number, number] {
  const r = centreRadius + ((1 - centreRadius) * Math.min(a.distance, 100)) / 100;
  const t = (a.angle * Math.PI) / 180;
  // easyNWK's y axis points up, the SVG's down. A hair inside the cell, so the position reads back as that cell.
  const [x, y] = clampToCell(geometry, ring, sector, r * Math.cos(t), -r * Math.sin(t), 0.002);
  const p: [number, number] = [round(x), round(y)];
  const cell = cellAt(geometry, p[0], p[1]);
  return cell.ring === ring && cell.sector === sector ? p : [round(x * 0.999), round(y * 0.999)];
}

const filled = (v: string | number | undefined) => v !== undefined && String(v).trim() !== '';
const undecided = new Set(['', 'nicht festgelegt', 'not specified', 'niet bepaald']);

interface Tally {
  [what: string]: number;
}

function contactsOf(nwk: Nwk, tally: Tally | null): { contacts: Contact[]; ties: Tie[] } {
  const count = (what: string) => tally && (tally[what] = (tally[what] ?? 0) + 1);
  const seen = new Set<string>();
  const contacts: Contact[] = [];
  for (const a of nwk.alteri) {
    const id = `nwk-${a.id}`;
    if (seen.has(id)) continue;
    if (!(a.distance > 0)) {
      count('unplaced');
      continue;
    }
    seen.add(id);
    const ring = ringOf(a.distance);
    const sector = sectorOf(a.angle);
    const [x, y] = positionOf(a, ring, sector);
    if (a.distance > 100) count('beyond');
    if (filled(a.age)) count('age');
    if (a.currentGender && !undecided.has(a.currentGender.trim().toLowerCase()) && a.genderDefault !== true) count('gender');
    if (a.edgeType === 0) count('noEdge');
    if (a.edgeType === 2) count('multiplex');
    const role = a.role?.trim() && a.roleDefault !== true ? a.role.trim() : '';
    if (role) count('role');
    const note = [role ? msg(str`Rol: ${role}`) : '', a.note?.trim() ?? ''].filter(Boolean).join('\n');
    if (note.length > 2000 || (a.name ?? '').length > 200) count('cut');
    contacts.push({
      // easyNWK's non-human alter (a pet, …) is the netwerkkaart's own kind for it.
      id, name: (a.name ?? '').slice(0, 200), kind: a.human === false ? 'niet-menselijk' : 'persoon', domain: quadrants[sector]!, ring,
      support: [], valuation: null, wishes: [], note: note.slice(0, 2000), helpsWith: '', x, y,
      ...(a.deceased ? { deceased: true } : {}),
    });
  }
  const ties: Tie[] = [];
  const pairs = new Set<string>();
  for (const c of nwk.connections) {
    const [from, to] = [`nwk-${c.id1}`, `nwk-${c.id2}`];
    const key = [from, to].sort().join(' ');
    if (from === to || pairs.has(key)) continue;
    if (!seen.has(from) || !seen.has(to)) {
      count('looseTie');
      continue;
    }
    pairs.add(key);
    ties.push({ id: `nwk-${c.id1}-${c.id2}`, from, to });
  }
  return { contacts, ties };
}

export interface EasyNwkImport {
  value: NetwerkkaartValue;
  /** One message, in the current language: what came over and what had no place. */
  message: string;
}

/**
 * The netwerkkaart of an easyNWK record: the current version is the map, every version a snapshot
 * (oldest first; when they do not all fit, the most recent ones). Positions keep their direction;
 * the distance gives the ring. `now` dates a version without a readable date.
 */
export function fromEasyNwk(input: EasyNwkRecord | Nwk, now = new Date()): EasyNwkImport {
  const record: EasyNwkRecord = 'versions' in input ? input : { versions: [{ id: 1, title: '', date: '', nwk: input }], currentVersion: 1 };
  const current = record.versions.find((v) => v.id === record.currentVersion) ?? record.versions.at(-1)!;
  const tally: Tally = {};
  const map = contactsOf(current.nwk, tally);
  const ego = current.nwk.ego;
  const dateOf = (d: string | undefined) => (d && isCalendarDate(d.slice(0, 10)) ? d.slice(0, 10) : localDate(now));
  const ordered = [...record.versions].sort((a, b) => dateOf(a.date).localeCompare(dateOf(b.date)) || a.id - b.id);
  const snapshots: Snapshot[] = [];
  let contacts = 0;
  let ties = 0;
  for (const v of ordered.reverse()) {
    const s = contactsOf(v.nwk, null);
    if (snapshots.length >= maxSnapshots || contacts + s.contacts.length > maxSnapshotContacts || ties + s.ties.length > maxSnapshotTies) continue;
    contacts += s.contacts.length;
    ties += s.ties.length;
    // As the netwerkkaart's own snapshots: who is where, not the notes (those stay on the map).
    snapshots.unshift({ id: `nwk-v${v.id}`, date: dateOf(v.date), label: (v.title ?? '').slice(0, 200), contacts: s.contacts.map((c) => ({ ...c, note: '' })), ties: s.ties });
  }
  const sectors = personalSectors();
  const value: NetwerkkaartValue = {
    ...emptyNetwerkkaart(),
    owner: (ego?.name ?? '').slice(0, 200),
    date: current.date && isCalendarDate(current.date.slice(0, 10)) ? current.date.slice(0, 10) : '',
    sectors: quadrants.map((id) => sectors.find((s) => s.id === id)!),
    contacts: map.contacts,
    ties: map.ties,
    snapshots,
  };
  const n = (what: string) => tally[what] ?? 0;
  const missing = [
    n('age') && msg(str`leeftijd (${n('age')} contacten)`),
    n('gender') && msg(str`geslacht (${n('gender')} contacten)`),
    n('noEdge') && msg(str`nu geen contact met de persoon zelf (${n('noEdge')} contacten)`),
    n('multiplex') && msg(str`meervoudige relatie (${n('multiplex')} contacten)`),
    n('unplaced') && msg(str`contacten zonder plek op de kaart (${n('unplaced')})`),
    n('looseTie') && msg(str`verbindingen met een contact zonder plek (${n('looseTie')})`),
    ego && filled(ego.age) && msg('de leeftijd van de persoon zelf'),
    ego?.currentGender && !undecided.has(ego.currentGender.trim().toLowerCase()) && msg('het geslacht van de persoon zelf'),
    ego && filled(ego.note) && msg('de notitie bij de persoon zelf'),
    snapshots.length < record.versions.length && msg(str`${record.versions.length - snapshots.length} oudere versies (te groot om mee te nemen)`),
  ].filter((x): x is string => typeof x === 'string' && x !== '');
  const notes = [
    n('role') ? msg('De rol van een contact staat in de notitie.') : '',
    n('beyond') ? msg(str`${n('beyond')} contacten stonden buiten de buitenste cirkel en staan nu in de buitenste ring.`) : '',
    n('cut') ? msg(str`Bij ${n('cut')} contacten was de naam of notitie te lang en is ingekort.`) : '',
  ].filter(Boolean);
  const message = [
    msg(str`Uit easyNWK overgenomen: ${map.contacts.length} contacten, ${map.ties.length} verbindingen en ${snapshots.length} versies als momentopnamen.`),
    ...notes,
    missing.length
      ? msg(str`Niet overgenomen, want de netwerkkaart heeft er geen plek voor: ${missing.join('; ')}. Uw easyNWK-bestand zelf blijft zoals het was.`)
      : '',
  ].filter(Boolean).join(' ');
  return { value, message };
}
