import { msg, str } from '@niet-alleen/core/msg';
import { memoizeLast, textsKey } from '@niet-alleen/core';
import type { Contact, NetwerkkaartValue, Tie } from '../schema.js';
import { label, localRings, localSectors, personalRings, personalSectors, type Option } from '../content.js';
import type { Geometry } from '../layout.js';
import { shownName } from '../export.js';
import { supportTexts } from './support.js';
import { summarise, summaryText, type Summary } from './summary.js';

/** What the model reads of its element. */
export interface MapModelHost {
  readonly value: NetwerkkaartValue;
  readonly pseudonymise: boolean;
}

/**
 * What a netwerkkaart value means on the map, in words and cells: the sectors and rings (the
 * workbook's when the value has none), each contact's cell and shown name, the text alternative
 * and the counts. Derived from the element's value on demand; remembers per value what every
 * edit would otherwise compute again per contact.
 */
export class MapModel {
  constructor(private readonly host: MapModelHost) {}

  sectorsOf(v: NetwerkkaartValue = this.host.value): Option[] {
    return v.sectors.length ? v.sectors : this.#defaults(v.mode).sectors;
  }
  ringsOf(v: NetwerkkaartValue = this.host.value): string[] {
    return v.rings.length ? v.rings : this.#defaults(v.mode).rings;
  }
  /** The rings and sectors as the options of a select (the add form and the contact's form). */
  ringOptions() {
    return this.ringsOf().map((r, i) => ({ value: String(i + 1), label: r }));
  }
  sectorOptions() {
    return this.sectorsOf().map((s) => ({ value: s.id, label: s.label }));
  }
  /**
   * The workbook's sectors and rings of a mode in the current texts, made once per locale: they
   * are asked for per contact (its sector, its ring) several times on every edit.
   */
  #defaultCells: { mode: NetwerkkaartValue['mode']; texts: string; sectors: Option[]; rings: string[] } | null = null;
  #defaults(mode: NetwerkkaartValue['mode']) {
    const texts = textsKey();
    const last = this.#defaultCells;
    if (last?.mode === mode && last.texts === texts) return last;
    const cells = mode === 'lokaal' ? { sectors: localSectors(), rings: localRings() } : { sectors: personalSectors(), rings: personalRings() };
    return (this.#defaultCells = { mode, texts, ...cells });
  }
  geometry(v = this.host.value): Geometry {
    return { rings: this.ringsOf(v).length, sectors: this.sectorsOf(v).length };
  }
  sectorIndex(domain: string, v = this.host.value): number {
    const sectors = this.sectorsOf(v);
    const i = sectors.findIndex((s) => s.id === domain);
    return i < 0 ? sectors.length - 1 : i;
  }
  ring(c: Contact, v = this.host.value): number {
    return Math.min(c.ring, this.ringsOf(v).length);
  }
  nameOf(c: Contact): string {
    return shownName(c, this.host.pseudonymise) || msg('(zonder naam)');
  }
  /** Contacts by id, made once per value (looked up for every tie on every render). */
  #byId: { value: NetwerkkaartValue; contacts: Map<string, Contact> } | null = null;
  contact(id: string | null): Contact | undefined {
    const v = this.host.value;
    if (this.#byId?.value !== v) this.#byId = { value: v, contacts: new Map(v.contacts.map((c) => [c.id, c])) };
    return id === null ? undefined : this.#byId.contacts.get(id);
  }

  describeContact(c: Contact, grabbed = false): string {
    const sector = this.sectorsOf()[this.sectorIndex(c.domain)]!.label;
    const parts = [
      this.nameOf(c), ...(c.deceased ? [msg('overleden')] : []), label.kind(c.kind), sector, this.ringsOf()[this.ring(c) - 1]!,
      ...supportTexts(c), ...(c.valuation ? [label.valuation(c.valuation)] : []), ...c.wishes.map(label.wish),
      ...(c.helpsWith && !c.deceased ? [msg(str`kan helpen bij: ${c.helpsWith}`)] : []),
      ...this.strainedWith(c),
    ];
    if (grabbed) parts.push(msg('opgepakt'));
    return parts.join(', ');
  }

  /** The text alternative of the picture: who is where, per ring. */
  describeMap(): string {
    const v = this.host.value;
    const owner = v.owner ? shownName({ name: v.owner, kind: 'persoon' }, this.host.pseudonymise) : msg('de persoon');
    if (!v.contacts.length) return msg(str`Lege netwerkkaart van ${owner}.`);
    // One pass: the names per ring (living) and the deceased apart.
    const byRing = this.ringsOf().map((): string[] => []);
    const deceased: string[] = [];
    for (const c of v.contacts) (c.deceased ? deceased : byRing[this.ring(c) - 1]!).push(this.nameOf(c));
    const nobody = msg('niemand');
    const rings = this.ringsOf().map((ring, i) => `${ring}: ${byRing[i]!.length ? byRing[i]!.join(', ') : nobody}.`);
    rings.push(summaryText(this.summary(), this.sectorsOf().map((s) => s.label), this.ringsOf()));
    const strained = v.ties.flatMap((t) => {
      const [a, b] = [this.contact(t.from), this.contact(t.to)];
      return t.strained && a && b ? [msg(str`${this.nameOf(a)} met ${this.nameOf(b)}`)] : [];
    });
    if (strained.length) rings.push(msg(str`Gespannen verbinding of conflict: ${strained.join('; ')}.`));
    if (deceased.length) rings.push(msg(str`Overleden: ${deceased.join(', ')}.`));
    return `${msg(str`Netwerkkaart van ${owner}, van dichtbij naar verder weg.`)} ${rings.join(' ')}`;
  }

  /**
   * Per contact, the other ends of its strained ties in the ties' order, made once per value: every
   * contact's accessible name reads them, and scanning all ties for each of 300 contacts cost more
   * than the rest of the name (issue 33).
   */
  #strained = memoizeLast((ties: readonly Tie[]) => {
    const others = new Map<string, string[]>();
    // Both ends of a tie (a Map, so a tie from a contact to itself counts once, as before).
    for (const t of ties) if (t.strained) for (const [a, b] of new Map([[t.from, t.to], [t.to, t.from]])) others.set(a, [...(others.get(a) ?? []), b]);
    return others;
  });
  /** 'gespannen met Henk' for each strained tie of a contact (its accessible name). */
  strainedWith(c: Contact): string[] {
    return (this.#strained(this.host.value.ties).get(c.id) ?? []).flatMap((id) => {
      const other = this.contact(id);
      return other ? [msg(str`gespannen met ${this.nameOf(other)}`)] : [];
    });
  }

  /** Counts per sector and ring, deceased apart (internal/summary.ts). */
  #summary: { value: NetwerkkaartValue; texts: string; summary: Summary } | null = null;
  summary(): Summary {
    // Asked twice a render (the text alternative and the summary table): counted once per value.
    const texts = textsKey();
    if (this.#summary?.value === this.host.value && this.#summary.texts === texts) return this.#summary.summary;
    const summary = this.#countCells();
    this.#summary = { value: this.host.value, texts, summary };
    return summary;
  }
  #countCells(): Summary {
    return summarise(this.host.value.contacts, this.sectorsOf().length, this.ringsOf().length, (c) => ({ sector: this.sectorIndex(c.domain), ring: this.ring(c) }));
  }
}

/** Per contact id, the names of the contacts it is tied to ('Henk (gespannen)'), in the order of the ties: one pass over the ties. */
export function tiedTo(ties: readonly Tie[], find: (id: string) => Contact | undefined, name: (c: Contact) => string): Map<string, string[]> {
  const tied = new Map<string, string[]>();
  const strained = msg('gespannen');
  const add = (id: string, otherId: string, t: Tie) => {
    const other = find(otherId);
    if (!other) return;
    const text = t.strained ? `${name(other)} (${strained})` : name(other);
    const list = tied.get(id);
    if (list) list.push(text);
    else tied.set(id, [text]);
  };
  for (const t of ties) {
    add(t.from, t.to, t);
    if (t.to !== t.from) add(t.to, t.from, t);
  }
  return tied;
}

/** The kind of a contact as the list and the CSV say it: 'Persoon, overleden'. */
export const kindText = (c: Contact) => (c.deceased ? `${label.kind(c.kind)}, ${msg('overleden')}` : label.kind(c.kind));
