import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@niet-alleen/core/msg';
import {
  NaInstrumentElement, addItemField, button, checkbox, createId, localDate, datedFilename, isCalendarDate, downloadFile, emptyState, guidance, heading, isolate,
  scale, section, selectField, textField, textsKey,
  translationNotice,
} from '@niet-alleen/core';
import { maxContacts, maxSectors, maxSnapshotContacts, maxSnapshotTies, maxSnapshots, maxTies, netwerkkaartDefinition, type Contact, type NetwerkkaartValue, type Snapshot, type Tie } from './schema.js';
import {
  kinds, label, localRings, localSectors, modes, personalRings, personalSectors, supportTypes, text, valuations, wishTypes,
  directions, type Kind, type Mode, type Option,
} from './content.js';
import { cellAt, centreRadius, clampToCell, nodeRadius, ringBand, sectorSpan, type Geometry } from './layout.js';
import { place } from './internal/place.js';
import { readEasyNwk } from './internal/read-easynwk.js';
import { compare, shownName, standaloneSvg, svgToPng, toCsv } from './export.js';
import { netwerkkaartExample } from './example.js';
import { supportTexts, withDirection } from './internal/support.js';
import { renderSummary, summarise, summaryRows, summaryText, type Summary } from './internal/summary.js';
import { MapZoom } from './internal/zoom.js';
import { planKey, planLabels, type LabelItem, type LabelPlan } from './internal/labels.js';
import { netwerkkaartStyles } from './netwerkkaart.styles.js';
import type { InstrumentListeners } from '@niet-alleen/core';

/**
 * The picture in CSS px: SVG user units are CSS px, so text and targets keep their size at every
 * width. `unit` is the radius of the outer ring (map unit 1); `band` the room for the sector
 * names around it. The map is as wide as its box allows and never taller than the viewport.
 */
export interface Frame {
  size: number;
  unit: number;
  band: number;
  /** Font size (px) of the sector names. */
  font: number;
}
export function mapFrame(width: number, viewportHeight: number): Frame {
  const size = Math.round(Math.max(280, Math.min(width, viewportHeight - 16)));
  const font = size >= 640 ? 16 : 13;
  const band = Math.round(font * 2.9);
  return { size, unit: size / 2 - band, band, font };
}
type Positions = Map<string, [number, number]>;

interface Drag {
  id: string;
  pointerId: number;
  el: SVGGElement;
  start: [number, number];
  at: [number, number];
  moved: boolean;
}

/** Half the least target size (WCAG 2.5.8: 24 × 24 CSS px) of a contact on the map. */
const targetRadius = 12;
/** The drawn size of a contact (px) from its collision radius: at least 8 px, a third of the room it has. */
const shapeRadius = (radius: number) => Math.max(8, Math.min(16, radius * 0.32));
/** Font sizes (px) of the contact names, by the room they have; never under 12 px. */
const labelFont = { l: 16, m: 14, s: 12 } as const;

/** Splits a name into lines of about `width` characters, at spaces only: never cut, never shortened. */
function lines(name: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  out.push(line);
  return out;
}

/**
 * A tie from a to b (px): straight, or, when the straight line would cross the person in the
 * middle, a curve that goes around the centre disc on the side where the line passes.
 */
function tiePath(a: number[], b: number[], clear: number): string {
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
  const px = ax + t * dx;
  const py = ay + t * dy;
  const d = Math.hypot(px, py);
  const f = (n: number) => n.toFixed(1);
  if (d >= clear) return `M${f(ax)} ${f(ay)}L${f(bx)} ${f(by)}`;
  // The side of the centre the line passes on (or, straight through it, the left of its direction).
  const [nx, ny] = d > 1e-3 ? [px / d, py / d] : [-dy / (Math.hypot(dx, dy) || 1), dx / (Math.hypot(dx, dy) || 1)];
  // A quadratic curve's middle is halfway between the chord's middle and its control point.
  const mx = (ax + bx) / 2;
  const my = (ay + by) / 2;
  const cx = 2 * nx * clear * 1.25 - mx;
  const cy = 2 * ny * clear * 1.25 - my;
  return `M${f(ax)} ${f(ay)}Q${f(cx)} ${f(cy)} ${f(bx)} ${f(by)}`;
}

/** An SVG path of one cell (ring band × sector), for the drop target while dragging. */
function cellPath(g: Geometry, ring: number, sector: number, S: number): string {
  const [r0, r1] = ringBand(g, ring).map((r) => r * S) as [number, number];
  const [a0, a1] = sectorSpan(g, sector);
  const p = (r: number, a: number) => `${(r * Math.cos(a)).toFixed(1)} ${(r * Math.sin(a)).toFixed(1)}`;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return `M${p(r0, a0)}L${p(r1, a0)}A${r1} ${r1} 0 ${large} 1 ${p(r1, a1)}L${p(r0, a1)}A${r0} ${r0} 0 ${large} 0 ${p(r0, a0)}Z`;
}

/** Listeners typed by this element's value (`event.detail.value` is a NetwerkkaartValue); see InstrumentListeners. */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the interface only narrows the listener types */
export interface NaNetwerkkaart {
  addEventListener: InstrumentListeners<NetwerkkaartValue>['addEventListener'];
  removeEventListener: InstrumentListeners<NetwerkkaartValue>['removeEventListener'];
}

/**
 * Persoonlijke netwerkkaart (workbook 8.4, 8.7): the person in the middle, the people,
 * organisations and informal initiatives around them, closer or further away, per life domain.
 * Also a supporter's own local network (11.1–11.2). Drawn with d3-force; every drag has a
 * keyboard and a form alternative, and the list view always shows the same contacts.
 *
 * @element na-netwerkkaart
 * @fires na-change - After each edit; `detail.value` is the new {@link NetwerkkaartValue}.
 * @fires na-invalid - Data from outside was refused; `detail: { source, issues }`.
 * @csspart header - Title, owner, date, wish and guidance.
 * @csspart map - The picture (SVG).
 * @csspart legend - What the shapes and lines mean.
 * @csspart editor - The form of the selected contact.
 * @csspart list - The table of all contacts, equivalent to the picture.
 * @csspart helpers - Who can help with the wish.
 * @csspart summary - Counts per sector and ring (deceased apart): a table, also in print.
 * @csspart snapshots - Dated versions and their comparison.
 * @csspart import-note - What an opened easyNWK file brought over and what it could not.
 * @csspart toolbar - Exports, undo, redo, print, empty.
 * @cssprop --na-netwerkkaart-ring-border-color - Lines of the rings and sectors.
 * @cssprop --na-netwerkkaart-ring-background-color - Fill of the rings (alternating with the background).
 * @cssprop --na-netwerkkaart-contact-background-color - Fill of a contact.
 * @cssprop --na-netwerkkaart-contact-border-color - Outline of a contact.
 * @cssprop --na-netwerkkaart-tie-color - Lines between contacts.
 * @cssprop --na-netwerkkaart-centre-background-color - The person in the middle.
 */
export class NaNetwerkkaart extends NaInstrumentElement<NetwerkkaartValue> {
  static override styles = [...NaInstrumentElement.styles, netwerkkaartStyles];

  /** Replaces names of persons by initials in the picture, the list, print and exports (not in the JSON data). */
  @property({ type: Boolean, reflect: true }) pseudonymise = false;

  @state() private focusId: string | null = null;
  @state() private editingId: string | null = null;
  @state() private grabbedId: string | null = null;
  @state() private hoverId: string | null = null;
  @state() private tieFrom: string | null = null;
  @state() private compareFrom = '';
  @state() private compareTo = 'nu';
  /** What an opened easyNWK file brought and what it could not (shown until the next file or closed). */
  @state() private importNote = '';

  #drag: Drag | null = null;
  /** The width of the map's box (0 until measured) and the viewport height. */
  @state() private box: [number, number] = [0, 0];
  #resize: ResizeObserver | null = null;
  #frameRequest = 0;
  /** Measured in the next frame: re-rendering inside a ResizeObserver callback would loop. */
  #onResize = () => {
    cancelAnimationFrame(this.#frameRequest);
    this.#frameRequest = requestAnimationFrame(() => this.measure());
  };
  #memo: { value: NetwerkkaartValue; positions: Positions } | null = null;
  /** Zoom and pan of the picture (internal/zoom.ts); a second finger stops a contact drag. */
  #zoom = new MapZoom(this, {
    svg: () => this.svgEl,
    onGesture: () => this.#cancelDrag(),
    announce: (k) => this.announce(msg(str`Zoom ${Math.round(k * 100)}%`)),
  });
  /** The last name layout and what it was made from (a hover or focus does not redo it). */
  #plans: { key: unknown[]; plans: Map<string, LabelPlan> } | null = null;
  /** Names are laid out for the whole map while the browser prints (print shows the whole map). */
  #printing = false;
  #onPrint = (e: Event) => {
    this.#printing = e.type === 'beforeprint';
    this.requestUpdate();
    if (this.#printing) this.performUpdate();
  };

  protected get definition() {
    return netwerkkaartDefinition;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('resize', this.#onResize);
    window.addEventListener('beforeprint', this.#onPrint);
    window.addEventListener('afterprint', this.#onPrint);
    void this.updateComplete.then(() => {
      const map = this.renderRoot.querySelector('.map');
      if (!map || !this.isConnected || typeof ResizeObserver === 'undefined') return;
      this.#resize = new ResizeObserver(this.#onResize);
      this.#resize.observe(map);
    });
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('resize', this.#onResize);
    window.removeEventListener('beforeprint', this.#onPrint);
    window.removeEventListener('afterprint', this.#onPrint);
    this.#resize?.disconnect();
    this.#resize = null;
    cancelAnimationFrame(this.#frameRequest);
  }
  private measure() {
    const width = this.renderRoot.querySelector('.map')?.clientWidth ?? 0;
    if (width && (width !== this.box[0] || window.innerHeight !== this.box[1])) this.box = [width, window.innerHeight];
  }
  /** The frame of the picture; before the map is measured, from the element's own width. */
  get frame(): Frame {
    const [width, height] = this.box;
    return mapFrame(width || Math.max(0, this.clientWidth - 32) || 920, height || window.innerHeight || 1080);
  }
  private get S(): number {
    return this.frame.unit;
  }

  // ——— derived views of the value ———

  sectorsOf(v: NetwerkkaartValue = this.value): Option[] {
    return v.sectors.length ? v.sectors : v.mode === 'lokaal' ? localSectors() : personalSectors();
  }
  ringsOf(v: NetwerkkaartValue = this.value): string[] {
    return v.rings.length ? v.rings : v.mode === 'lokaal' ? localRings() : personalRings();
  }
  private geometry(v = this.value): Geometry {
    return { rings: this.ringsOf(v).length, sectors: this.sectorsOf(v).length };
  }
  private sectorIndex(domain: string, v = this.value): number {
    const sectors = this.sectorsOf(v);
    const i = sectors.findIndex((s) => s.id === domain);
    return i < 0 ? sectors.length - 1 : i;
  }
  private ring(c: Contact, v = this.value): number {
    return Math.min(c.ring, this.ringsOf(v).length);
  }
  private nameOf(c: Contact): string {
    return shownName(c, this.pseudonymise) || msg('(zonder naam)');
  }
  private contact(id: string | null): Contact | undefined {
    return this.value.contacts.find((c) => c.id === id);
  }

  /**
   * Positions of every contact: a stored position that fits its cell is kept exactly; the others
   * (none yet, another cell, or named in `free`) are placed around the kept ones (internal/place.ts).
   */
  private layout(v: NetwerkkaartValue, free: ReadonlySet<string> = new Set()): Positions {
    const g = this.geometry(v);
    const input = v.contacts.map((c) => {
      const ring = this.ring(c, v);
      const sector = this.sectorIndex(c.domain, v);
      const fits = c.x !== null && c.y !== null && (() => {
        const cell = cellAt(g, c.x!, c.y!);
        return cell.ring === ring && cell.sector === sector;
      })();
      // A position outside its cell is a starting point: the contact is placed from there.
      const [x, y] = c.x !== null && c.y !== null && !fits ? clampToCell(g, ring, sector, c.x, c.y) : [c.x, c.y];
      return { id: c.id, ring, sector, x, y, kept: fits && !free.has(c.id) };
    });
    if (input.every((n) => n.kept)) return new Map(input.map((n) => [n.id, [n.x!, n.y!]]));
    return place(g, input);
  }
  get positions(): Positions {
    if (this.#memo?.value !== this.value) this.#memo = { value: this.value, positions: this.layout(this.value) };
    return this.#memo.positions;
  }

  // ——— edits (all through commit) ———

  /** Commits `next` with every contact's position in it; `free` contacts find a new place. */
  private save(next: NetwerkkaartValue, o: { announce?: string; coalesce?: string; free?: Set<string> } = {}) {
    const positions = this.layout(next, o.free);
    const contacts = next.contacts.map((c) => {
      const [x, y] = positions.get(c.id)!;
      return c.x === x && c.y === y ? c : { ...c, x, y };
    });
    this.commit({ ...next, contacts }, { announce: o.announce ?? '', coalesce: o.coalesce ?? null });
  }

  addContact(fields: Pick<Contact, 'name' | 'kind' | 'domain' | 'ring'>): string | null {
    if (this.value.contacts.length >= maxContacts) {
      this.announce(msg('De kaart is vol.'));
      return null;
    }
    const c: Contact = { id: createId(), support: [], valuation: null, wishes: [], note: '', helpsWith: '', x: null, y: null, ...fields };
    this.save({ ...this.value, contacts: [...this.value.contacts, c] }, { announce: msg(str`Toegevoegd: ${this.nameOf(c)}`) });
    this.focusId ??= c.id;
    return c.id;
  }

  private updateContact(id: string, changes: Partial<Contact>, coalesce?: string) {
    const old = this.contact(id);
    if (!old) return;
    const moved = (changes.ring !== undefined && changes.ring !== old.ring) || (changes.domain !== undefined && changes.domain !== old.domain);
    let c = { ...old, ...changes };
    const next = { ...this.value, contacts: this.value.contacts.map((o) => (o.id === id ? c : o)) };
    if (moved && changes.x === undefined) {
      // Keep the direction the contact had where it can: seed it at the nearest point of its new cell.
      const [x, y] = this.positions.get(id) ?? [0, 0];
      const [nx, ny] = clampToCell(this.geometry(), this.ring(c, next), this.sectorIndex(c.domain, next), x, y, 0.05);
      c = { ...c, x: nx, y: ny };
      next.contacts = next.contacts.map((o) => (o.id === id ? c : o));
    }
    const where = `${this.ringsOf()[this.ring(c) - 1]}, ${this.sectorsOf()[this.sectorIndex(c.domain)]!.label}`;
    this.save(next, {
      free: moved || changes.x !== undefined ? new Set([id]) : new Set(),
      coalesce: coalesce ? `${coalesce}-${id}` : undefined,
      announce: moved ? msg(str`${this.nameOf(c)}: nu ${where}.`) : undefined,
    });
  }

  removeContact(id: string) {
    const c = this.contact(id);
    if (!c) return;
    const index = this.value.contacts.indexOf(c);
    const contacts = this.value.contacts.filter((o) => o !== c);
    this.save(
      { ...this.value, contacts, ties: this.value.ties.filter((t) => t.from !== id && t.to !== id) },
      { announce: msg(str`Verwijderd: ${this.nameOf(c)}. Met Ongedaan maken komt het terug.`) },
    );
    if (this.editingId === id) this.editingId = null;
    if (this.grabbedId === id) this.grabbedId = null;
    const neighbour = contacts[Math.min(index, contacts.length - 1)];
    this.focusId = neighbour?.id ?? null;
    void this.updateComplete.then(() =>
      (neighbour ? this.contactEl(neighbour.id) : this.renderRoot.querySelector<HTMLElement>('#add-name'))?.focus(),
    );
  }

  /**
   * Loads the netwerkkaart's own JSON, or an easyNWK 2.x file (see easynwk.ts): its versions become
   * snapshots, its current map the map, and one message says what had no place here.
   */
  override importJSON(text: string): boolean {
    const nwk = readEasyNwk(text);
    if (!nwk || this.readonly) {
      const ok = super.importJSON(text);
      if (ok) this.importNote = '';
      return ok;
    }
    const ok = super.importJSON(JSON.stringify(nwk.value));
    this.importNote = ok ? nwk.message : '';
    if (ok) this.announce(nwk.message);
    return ok;
  }

  /** Moves a contact `dRing` rings outwards and `dSector` sectors clockwise (keyboard). */
  moveContact(id: string, dRing: number, dSector: number) {
    const c = this.contact(id);
    if (!c) return;
    const ring = Math.min(this.ringsOf().length, Math.max(1, this.ring(c) + dRing));
    const sectors = this.sectorsOf();
    const domain = sectors[(this.sectorIndex(c.domain) + dSector + sectors.length) % sectors.length]!.id;
    if (ring === c.ring && domain === c.domain) {
      this.announce(dRing < 0 ? msg('Dichterbij kan niet.') : msg('Verder weg kan niet.'));
      return;
    }
    this.updateContact(id, { ring, domain });
  }

  /** A contact dropped at map point (x, y) snaps to the ring and sector there and stays where it was dropped. */
  dropContact(id: string, x: number, y: number) {
    const c = this.contact(id);
    if (!c) return;
    const g = this.geometry();
    const { ring, sector } = cellAt(g, x, y);
    const [nx, ny] = clampToCell(g, ring, sector, x, y, nodeRadius(this.value.contacts.length) * 0.6);
    this.updateContact(id, { ring, domain: this.sectorsOf()[sector]!.id, x: nx, y: ny });
    if (c.ring === ring && c.domain === this.sectorsOf()[sector]!.id) this.announce(msg(str`${this.nameOf(c)} is verplaatst.`));
  }

  tie(from: string, to: string) {
    const a = this.contact(from);
    const b = this.contact(to);
    this.tieFrom = null;
    if (!a || !b || from === to) return;
    if (this.value.ties.length >= maxTies) return this.announce(msg('De kaart is vol.'));
    if (this.value.ties.some((t) => (t.from === from && t.to === to) || (t.from === to && t.to === from))) {
      this.announce(msg(str`${this.nameOf(a)} en ${this.nameOf(b)} zijn al verbonden.`));
      return;
    }
    this.save(
      { ...this.value, ties: [...this.value.ties, { id: createId(), from, to }] },
      { announce: msg(str`Verbonden: ${this.nameOf(a)} en ${this.nameOf(b)}.`) },
    );
  }

  /** Marks a tie as strained (a conflict) or not. */
  setStrained(id: string, strained: boolean) {
    this.commit({ ...this.value, ties: this.value.ties.map((t) => (t.id === id ? { ...t, strained } : t)) }, {
      announce: strained ? msg('Gemarkeerd als gespannen verbinding.') : msg('Niet meer gemarkeerd als gespannen.'),
    });
  }

  private untie(id: string) {
    this.save({ ...this.value, ties: this.value.ties.filter((t) => t.id !== id) }, { announce: msg('Verbinding verwijderd.') });
  }

  private setField<K extends 'owner' | 'date' | 'wish'>(key: K, v: string) {
    // A browser without a date picker lets any text through: only a real day (or nothing) is kept.
    if (key === 'date' && v !== '' && !isCalendarDate(v)) return;
    this.commit({ ...this.value, [key]: v }, { coalesce: key });
  }

  private setMode(mode: Mode) {
    if (mode !== this.value.mode) this.save({ ...this.value, mode, rings: [], sectors: [] });
  }

  private addSector(name: string) {
    const sectors = [...this.sectorsOf(), { id: createId(), label: name }];
    this.save({ ...this.value, sectors }, { announce: msg(str`Toegevoegd: ${name}`) });
  }

  /**
   * Keeps the network as it is now, for comparison later. A snapshot keeps who is where, not the
   * notes (they stay on the map itself): what a comparison shows, at a fraction of the size. Dated
   * with the local day of `now` (a test passes a fixed clock).
   */
  saveSnapshot(now: Date = new Date()) {
    const { ties, snapshots } = this.value;
    const contacts = this.value.contacts.map((c) => ({ ...c, note: '', helpsWith: '' }));
    const full = snapshots.length >= maxSnapshots
      || snapshots.reduce((n, s) => n + s.contacts.length, contacts.length) > maxSnapshotContacts
      || snapshots.reduce((n, s) => n + s.ties.length, ties.length) > maxSnapshotTies;
    if (full) return this.announce(msg('De kaart is vol.'));
    const snapshot: Snapshot = { id: createId(), date: localDate(now), label: '', contacts, ties };
    this.commit({ ...this.value, snapshots: [...this.value.snapshots, snapshot] }, { announce: msg(str`Momentopname van ${snapshot.date} bewaard.`) });
    this.compareFrom = snapshot.id;
  }

  /** Lays the whole map out anew (positions are recomputed; undo brings the old ones back). */
  relayout() {
    this.save(this.value, { free: new Set(this.value.contacts.map((c) => c.id)), announce: msg('De kaart is opnieuw geschikt.') });
  }

  // ——— exports ———

  private get svgEl(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg.map-svg');
  }
  /** The map as a standalone SVG file text (pseudonymised when the switch is on). */
  exportSVG(): string {
    // The whole map, whatever the zoom on screen.
    return this.#zoom.atFit(() => standaloneSvg(this.svgEl!));
  }
  /** The contacts as CSV (semicolon separated, UTF-8), pseudonymised when the switch is on. */
  exportCSV(): string {
    const sectors = this.sectorsOf();
    const rings = this.ringsOf();
    return toCsv(
      [msg('Naam'), msg('Soort'), msg('Levensdomein'), msg('Nabijheid'), msg('Steun'), msg('Waardering'), msg('Wensen'), msg('Kan helpen bij'), msg('Notitie'), msg('Verbonden met')],
      this.value.contacts.map((c) => [
        this.nameOf(c), kindText(c), sectors[this.sectorIndex(c.domain)]!.label, rings[this.ring(c) - 1]!,
        supportTexts(c).join(', '), c.valuation ? label.valuation(c.valuation) : '', c.wishes.map(label.wish).join(', '),
        c.helpsWith, this.pseudonymise ? '' : c.note,
        tiedTo(this.value.ties, c.id, (id) => this.contact(id), (o) => this.nameOf(o)).join(', '),
      ]).concat([[], ...summaryRows(this.summary(), sectors.map((s) => s.label), rings)]),
    );
  }
  private async downloadPNG() {
    try {
      downloadFile(datedFilename(this.fileStem, 'png'), await svgToPng(this.exportSVG()), 'image/png');
    } catch {
      this.announce(msg('Het plaatje is niet gelukt. Kies dan de tekening (SVG).'));
    }
  }

  // ——— pointer: drag a contact to another ring or sector ———

  private mapPoint(e: PointerEvent): [number, number] {
    // Through the zoom: the map group's own transform, so a drag lands under the pointer at any zoom.
    const m = (this.renderRoot.querySelector<SVGGElement>('g.zoom') ?? this.svgEl!).getScreenCTM()!.inverse();
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m);
    return [p.x / this.S, p.y / this.S];
  }

  private onPointerDown(e: PointerEvent, c: Contact) {
    if (e.button !== 0) return;
    const el = e.currentTarget as SVGGElement;
    el.focus();
    this.focusId = c.id;
    if (this.readonly) return;
    e.preventDefault();
    try {
      el.setPointerCapture(e.pointerId);
    } catch {
      // A synthetic or already released pointer: dragging still works while the pointer stays over the contact.
    }
    const at = this.mapPoint(e);
    this.#drag = { id: c.id, pointerId: e.pointerId, el, start: at, at, moved: false };
  }

  /**
   * A finger on a contact drags it instead of scrolling the page. `touch-action: none` does not do
   * this: Chromium ignores it on SVG elements inside the <svg>, and on the whole <svg> it would stop
   * a swipe over the map from scrolling. A cancelled touchstart keeps the pointer events coming.
   */
  private onTouchStart = (e: TouchEvent) => {
    if (!this.readonly && e.cancelable) e.preventDefault();
  };

  private onPointerMove(e: PointerEvent) {
    const d = this.#drag;
    if (!d || e.pointerId !== d.pointerId) return;
    d.at = this.mapPoint(e);
    if (!d.moved && Math.hypot(d.at[0] - d.start[0], d.at[1] - d.start[1]) < 0.02) return;
    d.moved = true;
    const [x, y] = this.positions.get(d.id)!;
    const S = this.S;
    const dx = (d.at[0] - d.start[0] + x) * S;
    const dy = (d.at[1] - d.start[1] + y) * S;
    this.placeNode(d, `translate(${dx} ${dy})`);
    d.el.classList.add('dragging');
    const g = this.geometry();
    const cell = cellAt(g, dx / S, dy / S);
    const target = this.renderRoot.querySelector('.drop-target');
    target?.setAttribute('d', cellPath(g, cell.ring, cell.sector, S));
  }

  /** While dragging, the contact and its label follow the pointer outside Lit's rendering (fast frames). */
  private placeNode(d: Drag, transform: string) {
    d.el.setAttribute('transform', transform);
    this.renderRoot.querySelector(`g.contact-label[data-for="${CSS.escape(d.id)}"]`)?.setAttribute('transform', transform);
  }

  private onPointerUp(e: PointerEvent, c: Contact) {
    const d = this.#drag;
    if (!d || e.pointerId !== d.pointerId) return;
    this.#drag = null;
    this.renderRoot.querySelector('.drop-target')?.setAttribute('d', '');
    d.el.classList.remove('dragging');
    const [x, y] = this.positions.get(d.id)!;
    this.placeNode(d, `translate(${x * this.S} ${y * this.S})`);
    if (e.type === 'pointercancel') return;
    if (d.moved) this.dropContact(d.id, d.at[0] - d.start[0] + x, d.at[1] - d.start[1] + y);
    else this.activate(c);
  }

  /** A second finger turns a drag into a pinch: the contact goes back to where it was. */
  #cancelDrag() {
    const d = this.#drag;
    const c = d && this.contact(d.id);
    if (d && c) this.onPointerUp(new PointerEvent('pointercancel', { pointerId: d.pointerId }), c);
  }

  /** Click or Enter on a contact: completes a tie in tie mode, otherwise opens its form. */
  private activate(c: Contact) {
    if (this.tieFrom) this.tie(this.tieFrom, c.id);
    else this.edit(c.id);
  }

  // ——— keyboard ———

  private contactEl(id: string): HTMLElement | null {
    return this.renderRoot.querySelector(`g.contact[data-id="${CSS.escape(id)}"]`);
  }
  private focusContact(id: string) {
    this.focusId = id;
    void this.updateComplete.then(() => this.contactEl(id)?.focus());
  }

  private onKey(e: KeyboardEvent, c: Contact) {
    const list = this.value.contacts;
    const i = list.indexOf(c);
    const grabbed = this.grabbedId === c.id && !this.readonly;
    const arrows: Record<string, [number, number, number]> = {
      ArrowUp: [-1, 0, -1], ArrowDown: [1, 0, 1], ArrowLeft: [0, -1, -1], ArrowRight: [0, 1, 1],
    };
    const arrow = arrows[e.key];
    if (arrow) {
      e.preventDefault();
      if (grabbed) this.moveContact(c.id, arrow[0], arrow[1]);
      else this.focusContact(list[(i + arrow[2] + list.length) % list.length]!.id);
      return;
    }
    switch (e.key) {
      case 'Home':
      case 'End':
        e.preventDefault();
        this.focusContact(list[e.key === 'Home' ? 0 : list.length - 1]!.id);
        return;
      case ' ':
        e.preventDefault();
        if (this.readonly) return;
        this.grabbedId = grabbed ? null : c.id;
        this.announce(grabbed ? msg(str`${this.nameOf(c)} staat op zijn plek.`) : msg(str`${this.nameOf(c)} is opgepakt. Pijl omhoog: dichterbij; pijl omlaag: verder weg; pijl links en rechts: ander levensdomein. Spatie: neerzetten.`));
        return;
      case 'Enter':
        e.preventDefault();
        if (this.readonly) return;
        if (grabbed) this.grabbedId = null;
        else this.activate(c);
        return;
      case 'Delete':
      case 'Backspace':
        e.preventDefault();
        if (!this.readonly) this.removeContact(c.id);
        return;
      case 'Escape':
        if (this.tieFrom || this.grabbedId) {
          e.preventDefault();
          this.tieFrom = null;
          this.grabbedId = null;
          this.announce(msg('Gestopt.'));
        }
    }
  }

  edit(id: string) {
    this.editingId = id;
    this.grabbedId = null;
    void this.updateComplete.then(() => {
      const field = this.renderRoot.querySelector<HTMLInputElement>('#edit-name');
      const editor = this.renderRoot.querySelector('.editor');
      field?.focus({ preventScroll: true });
      // The form sits beside the map or in a sheet over it: bring the form in sight, then keep the
      // chosen contact clear of the sheet, so eye and finger stay on the map.
      if (!field || !editor) return;
      const f = field.getBoundingClientRect();
      if (f.top < 0 || f.bottom > window.innerHeight) field.scrollIntoView({ block: 'nearest' });
      const c = this.contactEl(id)?.getBoundingClientRect();
      const e = editor.getBoundingClientRect();
      if (c && c.bottom > e.top && c.top < e.bottom && c.right > e.left && c.left < e.right) window.scrollBy({ top: Math.min(c.bottom - e.top + 16, Math.max(0, c.top - 8)) });
    });
  }

  private closeEditor() {
    const id = this.editingId;
    this.editingId = null;
    if (id && this.contact(id)) this.focusContact(id);
  }

  startTie(id: string) {
    this.tieFrom = id;
    this.editingId = null;
    const c = this.contact(id)!;
    this.announce(msg(str`Kies het contact dat met ${this.nameOf(c)} verbonden is. Escape stopt.`));
    this.focusContact(id);
  }

  // ——— rendering ———

  private describeContact(c: Contact): string {
    const sector = this.sectorsOf()[this.sectorIndex(c.domain)]!.label;
    const parts = [
      this.nameOf(c), ...(c.deceased ? [msg('overleden')] : []), label.kind(c.kind), sector, this.ringsOf()[this.ring(c) - 1]!,
      ...supportTexts(c), ...(c.valuation ? [label.valuation(c.valuation)] : []), ...c.wishes.map(label.wish),
      ...(c.helpsWith && !c.deceased ? [msg(str`kan helpen bij: ${c.helpsWith}`)] : []),
      ...this.strainedWith(c),
    ];
    if (this.grabbedId === c.id) parts.push(msg('opgepakt'));
    return parts.join(', ');
  }

  /** The text alternative of the picture: who is where, per ring. */
  private describeMap(): string {
    const v = this.value;
    const owner = v.owner ? shownName({ name: v.owner, kind: 'persoon' }, this.pseudonymise) : msg('de persoon');
    if (!v.contacts.length) return msg(str`Lege netwerkkaart van ${owner}.`);
    const living = v.contacts.filter((c) => !c.deceased);
    const deceased = v.contacts.filter((c) => c.deceased).map((c) => this.nameOf(c));
    const rings = this.ringsOf().map((ring, i) => {
      const names = living.filter((c) => this.ring(c) === i + 1).map((c) => this.nameOf(c));
      return `${ring}: ${names.length ? names.join(', ') : msg('niemand')}.`;
    });
    rings.push(summaryText(this.summary(), this.sectorsOf().map((s) => s.label), this.ringsOf()));
    const strained = v.ties.flatMap((t) => {
      const [a, b] = [this.contact(t.from), this.contact(t.to)];
      return t.strained && a && b ? [msg(str`${this.nameOf(a)} met ${this.nameOf(b)}`)] : [];
    });
    if (strained.length) rings.push(msg(str`Gespannen verbinding of conflict: ${strained.join('; ')}.`));
    if (deceased.length) rings.push(msg(str`Overleden: ${deceased.join(', ')}.`));
    return `${msg(str`Netwerkkaart van ${owner}, van dichtbij naar verder weg.`)} ${rings.join(' ')}`;
  }

  /** 'gespannen met Henk' for each strained tie of a contact (its accessible name). */
  private strainedWith(c: Contact): string[] {
    return this.value.ties.flatMap((t) => {
      const other = t.strained && (t.from === c.id || t.to === c.id) ? this.contact(t.from === c.id ? t.to : t.from) : undefined;
      return other ? [msg(str`gespannen met ${this.nameOf(other)}`)] : [];
    });
  }

  /** Counts per sector and ring, deceased apart (internal/summary.ts). */
  private summary(): Summary {
    return summarise(this.value.contacts, this.sectorsOf().length, this.ringsOf().length, (c) => ({ sector: this.sectorIndex(c.domain), ring: this.ring(c) }));
  }

  private renderShape(c: Contact, r: number) {
    if (c.kind === 'organisatie') return svg`<rect class="shape" x=${-r} y=${-r} width=${2 * r} height=${2 * r} rx="3"></rect>`;
    if (c.kind === 'initiatief') return svg`<polygon class="shape" points="0 ${-r * 1.25} ${r * 1.25} 0 0 ${r * 1.25} ${-r * 1.25} 0"></polygon>`;
    if (c.kind === 'niet-menselijk') return svg`<polygon class="shape" data-kind="niet-menselijk" points="0 ${-r * 1.35} ${r * 1.2} ${r * 0.8} ${-r * 1.2} ${r * 0.8}"></polygon>`;
    return svg`<circle class="shape" r=${r}></circle>`;
  }

  /**
   * What a contact's node and label are made from: when none of it changed, the node is not
   * rendered again (one move re-renders one node; issue 33).
   */
  #nodeKey(c: Contact, positions: Positions, radius: number, flag: boolean): unknown[] {
    const p = positions.get(c.id)!;
    // The sectors and rings by what they are made from (sectorsOf() makes the default ones anew).
    const v = this.value;
    return [c, p[0], p[1], radius, flag, this.S, this.grabbedId === c.id, v.mode, v.sectors, v.rings, this.pseudonymise, textsKey()];
  }

  private renderContact(c: Contact, p: [number, number], radius: number, tabbable: boolean) {
    const S = this.S;
    const r = shapeRadius(radius);
    return svg`<g class="contact" data-id=${c.id} data-valuation=${c.valuation ?? 'geen'} ?data-deceased=${c.deceased === true}
      role="button" tabindex=${tabbable ? 0 : -1} aria-label=${this.describeContact(c)} aria-describedby="map-help"
      aria-pressed=${this.grabbedId === c.id ? 'true' : nothing}
      transform="translate(${p[0] * S} ${p[1] * S})"
      @keydown=${(e: KeyboardEvent) => this.onKey(e, c)} @focus=${() => (this.focusId = c.id)}
      @pointerdown=${(e: PointerEvent) => this.onPointerDown(e, c)} @pointermove=${this.onPointerMove}
      @pointerup=${(e: PointerEvent) => this.onPointerUp(e, c)} @pointercancel=${(e: PointerEvent) => this.onPointerUp(e, c)}
      @touchstart=${this.onTouchStart}
      @pointerenter=${() => (this.hoverId = c.id)} @pointerleave=${() => this.hoverId === c.id && (this.hoverId = null)}>
      <circle class="halo" r=${Math.max(targetRadius, r + 6)}></circle>
      ${this.renderShape(c, r)}
    </g>`;
  }

  /** Names and marks in their own layer (hidden from assistive technology: the contact's accessible name says it all). */
  private renderLabel(c: Contact, p: [number, number], radius: number, plan?: LabelPlan) {
    const S = this.S;
    const r = shapeRadius(radius);
    // Three label sizes in px, set by class (no inline style: a strict CSP blocks style attributes).
    const size = radius > 40 ? 'l' : radius > 26 ? 'm' : 's';
    const font = labelFont[size];
    const label = plan?.lines ?? lines(this.nameOf(c), Math.max(10, Math.floor((2 * radius) / (0.55 * font))));
    const shown = c.id === this.focusId || c.id === this.hoverId;
    // Marks go below the contact where above they would leave the rings (and meet a sector's name).
    const my = plan?.marksBelow ? r + (this.value.contacts.length > 60 ? 12 : 18) * 0.85 : -r;
    const x = plan?.x ?? 0;
    return svg`<g class="contact-label" data-for=${c.id} ?data-shown=${shown} ?data-hidden=${plan?.hidden === true} data-place=${plan?.place ?? 'below'} transform="translate(${p[0] * S} ${p[1] * S})">
      ${c.wishes.length ? svg`<text class="mark" x=${r + 2} y=${my}>${c.wishes.includes('contact-herstellen') ? '↺' : '+'}</text>` : nothing}
      ${c.helpsWith && !c.deceased ? svg`<text class="mark" x=${-r - 2} y=${my} text-anchor="end">★</text>` : nothing}
      ${c.deceased ? svg`<text class="mark" x=${-r - 2} y=${my} text-anchor="end">†</text>` : nothing}
      <text class="label" data-size=${size} data-anchor=${plan?.anchor ?? 'middle'} y=${plan?.y ?? r + font + 2}>${label.map(
        (l, i) => svg`<tspan x=${x} dy=${i ? font * 1.1 : 0}>${l}</tspan>`,
      )}</text>
    </g>`;
  }

  /**
   * Where every name goes (internal/labels.ts), in screen px at the zoom the map is shown at:
   * names keep their size while zooming spreads the contacts, so zooming in gives names room.
   */
  private planLabels(positions: Positions, frame: Frame, radius: number, k: number): Map<string, LabelPlan> {
    const S = frame.unit * k;
    const r = shapeRadius(radius);
    const size = radius > 40 ? 'l' : radius > 26 ? 'm' : 's';
    const font = labelFont[size];
    const items: LabelItem[] = this.value.contacts.map((c) => {
      const [x, y] = positions.get(c.id)!;
      const name = this.nameOf(c);
      const wrapped = lines(name, Math.max(10, Math.floor((2 * radius) / (0.55 * font))));
      const words = lines(name, 1);
      return {
        id: c.id, x: x * S, y: y * S, r, font,
        variants: words.length > wrapped.length ? [wrapped, words] : [wrapped],
        markRight: c.wishes.length > 0, markLeft: (!!c.helpsWith && !c.deceased) || c.deceased === true,
      };
    });
    const g = this.geometry();
    const ringFont = 13;
    const fixed = this.ringsOf().map((name, i) => {
      const [r0, r1] = ringBand(g, i + 1);
      const y = (-((r0 + r1) / 2) * frame.unit + 5) * k;
      return { x0: 6 * k - 2, x1: 6 * k + [...name].length * ringFont * 0.62 + 2, y0: y - ringFont * 0.8 - 2, y1: y + ringFont * 0.25 + 2 };
    });
    const owner = lines(this.value.owner ? shownName({ name: this.value.owner, kind: 'persoon' }, this.pseudonymise) : msg('Ik'), 9);
    const top = (5 - (owner.length - 1) * 7) * k - 11;
    const half = (Math.max(...owner.map((l) => [...l].length)) * 13 * 0.7) / 2;
    fixed.push({ x0: -half, x1: half, y0: top, y1: top + owner.length * 14.3 + 4 });
    return planLabels(items, { outer: S, centre: centreRadius * S, fixed, markFont: this.value.contacts.length > 60 ? 12 : 18 });
  }

  /**
   * A sector's name on an arc just outside the map, centred on the sector and upright: arcs in
   * the lower half run the other way. A name longer than the arc wraps onto a second arc.
   */
  private renderSectorLabel(name: string, i: number, frame: Frame) {
    const [a0, a1] = sectorSpan(this.geometry(), i);
    const mid = (a0 + a1) / 2;
    const below = Math.sin(mid) > 0.05;
    const gap = 6;
    const perChar = frame.font * 0.6;
    const arc = (r: number) => r * (a1 - a0) * 0.92;
    const text = lines(name, Math.max(6, Math.floor(arc(frame.unit + gap + frame.font) / perChar)));
    const step = frame.font * 1.15;
    return text.map((line, j) => {
      // The first line is the upper one on screen: outermost above the centre, innermost below it.
      const ring = text.length === 1 ? 0 : below ? j : text.length - 1 - j;
      const r = frame.unit + gap + (below ? frame.font * 0.8 : 0) + ring * step;
      const [s0, s1] = below ? [a1 - 0.001, a0] : [a0, a1];
      const p = (a: number) => `${(r * Math.cos(a)).toFixed(1)} ${(r * Math.sin(a)).toFixed(1)}`;
      const id = `sector-arc-${i}-${j}`;
      return svg`<path id=${id} class="sector-arc" d="M${p(s0)}A${r.toFixed(1)} ${r.toFixed(1)} 0 0 ${below ? 0 : 1} ${p(s1)}"></path>
        <text class="sector-label" data-sector=${i}><textPath href="#${id}" startOffset="50%">${line}</textPath></text>`;
    });
  }

  private renderMap() {
    const v = this.value;
    const g = this.geometry();
    const sectors = this.sectorsOf();
    const rings = this.ringsOf();
    const positions = this.positions;
    const frame = this.frame;
    const S = frame.unit;
    // The room of a contact on screen: names and shapes keep their size in px while the zoom spreads the contacts.
    const k = this.#printing || this.hasAttribute('print-preview') ? 1 : this.#zoom.settled;
    const radius = nodeRadius(v.contacts.length) * S * k;
    const key = [v, positions, frame.size, frame.unit, k, this.pseudonymise, rings.join('|'), msg('Ik')];
    if (!this.#plans || this.#plans.key.some((x, i) => x !== key[i])) this.#plans = { key, plans: this.planLabels(positions, frame, radius, k) };
    const plans = this.#plans.plans;
    const focusId = this.contact(this.focusId) ? this.focusId : v.contacts[0]?.id;
    const owner = v.owner ? shownName({ name: v.owner, kind: 'persoon' }, this.pseudonymise) : msg('Ik');
    const where = (id: string) => positions.get(id)?.map((n) => n * S);
    return html`<div class="map" part="map">
      <div class="zoom-controls na-no-print" role="group" aria-label=${msg('Zoomen')}>
        ${button({ label: msg('Inzoomen'), onClick: () => this.#zoom.zoomIn() })}
        ${button({ label: msg('Uitzoomen'), onClick: () => this.#zoom.zoomOut() })}
        ${button({ label: msg('Passend maken'), onClick: () => this.#zoom.fit() })}
      </div>
      <svg class="map-svg" viewBox="${-frame.size / 2} ${-frame.size / 2} ${frame.size} ${frame.size}" role="group" aria-labelledby="map-title" aria-describedby="map-desc"
        width=${frame.size} height=${frame.size} data-size=${frame.font >= 16 ? 'wide' : 'narrow'}
        data-density=${v.contacts.length > 60 ? 'high' : 'normal'}>
        <title id="map-title">${text.title(v.mode)}</title>
        <desc id="map-desc">${this.describeMap()}</desc>
        <g class="zoom" transform=${this.#zoom.transform}>
        <g class="grid" aria-hidden="true">
          ${rings.map((_, i) => svg`<circle class="ring" data-ring=${rings.length - i} r=${ringBand(g, rings.length - i)[1] * S}></circle>`)}
          <circle class="centre" r=${centreRadius * S}></circle>
          ${sectors.map((_, i) => {
            const [a0] = sectorSpan(g, i);
            return svg`<line class="sector-line" x1=${centreRadius * S * Math.cos(a0)} y1=${centreRadius * S * Math.sin(a0)} x2=${S * Math.cos(a0)} y2=${S * Math.sin(a0)}></line>`;
          })}
          ${sectors.map((s, i) => this.renderSectorLabel(s.label, i, frame))}
          ${rings.map((ringLabel, i) => {
            const [r0, r1] = ringBand(g, i + 1);
            return svg`<text class="ring-label" x="6" y=${-((r0 + r1) / 2) * S + 5}>${ringLabel}</text>`;
          })}
          <path class="drop-target" d=""></path>
        </g>
        <g class="ties" aria-hidden="true">
          ${v.ties.map((t) => {
            const a = where(t.from);
            const b = where(t.to);
            return a && b ? svg`<path class="tie" ?data-strained=${t.strained === true} d=${tiePath(a, b, centreRadius * S + 4)}></path>` : nothing;
          })}
        </g>
        <g class="ego" aria-hidden="true">
          <circle class="ego-shape" r=${centreRadius * S * 0.8}></circle>
          <text class="ego-label" y=${5 - (lines(owner, 9).length - 1) * 7}>${lines(owner, 9).map((l, j) => svg`<tspan x="0" dy=${j ? '1.1em' : 0}>${l}</tspan>`)}</text>
        </g>
        <g class="contacts">${v.contacts.map((c) => guard(this.#nodeKey(c, positions, radius, c.id === focusId), () => this.renderContact(c, positions.get(c.id)!, radius, c.id === focusId)))}</g>
        <g class="labels" aria-hidden="true">${repeat([...v.contacts]
          // The name of the contact in focus or under the pointer is drawn last: on top, in full.
          .sort((a, b) => Number(a.id === this.focusId || a.id === this.hoverId) - Number(b.id === this.focusId || b.id === this.hoverId)),
          (c) => c.id,
          // A label depends on its neighbours' places too: its plan (by value) is part of the key.
          (c) => guard([...this.#nodeKey(c, positions, radius, c.id === this.focusId || c.id === this.hoverId), planKey(plans.get(c.id))], () =>
            this.renderLabel(c, positions.get(c.id)!, radius, plans.get(c.id)),
          ))}</g>
        </g>
      </svg>
      ${guidance(
        msg('Zo bedient u de kaart'),
        html`<p id="map-help">${msg('Pijltjes: naar het volgende of vorige contact. Spatie: oppakken, dan pijl omhoog dichterbij, pijl omlaag verder weg, pijl links of rechts een ander levensdomein, spatie neerzetten. Enter: bewerken. Delete: verwijderen.')}</p>
          <p>${msg('Met muis of vinger: sleep een contact naar een andere ring of een ander levensdomein. Klik of tik op een contact om het te bewerken. Alles kan ook in de lijst hieronder.')}</p>
          <p>${msg('Zoomen: met de knoppen boven de kaart, met + en - (0: passend maken), met twee vingers (knijpen en schuiven) of met Ctrl en het scrollwiel. Ingezoomd schuift u de kaart met twee vingers of door met de muis over een lege plek te slepen. Een naam die niet past, ziet u als u het contact aanwijst of kiest; zoom in om meer namen te zien.')}</p>`,
      )}
      ${this.tieFrom
        ? html`<p class="na-notice" role="status">${msg(str`Kies het contact dat met ${this.nameOf(this.contact(this.tieFrom)!)} verbonden is.`)}
            ${button({ label: msg('Stop met verbinden'), variant: 'subtle', onClick: () => (this.tieFrom = null) })}</p>`
        : nothing}
    </div>`;
  }

  private renderLegend() {
    const shapes = {
      persoon: svg`<circle cx="10" cy="10" r="7"></circle>`, organisatie: svg`<rect x="3" y="3" width="14" height="14"></rect>`, initiatief: svg`<polygon points="10 1 19 10 10 19 1 10"></polygon>`,
      'niet-menselijk': svg`<polygon points="10 1 19 17 1 17"></polygon>`,
    };
    // A pet or other non-human contact is explained when the map has one (like the marks below).
    const shown = kinds.filter((k) => k !== 'niet-menselijk' || this.value.contacts.some((c) => c.kind === k));
    const item = (icon: unknown, t: string) => html`<li><svg class="legend-icon" viewBox="0 0 20 20" aria-hidden="true">${icon}</svg>${t}</li>`;
    return html`<ul class="legend" part="legend" aria-label=${msg('Legenda')}>
      ${shown.map((k) => item(shapes[k], label.kind(k)))}
      ${item(svg`<line x1="0" y1="10" x2="20" y2="10" class="legend-tie"></line>`, msg('Verbinding tussen contacten'))}
      ${this.value.ties.some((t) => t.strained) ? item(svg`<line x1="0" y1="10" x2="20" y2="10" class="legend-tie" data-strained></line>`, msg('Gestreepte lijn: gespannen verbinding of conflict')) : nothing}
      ${item(svg`<circle cx="10" cy="10" r="7" class="legend-lastig"></circle>`, msg('Gestreepte rand: lastig contact'))}
      <li><span class="legend-mark" aria-hidden="true">+</span>${label.wish('meer-contact')}</li>
      <li><span class="legend-mark" aria-hidden="true">↺</span>${label.wish('contact-herstellen')}</li>
      <li><span class="legend-mark" aria-hidden="true">★</span>${msg('Kan helpen bij de wens')}</li>
      ${this.value.contacts.some((c) => c.deceased) ? html`<li><span class="legend-mark" aria-hidden="true">†</span>${msg('Overleden (lichte vorm)')}</li>` : nothing}
    </ul>`;
  }

  private ringOptions() {
    return this.ringsOf().map((r, i) => ({ value: String(i + 1), label: r }));
  }
  private sectorOptions() {
    return this.sectorsOf().map((s) => ({ value: s.id, label: s.label }));
  }

  private renderAdd() {
    if (this.readonly) return nothing;
    const submit = (e: Event) => {
      e.preventDefault();
      const form = e.currentTarget as HTMLFormElement;
      const field = (n: string) => (form.elements.namedItem(n) as HTMLInputElement | HTMLSelectElement).value;
      const name = field('name').trim();
      const input = form.elements.namedItem('name') as HTMLInputElement;
      if (!name) return input.focus();
      this.addContact({ name, kind: field('kind') as Kind, domain: field('domain'), ring: Number(field('ring')) });
      input.value = '';
      input.focus();
    };
    return html`<form class="add-contact na-no-print" part="add-contact" @submit=${submit}>
      <div class="na-field">
        <label class="na-field__label" for="add-name">${msg('Naam of omschrijving')}</label>
        <input class="na-input" id="add-name" name="name" type="text" autocomplete="off" maxlength="200" />
      </div>
      ${selectField({ id: 'add-kind', name: 'kind', label: msg('Soort'), value: 'persoon', options: kinds.map((k) => ({ value: k, label: label.kind(k) })), onChange: () => {} })}
      ${selectField({ id: 'add-domain', name: 'domain', label: msg('Levensdomein'), value: this.sectorsOf()[0]!.id, options: this.sectorOptions(), onChange: () => {} })}
      ${selectField({ id: 'add-ring', name: 'ring', label: msg('Nabijheid'), value: '1', options: this.ringOptions(), onChange: () => {} })}
      <button class="na-button" data-variant="primary" type="submit" part="button">${msg('Contact toevoegen')}</button>
    </form>`;
  }

  private renderEditor() {
    const c = this.contact(this.editingId);
    if (!c || this.readonly) return nothing;
    const set = (changes: Partial<Contact>, coalesce?: string) => this.updateContact(c.id, changes, coalesce);
    const toggle = <T extends string>(list: readonly T[], item: T, on: boolean) => (on ? [...new Set([...list, item])] : list.filter((x) => x !== item));
    const ties = this.value.ties.filter((t) => t.from === c.id || t.to === c.id);
    return html`<div class="editor" part="editor" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.closeEditor()}>
      ${section({
        id: 'editor',
        level: this.headingLevel + 1,
        heading: msg(str`Contact bewerken: ${this.nameOf(c)}`),
        content: html`
          ${textField({ id: 'edit-name', label: msg('Naam of omschrijving'), value: c.name, onInput: (name) => set({ name: name.slice(0, 200) }, 'name') })}
          <div class="editor-grid">
            <div>
              ${scale({ name: 'edit-kind', legend: msg('Soort'), options: kinds.map((k) => ({ value: k, label: label.kind(k) })), selected: c.kind, onChange: (kind) => set({ kind }) })}
              ${checkbox({ id: 'edit-deceased', label: msg('Overleden'), checked: c.deceased === true, onChange: (on) => set({ deceased: on }) })}
            </div>
            <div>
              ${selectField({ id: 'edit-domain', label: msg('Levensdomein'), value: this.sectorsOf()[this.sectorIndex(c.domain)]!.id, options: this.sectorOptions(), onChange: (domain) => set({ domain }) })}
              ${selectField({ id: 'edit-ring', label: msg('Nabijheid'), value: String(this.ring(c)), options: this.ringOptions(), onChange: (r) => set({ ring: Number(r) }) })}
            </div>
            <fieldset class="na-fieldset"><legend>${msg('Welke steun is er tussen de persoon en dit contact?')}</legend>
              ${supportTypes.map((s) => html`${checkbox({ id: `edit-support-${s}`, label: label.support(s), checked: c.support.includes(s), onChange: (on) => set({ support: toggle(c.support, s, on), ...(on ? {} : { supportDirection: withDirection(c.supportDirection, s, null) }) }) })}
                ${c.support.includes(s) ? html`<div class="direction">${selectField({
                  id: `edit-direction-${s}`, label: msg(str`${label.support(s)}: richting`), value: c.supportDirection?.[s] ?? '',
                  options: [{ value: '', label: msg('Niet gezegd') }, ...directions.map((d) => ({ value: d, label: label.direction(d) }))],
                  onChange: (d) => set({ supportDirection: withDirection(c.supportDirection, s, d) }),
                })}</div>` : nothing}`)}
            </fieldset>
            ${scale({
              name: 'edit-valuation', legend: msg('Hoe vindt de persoon dit contact?'),
              options: [...valuations.map((x) => ({ value: x, label: label.valuation(x) })), { value: '', label: msg('Niet gezegd') }],
              selected: c.valuation ?? '', onChange: (x) => set({ valuation: x || null }),
            })}
            <fieldset class="na-fieldset"><legend>${msg('Wensen')}</legend>
              ${wishTypes.map((w) => checkbox({ id: `edit-wish-${w}`, label: label.wish(w), checked: c.wishes.includes(w), onChange: (on) => set({ wishes: toggle(c.wishes, w, on) }) }))}
            </fieldset>
          </div>
          ${textField({ id: 'edit-helps', label: msg('Kan helpen bij'), description: msg('Bij welke wens kan dit contact of initiatief helpen?'), value: c.helpsWith, onInput: (h) => set({ helpsWith: h.slice(0, 500) }, 'helps') })}
          ${textField({ id: 'edit-note', label: msg('Notitie'), multiline: true, value: c.note, onInput: (note) => set({ note: note.slice(0, 2000) }, 'note') })}
          <p class="na-field__label">${msg('Verbonden met')}</p>
          ${ties.length
            ? html`<ul class="ties-list">${ties.map((t) => {
                const other = this.contact(t.from === c.id ? t.to : t.from);
                return html`<li><span id="tie-${t.id}">${other ? this.nameOf(other) : ''}</span>
                  ${checkbox({ id: `tie-strained-${t.id}`, label: msg('Gespannen of conflict'), checked: t.strained === true, onChange: (on) => this.setStrained(t.id, on) })}
                  ${button({ label: msg('Verbinding verwijderen'), variant: 'subtle', describedBy: `tie-${t.id}`, onClick: () => this.untie(t.id) })}</li>`;
              })}</ul>`
            : html`<p class="na-subtle">${msg('Nog met niemand verbonden.')}</p>`}
          <div class="actions">
            ${button({ label: msg('Verbind met een ander contact'), onClick: () => this.startTie(c.id) })}
            ${button({ label: msg('Verwijder contact'), onClick: () => this.removeContact(c.id) })}
            ${button({ label: msg('Klaar'), variant: 'primary', onClick: () => this.closeEditor() })}
          </div>`,
      })}
    </div>`;
  }

  private renderList() {
    const v = this.value;
    const sectors = this.sectorsOf();
    const rings = this.ringsOf();
    const tiesOf = (c: Contact) => tiedTo(v.ties, c.id, (id) => this.contact(id), (o) => isolate(this.nameOf(o)));
    return html`<div class="list" part="list">
      ${section({
        id: 'list',
        level: this.headingLevel + 1,
        heading: msg('Alle contacten (lijst)'),
        description: msg('Deze lijst toont hetzelfde als de kaart.'),
        content: html`${this.renderAdd()}
          ${v.contacts.length
            ? html`<div class="table-wrap" tabindex="0" role="group" aria-labelledby="list-heading"><table>
                <thead><tr>
                  <th scope="col">${msg('Naam')}</th><th scope="col">${msg('Soort')}</th><th scope="col">${msg('Levensdomein')}</th>
                  <th scope="col">${msg('Nabijheid')}</th><th scope="col">${msg('Steun')}</th><th scope="col">${msg('Waardering')}</th>
                  <th scope="col">${msg('Wensen')}</th><th scope="col">${msg('Kan helpen bij')}</th><th scope="col">${msg('Verbonden met')}</th>
                  ${this.pseudonymise ? nothing : html`<th scope="col">${msg('Notitie')}</th>`}
                  ${this.readonly ? nothing : html`<th scope="col" class="na-no-print">${msg('Acties')}</th>`}
                </tr></thead>
                <tbody>${v.contacts.map(
                  // One edit re-renders one row (issue 33): the others' templates are not even made.
                  (c) => guard([c, tiesOf(c).join(', '), v.mode, v.sectors, v.rings, this.pseudonymise, this.readonly, textsKey()], () => html`<tr data-id=${c.id}>
                    <th scope="row" id="row-${c.id}">${this.nameOf(c)}</th>
                    <td>${kindText(c)}</td><td>${sectors[this.sectorIndex(c.domain)]!.label}</td><td>${rings[this.ring(c) - 1]}</td>
                    <td>${supportTexts(c).join(', ')}</td><td>${c.valuation ? label.valuation(c.valuation) : ''}</td>
                    <td>${c.wishes.map(label.wish).join(', ')}</td><td>${c.helpsWith}</td><td>${tiesOf(c).join(', ')}</td>
                    ${this.pseudonymise ? nothing : html`<td class="note">${c.note}</td>`}
                    ${this.readonly
                      ? nothing
                      : html`<td class="na-no-print row-actions">
                          ${button({ label: msg('Bewerk'), variant: 'subtle', describedBy: `row-${c.id}`, onClick: () => this.edit(c.id) })}
                          ${button({ label: msg('Verwijder'), variant: 'subtle', describedBy: `row-${c.id}`, onClick: () => this.removeContact(c.id) })}
                        </td>`}
                  </tr>`),
                )}</tbody>
              </table></div>`
            : emptyState(
                msg('Nog geen contacten.'),
                this.readonly ? undefined : html`${msg('Voeg hierboven een contact toe, of bekijk eerst het voorbeeld.')}
                  ${button({ label: msg('Bekijk het voorbeeld'), onClick: () => this.commit(structuredClone(netwerkkaartExample), { announce: msg('Het voorbeeld staat nu op de kaart. Met Ongedaan maken krijgt u de lege kaart terug.') }) })}`,
              )}
          ${this.readonly || this.sectorsOf().length >= maxSectors ? nothing : html`<div class="add-sector">${addItemField({ id: 'add-sector', label: msg('Eigen levensdomein toevoegen'), buttonLabel: msg('Toevoegen'), onAdd: (t) => this.addSector(t.slice(0, 100)) })}</div>`}`,
      })}
    </div>`;
  }

  private renderHelpers() {
    const v = this.value;
    // Someone who has died is remembered on the map, not offered as help.
    const helpers = v.contacts.filter((c) => c.helpsWith && !c.deceased);
    if (!v.wish && !helpers.length) return nothing;
    return html`<div part="helpers" class="helpers">
      ${section({
        id: 'helpers',
        level: this.headingLevel + 1,
        heading: msg('Wie of wat kan helpen bij de wens?'),
        content: html`${v.wish ? html`<p class="wish">${v.wish}</p>` : nothing}
          ${helpers.length
            ? html`<ul>${helpers.map((c) => html`<li><strong>${this.nameOf(c)}</strong>: ${c.helpsWith}</li>`)}</ul>`
            : html`<p class="na-subtle">${msg("Nog niemand genoemd. Bewerk een contact en vul 'Kan helpen bij' in.")}</p>`}`,
      })}
    </div>`;
  }

  private renderSnapshots() {
    const v = this.value;
    if (this.readonly && !v.snapshots.length) return nothing;
    const now = { id: 'nu', date: msg('Nu'), contacts: v.contacts };
    const versions = [...v.snapshots.map((s) => ({ id: s.id, date: s.date, contacts: s.contacts })), now];
    const from = versions.find((s) => s.id === this.compareFrom) ?? v.snapshots.at(-1);
    const to = versions.find((s) => s.id === this.compareTo) ?? now;
    const options = versions.map((s) => ({ value: s.id, label: s.date }));
    const result = from && from !== to ? compare(from, to) : null;
    const ringName = (n: number) => this.ringsOf()[Math.min(n, this.ringsOf().length) - 1];
    const group = (title: string, items: string[]) =>
      html`<div class="compare-group"><p class="na-field__label">${title}</p>${items.length ? html`<ul>${items.map((t) => html`<li>${t}</li>`)}</ul>` : html`<p class="na-subtle">${msg('Niemand')}</p>`}</div>`;
    return html`<div part="snapshots" class="snapshots na-no-print">
      ${section({
        id: 'snapshots',
        level: this.headingLevel + 1,
        heading: msg('Versies door de tijd'),
        description: msg('Bewaar de kaart van vandaag en vergelijk later: wie kwam erbij, wie ging weg, wie kwam dichterbij of verder weg?'),
        content: html`${this.readonly ? nothing : button({ label: msg('Bewaar een momentopname'), onClick: () => this.saveSnapshot() })}
          ${v.snapshots.length
            ? html`<ul class="snapshot-list">${v.snapshots.map((s) => html`<li>${s.date}${this.readonly
                ? nothing
                : button({ label: msg('Verwijder'), variant: 'subtle', describedBy: `snap-${s.id}`, onClick: () => this.commit({ ...v, snapshots: v.snapshots.filter((o) => o !== s) }) })}<span id="snap-${s.id}" hidden>${msg(str`Momentopname van ${s.date}`)}</span></li>`)}</ul>
              ${this.readonly ? nothing : html`<div class="compare-choice">
                ${selectField({ id: 'compare-from', label: msg('Vergelijk'), value: from?.id ?? '', options, onChange: (x) => (this.compareFrom = x) })}
                ${selectField({ id: 'compare-to', label: msg('met'), value: to.id, options, onChange: (x) => (this.compareTo = x) })}
              </div>`}
              ${result
                ? html`<div class="compare" aria-live="polite">
                    <p>${msg(str`Van ${from!.date} naar ${to.date}:`)}</p>
                    ${group(msg('Erbij gekomen'), result.came.map((c) => this.nameOf(c)))}
                    ${group(msg('Weggegaan'), result.went.map((c) => this.nameOf(c)))}
                    ${group(msg('Dichterbij gekomen'), result.closer.map((m) => `${this.nameOf(m.contact)} (${ringName(m.from)} → ${ringName(m.contact.ring)})`))}
                    ${group(msg('Verder weg'), result.further.map((m) => `${this.nameOf(m.contact)} (${ringName(m.from)} → ${ringName(m.contact.ring)})`))}
                  </div>`
                : nothing}`
            : html`<p class="na-subtle">${msg('Nog geen momentopnamen.')}</p>`}`,
      })}
    </div>`;
  }

  protected override renderToolbarExtras() {
    const stem = this.fileStem;
    return html`
      ${button({ label: msg('Download als tekening (SVG)'), onClick: () => downloadFile(datedFilename(stem, 'svg'), this.exportSVG(), 'image/svg+xml') })}
      ${button({ label: msg('Download als plaatje (PNG)'), onClick: () => void this.downloadPNG() })}
      ${button({ label: msg('Download als tabel (CSV)'), onClick: () => downloadFile(datedFilename(stem, 'csv'), this.exportCSV(), 'text/csv') })}
      ${button({ label: msg('Opnieuw schikken'), disabled: !this.value.contacts.length, onClick: () => this.relayout() })}`;
  }

  protected renderInstrument() {
    const v = this.value;
    const lokaal = v.mode === 'lokaal';
    return html`<div class="na-header" part="header">
        ${heading(this.headingLevel, text.title(v.mode), 'na-heading na-title')}
        <p>${text.intro(v.mode)}</p>
        ${guidance(
          msg('Hoe gebruikt u deze netwerkkaart?'),
          lokaal
            ? html`<ul>${text.localQuestions().map((q) => html`<li>${q}</li>`)}</ul>
                <p>${text.groupLead()}</p>
                <ul>${text.groupQuestions().map((q) => html`<li>${q}</li>`)}</ul>
                <p><strong>${text.schemaTitle()}</strong></p>
                <p>${text.informativeStrategy()}</p>
                <ul><li>${text.level1()}</li><li>${text.level2()}</li></ul>
                <p>${text.activatingStrategy()}</p>`
            : html`<p>${text.together()}</p><p>${text.drawing()} ${text.availableMaps()} ${text.informal()}</p>`,
        )}
        ${translationNotice()}
        <div class="fields">
          ${textField({ id: 'owner', label: lokaal ? msg('Netwerk van') : msg('Persoonlijke netwerkkaart van'), value: this.pseudonymise ? shownName({ name: v.owner, kind: 'persoon' }, true) : v.owner, readonly: this.readonly || this.pseudonymise, onInput: (x) => this.setField('owner', x.slice(0, 200)) })}
          ${textField({ id: 'date', label: msg('Datum'), type: 'date', value: v.date, readonly: this.readonly, onInput: (x) => this.setField('date', x) })}
          ${this.readonly ? nothing : html`<div class="na-no-print">${selectField({ id: 'mode', label: msg('Soort kaart'), value: v.mode, options: modes.map((m) => ({ value: m, label: label.mode(m) })), onChange: (m) => this.setMode(m) })}</div>`}
        </div>
        ${textField({
          id: 'wish',
          label: lokaal ? msg('Waar wilt u naartoe?') : msg('Wens'),
          description: lokaal ? msg('Welke (nieuwe) samenwerkingsmogelijkheden ziet u?') : msg('Wat zou de persoon willen bereiken? (zie Mijn talenten en wensen, §8.5)'),
          multiline: true, value: v.wish, readonly: this.readonly, onInput: (x) => this.setField('wish', x.slice(0, 1000)),
        })}
      </div>
      ${this.importNote
        ? html`<div class="na-notice import-note na-no-print" part="import-note">
            <p>${this.importNote}</p>
            ${button({ label: msg('Sluiten'), variant: 'subtle', onClick: () => (this.importNote = '') })}
          </div>`
        : nothing}
      <div class="view-options na-no-print">
        ${button({ label: msg('Initialen in plaats van namen'), pressed: this.pseudonymise, onClick: () => (this.pseudonymise = !this.pseudonymise) })}
      </div>
      <div class="stage" ?data-editing=${!!this.contact(this.editingId) && !this.readonly}>${this.renderMap()} ${this.renderEditor()}</div>
      ${this.renderLegend()} ${this.renderHelpers()} ${this.renderList()}
      ${v.contacts.length ? renderSummary(this.summary(), this.sectorsOf().map((s) => s.label), this.ringsOf(), this.headingLevel + 1) : nothing}
      ${this.renderSnapshots()}`;
  }
}

/** Who a contact is tied to, as the list and the CSV say it: 'Ria, Henk (gespannen)'. */
function tiedTo(ties: readonly Tie[], id: string, find: (id: string) => Contact | undefined, name: (c: Contact) => string): string[] {
  return ties
    .filter((t) => t.from === id || t.to === id)
    .flatMap((t) => {
      const other = find(t.from === id ? t.to : t.from);
      return other ? [t.strained ? `${name(other)} (${msg('gespannen')})` : name(other)] : [];
    });
}

/** The kind of a contact as the list and the CSV say it: 'Persoon, overleden'. */
const kindText = (c: Contact) => (c.deceased ? `${label.kind(c.kind)}, ${msg('overleden')}` : label.kind(c.kind));

declare global {
  interface HTMLElementTagNameMap {
    'na-netwerkkaart': NaNetwerkkaart;
  }
}
