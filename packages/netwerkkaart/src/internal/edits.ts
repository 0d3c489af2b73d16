import { msg, str } from '@niet-alleen/core/msg';
import { createId, formatCalendarDate, getLocale, isCalendarDate, localDate } from '@niet-alleen/core';
import { maxContacts, maxSnapshotContacts, maxSnapshotTies, maxSnapshots, maxTies, type Contact, type NetwerkkaartValue, type Snapshot } from '../schema.js';
import type { Mode } from '../content.js';
import { cellAt, clampToCell, nodeRadius, type Simulate } from '../layout.js';
import { place } from './place.js';
import type { MapModel } from './model.js';

type Positions = Map<string, [number, number]>;

/** What the edits read of the element. */
export interface MapEditsHost {
  readonly value: NetwerkkaartValue;
  announce(text: string): void;
}

/** The element's commit (protected there): the one way a new value goes in. */
export type MapCommit = (next: NetwerkkaartValue, options?: { announce?: string; coalesce?: string | null }) => void;

/**
 * Every change to the netwerkkaart's value, each through the element's commit with what the live
 * region says. Every committed value holds every contact's position: a stored position that fits
 * the contact's cell is kept exactly; the others are placed around the kept ones (internal/place.ts).
 * What an edit does to the element's own state (focus, the open form) stays with the element.
 */
export class MapEdits {
  constructor(
    private readonly host: MapEditsHost,
    private readonly model: MapModel,
    private readonly commit: MapCommit,
    /** The force layout (force.ts) once its code has loaded: only a map where nobody has a place needs it. */
    private readonly simulate: () => Simulate | undefined,
  ) {}

  #memo: { value: NetwerkkaartValue; positions: Positions | null; unplaced: boolean } | null = null;

  /**
   * Positions of every contact: a stored position that fits its cell is kept exactly; the others
   * (none yet, another cell, or named in `free`) are placed around the kept ones (internal/place.ts).
   * Null when nobody keeps a place and the force layout's code has not loaded yet.
   */
  layout(v: NetwerkkaartValue, free: ReadonlySet<string> = new Set()): Positions | null {
    return this.#place(v, free).positions;
  }

  /** The layout of `v`, and whether no contact keeps its place (then the force layout may be needed). */
  #place(v: NetwerkkaartValue, free: ReadonlySet<string>): { positions: Positions | null; noneKept: boolean } {
    const m = this.model;
    const g = m.geometry(v);
    const input = v.contacts.map((c) => {
      const ring = m.ring(c, v);
      const sector = m.sectorIndex(c.domain, v);
      const fits = c.x !== null && c.y !== null && (() => {
        const cell = cellAt(g, c.x!, c.y!);
        return cell.ring === ring && cell.sector === sector;
      })();
      // A position outside its cell is a starting point: the contact is placed from there.
      const [x, y] = c.x !== null && c.y !== null && !fits ? clampToCell(g, ring, sector, c.x, c.y) : [c.x, c.y];
      return { id: c.id, ring, sector, x, y, kept: fits && !free.has(c.id) };
    });
    if (input.every((n) => n.kept)) return { positions: new Map(input.map((n) => [n.id, [n.x!, n.y!]])), noneKept: !input.length };
    return { positions: place(g, input, this.simulate()), noneKept: input.every((n) => !n.kept) };
  }

  /** The positions of the current value (laid out once per value); null while the force layout it needs loads. */
  get positions(): Positions | null {
    const value = this.host.value;
    if (this.#memo?.value !== value || !this.#memo.positions) {
      const { positions, noneKept } = this.#place(value, new Set());
      this.#memo = { value, positions, unplaced: noneKept && !!value.contacts.length };
    }
    return this.#memo.positions;
  }

  /**
   * True when no contact of the current value keeps a place (a value from outside without
   * positions, the example, a file whose positions fit no cell): the next edit places them all, with the force layout, even when the map could be
   * drawn without it (contacts that start apart).
   */
  get unplaced(): boolean {
    void this.positions;
    return this.#memo!.unplaced;
  }

  /**
   * Commits `next` with every contact's position in it; `free` contacts find a new place. Only an
   * edit of a map where nobody has a place yet, before the force layout's code has loaded (the map
   * shows it loading), commits the contacts as they are: the map lays them out when it arrives.
   */
  save(next: NetwerkkaartValue, o: { announce?: string; coalesce?: string; free?: Set<string> } = {}) {
    const positions = this.layout(next, o.free);
    const contacts = !positions ? next.contacts : next.contacts.map((c) => {
      const [x, y] = positions.get(c.id)!;
      return c.x === x && c.y === y ? c : { ...c, x, y };
    });
    const committed = { ...next, contacts };
    this.commit(committed, { announce: o.announce ?? '', coalesce: o.coalesce ?? null });
    // The committed value holds every position just found (each fits its cell): the render that
    // shows it need not lay it out again (~0.4 ms of every edit at 300 contacts).
    if (positions && this.host.value === committed) this.#memo = { value: committed, positions, unplaced: false };
  }

  /** Adds a contact; its id, or null when the map is full. */
  addContact(fields: Pick<Contact, 'name' | 'kind' | 'domain' | 'ring'>): string | null {
    const value = this.host.value;
    if (value.contacts.length >= maxContacts) {
      this.host.announce(msg('De kaart is vol.'));
      return null;
    }
    const c: Contact = { id: createId(), support: [], valuation: null, wishes: [], note: '', helpsWith: '', x: null, y: null, ...fields };
    this.save({ ...value, contacts: [...value.contacts, c] }, { announce: msg(str`Toegevoegd: ${this.model.nameOf(c)}`) });
    return c.id;
  }

  updateContact(id: string, changes: Partial<Contact>, coalesce?: string) {
    const m = this.model;
    const old = m.contact(id);
    if (!old) return;
    const moved = (changes.ring !== undefined && changes.ring !== old.ring) || (changes.domain !== undefined && changes.domain !== old.domain);
    let c = { ...old, ...changes };
    const next = { ...this.host.value, contacts: this.host.value.contacts.map((o) => (o.id === id ? c : o)) };
    if (moved && changes.x === undefined) {
      // Keep the direction the contact had where it can: seed it at the nearest point of its new cell.
      const [x, y] = this.positions?.get(id) ?? [0, 0];
      const [nx, ny] = clampToCell(m.geometry(), m.ring(c, next), m.sectorIndex(c.domain, next), x, y, 0.05);
      c = { ...c, x: nx, y: ny };
      next.contacts = next.contacts.map((o) => (o.id === id ? c : o));
    }
    const where = `${m.ringsOf()[m.ring(c) - 1]}, ${m.sectorsOf()[m.sectorIndex(c.domain)]!.label}`;
    this.save(next, {
      free: moved || changes.x !== undefined ? new Set([id]) : new Set(),
      coalesce: coalesce ? `${coalesce}-${id}` : undefined,
      announce: moved ? msg(str`${m.nameOf(c)}: nu ${where}.`) : undefined,
    });
  }

  /** Removes a contact and its ties; the contact that takes its place in the order (for focus), or null when there was no such contact. */
  removeContact(id: string): { neighbour: Contact | undefined } | null {
    const value = this.host.value;
    const c = this.model.contact(id);
    if (!c) return null;
    const index = value.contacts.indexOf(c);
    const contacts = value.contacts.filter((o) => o !== c);
    this.save(
      { ...value, contacts, ties: value.ties.filter((t) => t.from !== id && t.to !== id) },
      { announce: msg(str`Verwijderd: ${this.model.nameOf(c)}. Met Ongedaan maken komt het terug.`) },
    );
    return { neighbour: contacts[Math.min(index, contacts.length - 1)] };
  }

  /** Moves a contact `dRing` rings outwards and `dSector` sectors clockwise (keyboard). */
  moveContact(id: string, dRing: number, dSector: number) {
    const m = this.model;
    const c = m.contact(id);
    if (!c) return;
    const ring = Math.min(m.ringsOf().length, Math.max(1, m.ring(c) + dRing));
    const sectors = m.sectorsOf();
    const domain = sectors[(m.sectorIndex(c.domain) + dSector + sectors.length) % sectors.length]!.id;
    if (ring === c.ring && domain === c.domain) {
      this.host.announce(dRing < 0 ? msg('Dichterbij kan niet.') : msg('Verder weg kan niet.'));
      return;
    }
    this.updateContact(id, { ring, domain });
  }

  /** A contact dropped at map point (x, y) snaps to the ring and sector there and stays where it was dropped. */
  dropContact(id: string, x: number, y: number) {
    const m = this.model;
    const c = m.contact(id);
    if (!c) return;
    const g = m.geometry();
    const { ring, sector } = cellAt(g, x, y);
    const [nx, ny] = clampToCell(g, ring, sector, x, y, nodeRadius(this.host.value.contacts.length) * 0.6);
    this.updateContact(id, { ring, domain: m.sectorsOf()[sector]!.id, x: nx, y: ny });
    if (c.ring === ring && c.domain === m.sectorsOf()[sector]!.id) this.host.announce(msg(str`${m.nameOf(c)} is verplaatst.`));
  }

  tie(from: string, to: string) {
    const m = this.model;
    const value = this.host.value;
    const a = m.contact(from);
    const b = m.contact(to);
    if (!a || !b || from === to) return;
    if (value.ties.length >= maxTies) return this.host.announce(msg('De kaart is vol.'));
    if (value.ties.some((t) => (t.from === from && t.to === to) || (t.from === to && t.to === from))) {
      this.host.announce(msg(str`${m.nameOf(a)} en ${m.nameOf(b)} zijn al verbonden.`));
      return;
    }
    this.save(
      { ...value, ties: [...value.ties, { id: createId(), from, to }] },
      { announce: msg(str`Verbonden: ${m.nameOf(a)} en ${m.nameOf(b)}.`) },
    );
  }

  /** Marks a tie as strained (a conflict) or not. */
  setStrained(id: string, strained: boolean) {
    const value = this.host.value;
    this.commit({ ...value, ties: value.ties.map((t) => (t.id === id ? { ...t, strained } : t)) }, {
      announce: strained ? msg('Gemarkeerd als gespannen verbinding.') : msg('Niet meer gemarkeerd als gespannen.'),
    });
  }

  untie(id: string) {
    const value = this.host.value;
    this.save({ ...value, ties: value.ties.filter((t) => t.id !== id) }, { announce: msg('Verbinding verwijderd.') });
  }

  setField<K extends 'owner' | 'date' | 'wish'>(key: K, v: string) {
    // A browser without a date picker lets any text through: only a real day (or nothing) is kept.
    if (key === 'date' && v !== '' && !isCalendarDate(v)) return;
    this.commit({ ...this.host.value, [key]: v }, { coalesce: key });
  }

  setMode(mode: Mode) {
    if (mode !== this.host.value.mode) this.save({ ...this.host.value, mode, rings: [], sectors: [] });
  }

  addSector(name: string) {
    const sectors = [...this.model.sectorsOf(), { id: createId(), label: name }];
    this.save({ ...this.host.value, sectors }, { announce: msg(str`Toegevoegd: ${name}`) });
  }

  /** Puts `example` on the map (example.ts, which the element loads when the person asks for it). */
  showExample(example: NetwerkkaartValue) {
    this.commit(structuredClone(example), { announce: msg('Het voorbeeld staat nu op de kaart. Met Ongedaan maken krijgt u de lege kaart terug.') });
  }

  /**
   * Keeps the network as it is now, for comparison later. A snapshot keeps who is where, not the
   * notes (they stay on the map itself): what a comparison shows, at a fraction of the size. Dated
   * with the local day of `now`. Its id, or null when the versions are full.
   */
  saveSnapshot(now: Date): string | null {
    const value = this.host.value;
    const { ties, snapshots } = value;
    const contacts = value.contacts.map((c) => ({ ...c, note: '', helpsWith: '' }));
    const full = snapshots.length >= maxSnapshots
      || snapshots.reduce((n, s) => n + s.contacts.length, contacts.length) > maxSnapshotContacts
      || snapshots.reduce((n, s) => n + s.ties.length, ties.length) > maxSnapshotTies;
    if (full) {
      this.host.announce(msg('De kaart is vol.'));
      return null;
    }
    const snapshot: Snapshot = { id: createId(), date: localDate(now), label: '', contacts, ties };
    this.commit({ ...value, snapshots: [...value.snapshots, snapshot] }, { announce: msg(str`Momentopname van ${formatCalendarDate(snapshot.date, getLocale())} bewaard.`) });
    return snapshot.id;
  }

  removeSnapshot(id: string) {
    this.commit({ ...this.host.value, snapshots: this.host.value.snapshots.filter((o) => o.id !== id) });
  }

  /** Lays the whole map out anew (positions are recomputed; undo brings the old ones back). */
  relayout() {
    const value = this.host.value;
    this.save(value, { free: new Set(value.contacts.map((c) => c.id)), announce: msg('De kaart is opnieuw geschikt.') });
  }
}
