import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@niet-alleen/core/msg';
import {
  NaInstrumentElement, DragController, button, createId, localDate, datedFilename, isCalendarDate, downloadFile, guidance, heading,
  selectField, textField, translationNotice,
} from '@niet-alleen/core';
import { maxContacts, maxSnapshotContacts, maxSnapshotTies, maxSnapshots, maxTies, netwerkkaartDefinition, type Contact, type NetwerkkaartValue, type Snapshot } from './schema.js';
import { label, modes, text, type Mode, type Option } from './content.js';
import { cellAt, clampToCell, nodeRadius } from './layout.js';
import { place } from './internal/place.js';
import { readEasyNwk } from './internal/read-easynwk.js';
import { shownName, standaloneSvg, svgToPng, toCsv } from './export.js';
import { netwerkkaartExample } from './example.js';
import { supportTexts } from './internal/support.js';
import { renderSummary, summaryRows } from './internal/summary.js';
import { MapZoom } from './internal/zoom.js';
import { MapModel, kindText, tiedTo } from './internal/model.js';
import { MapView } from './internal/map-view.js';
import { renderEditor, revealEditor } from './internal/editor.js';
import { renderHelpers, renderLegend, renderSnapshots, type PanelActions, type PanelContext } from './internal/panels.js';
import { renderList } from './internal/list-view.js';
import { cellPath, mapFrame, type Frame } from './internal/draw.js';
import { netwerkkaartStyles } from './netwerkkaart.styles.js';
import type { InstrumentListeners } from '@niet-alleen/core';

type Positions = Map<string, [number, number]>;

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
    onGesture: () => this.#drag.cancel(),
    announce: (k) => this.announce(msg(str`Zoom ${Math.round(k * 100)}%`)),
  });
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

  // ——— derived views of the value (internal/model.ts) ———
  readonly #m = new MapModel(this);
  /** The picture (internal/map-view.ts); its listeners are made once here. */
  readonly #map = new MapView(this, this.#m, this.#zoom, () => ({ focusId: this.focusId, hoverId: this.hoverId, grabbedId: this.grabbedId, tieFrom: this.tieFrom, wholeMap: this.#printing || this.hasAttribute('print-preview') }), {
    key: (e, c) => this.onKey(e, c),
    focus: (id) => (this.focusId = id),
    hover: (id, over) => {
      if (over) this.hoverId = id;
      else if (this.hoverId === id) this.hoverId = null;
    },
    pointerDown: (e, c) => this.onPointerDown(e, c),
    pointerMove: (e) => this.#drag.move(e),
    pointerUp: (e) => this.#drag.up(e),
    pointerCancel: (e) => this.#drag.cancel(e),
    touchStart: (e) => this.onTouchStart(e),
    stopTie: () => (this.tieFrom = null),
  });

  /** The sectors of the map (the workbook's when the value has none). */
  sectorsOf(v: NetwerkkaartValue = this.value): Option[] {
    return this.#m.sectorsOf(v);
  }
  /** The rings' names, nearest first. */
  ringsOf(v: NetwerkkaartValue = this.value): string[] {
    return this.#m.ringsOf(v);
  }

  /**
   * Positions of every contact: a stored position that fits its cell is kept exactly; the others
   * (none yet, another cell, or named in `free`) are placed around the kept ones (internal/place.ts).
   */
  private layout(v: NetwerkkaartValue, free: ReadonlySet<string> = new Set()): Positions {
    const g = this.#m.geometry(v);
    const input = v.contacts.map((c) => {
      const ring = this.#m.ring(c, v);
      const sector = this.#m.sectorIndex(c.domain, v);
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
    this.save({ ...this.value, contacts: [...this.value.contacts, c] }, { announce: msg(str`Toegevoegd: ${this.#m.nameOf(c)}`) });
    this.focusId ??= c.id;
    return c.id;
  }

  private updateContact(id: string, changes: Partial<Contact>, coalesce?: string) {
    const old = this.#m.contact(id);
    if (!old) return;
    const moved = (changes.ring !== undefined && changes.ring !== old.ring) || (changes.domain !== undefined && changes.domain !== old.domain);
    let c = { ...old, ...changes };
    const next = { ...this.value, contacts: this.value.contacts.map((o) => (o.id === id ? c : o)) };
    if (moved && changes.x === undefined) {
      // Keep the direction the contact had where it can: seed it at the nearest point of its new cell.
      const [x, y] = this.positions.get(id) ?? [0, 0];
      const [nx, ny] = clampToCell(this.#m.geometry(), this.#m.ring(c, next), this.#m.sectorIndex(c.domain, next), x, y, 0.05);
      c = { ...c, x: nx, y: ny };
      next.contacts = next.contacts.map((o) => (o.id === id ? c : o));
    }
    const where = `${this.ringsOf()[this.#m.ring(c) - 1]}, ${this.sectorsOf()[this.#m.sectorIndex(c.domain)]!.label}`;
    this.save(next, {
      free: moved || changes.x !== undefined ? new Set([id]) : new Set(),
      coalesce: coalesce ? `${coalesce}-${id}` : undefined,
      announce: moved ? msg(str`${this.#m.nameOf(c)}: nu ${where}.`) : undefined,
    });
  }

  removeContact(id: string) {
    const c = this.#m.contact(id);
    if (!c) return;
    const index = this.value.contacts.indexOf(c);
    const contacts = this.value.contacts.filter((o) => o !== c);
    this.save(
      { ...this.value, contacts, ties: this.value.ties.filter((t) => t.from !== id && t.to !== id) },
      { announce: msg(str`Verwijderd: ${this.#m.nameOf(c)}. Met Ongedaan maken komt het terug.`) },
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
    const c = this.#m.contact(id);
    if (!c) return;
    const ring = Math.min(this.ringsOf().length, Math.max(1, this.#m.ring(c) + dRing));
    const sectors = this.sectorsOf();
    const domain = sectors[(this.#m.sectorIndex(c.domain) + dSector + sectors.length) % sectors.length]!.id;
    if (ring === c.ring && domain === c.domain) {
      this.announce(dRing < 0 ? msg('Dichterbij kan niet.') : msg('Verder weg kan niet.'));
      return;
    }
    this.updateContact(id, { ring, domain });
  }

  /** A contact dropped at map point (x, y) snaps to the ring and sector there and stays where it was dropped. */
  dropContact(id: string, x: number, y: number) {
    const c = this.#m.contact(id);
    if (!c) return;
    const g = this.#m.geometry();
    const { ring, sector } = cellAt(g, x, y);
    const [nx, ny] = clampToCell(g, ring, sector, x, y, nodeRadius(this.value.contacts.length) * 0.6);
    this.updateContact(id, { ring, domain: this.sectorsOf()[sector]!.id, x: nx, y: ny });
    if (c.ring === ring && c.domain === this.sectorsOf()[sector]!.id) this.announce(msg(str`${this.#m.nameOf(c)} is verplaatst.`));
  }

  tie(from: string, to: string) {
    const a = this.#m.contact(from);
    const b = this.#m.contact(to);
    this.tieFrom = null;
    if (!a || !b || from === to) return;
    if (this.value.ties.length >= maxTies) return this.announce(msg('De kaart is vol.'));
    if (this.value.ties.some((t) => (t.from === from && t.to === to) || (t.from === to && t.to === from))) {
      this.announce(msg(str`${this.#m.nameOf(a)} en ${this.#m.nameOf(b)} zijn al verbonden.`));
      return;
    }
    this.save(
      { ...this.value, ties: [...this.value.ties, { id: createId(), from, to }] },
      { announce: msg(str`Verbonden: ${this.#m.nameOf(a)} en ${this.#m.nameOf(b)}.`) },
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
    const tied = tiedTo(this.value.ties, (id) => this.#m.contact(id), (o) => this.#m.nameOf(o));
    return toCsv(
      [msg('Naam'), msg('Soort'), msg('Levensdomein'), msg('Nabijheid'), msg('Steun'), msg('Waardering'), msg('Wensen'), msg('Kan helpen bij'), msg('Notitie'), msg('Verbonden met')],
      this.value.contacts.map((c) => [
        this.#m.nameOf(c), kindText(c), sectors[this.#m.sectorIndex(c.domain)]!.label, rings[this.#m.ring(c) - 1]!,
        supportTexts(c).join(', '), c.valuation ? label.valuation(c.valuation) : '', c.wishes.map(label.wish).join(', '),
        c.helpsWith, this.pseudonymise ? '' : c.note,
        (tied.get(c.id) ?? []).join(', '),
      ]).concat([[], ...summaryRows(this.#m.summary(), sectors.map((s) => s.label), rings)]),
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

  /**
   * A contact's pointer drag, on core's DragController (the partnerschapskaart's notes use the
   * same): in map units through the zoom; a drop moves the contact, a click opens it (or ends a
   * tie), Escape, pointercancel or a second finger put it back.
   */
  readonly #drag = new DragController<string>(this, {
    point: (e) => this.mapPoint(e),
    threshold: 0.02,
    onMove: (d) => {
      const [x, y] = this.positions.get(d.key)!;
      const S = this.S;
      const dx = (d.delta[0] + x) * S;
      const dy = (d.delta[1] + y) * S;
      this.placeNode(d.key, d.element, `translate(${dx} ${dy})`);
      d.element.classList.add('dragging');
      const g = this.#m.geometry();
      const cell = cellAt(g, dx / S, dy / S);
      this.renderRoot.querySelector('.drop-target')?.setAttribute('d', cellPath(g, cell.ring, cell.sector, S));
    },
    onEnd: (d, how) => {
      this.renderRoot.querySelector('.drop-target')?.setAttribute('d', '');
      d.element.classList.remove('dragging');
      const [x, y] = this.positions.get(d.key) ?? [0, 0];
      this.placeNode(d.key, d.element, `translate(${x * this.S} ${y * this.S})`);
      const c = this.#m.contact(d.key);
      if (!c || how === 'cancel') return;
      if (how === 'drop') this.dropContact(d.key, d.delta[0] + x, d.delta[1] + y);
      else this.activate(c);
    },
  });

  private onPointerDown(e: PointerEvent, c: Contact) {
    if (e.button !== 0) return;
    const el = e.currentTarget as SVGGElement;
    el.focus();
    this.focusId = c.id;
    if (this.readonly) return;
    e.preventDefault();
    this.#drag.down(e, c.id, el);
  }

  /**
   * A finger on a contact drags it instead of scrolling the page. `touch-action: none` does not do
   * this: Chromium ignores it on SVG elements inside the <svg>, and on the whole <svg> it would stop
   * a swipe over the map from scrolling. A cancelled touchstart keeps the pointer events coming.
   */
  private onTouchStart = (e: TouchEvent) => {
    if (!this.readonly && e.cancelable) e.preventDefault();
  };

  /** While dragging, the contact and its label follow the pointer outside Lit's rendering (fast frames). */
  private placeNode(id: string, node: Element, transform: string) {
    node.setAttribute('transform', transform);
    this.renderRoot.querySelector(`g.contact-label[data-for="${CSS.escape(id)}"]`)?.setAttribute('transform', transform);
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
        this.announce(grabbed ? msg(str`${this.#m.nameOf(c)} staat op zijn plek.`) : msg(str`${this.#m.nameOf(c)} is opgepakt. Pijl omhoog: dichterbij; pijl omlaag: verder weg; pijl links en rechts: ander levensdomein. Spatie: neerzetten.`));
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
    void this.updateComplete.then(() => revealEditor(this.renderRoot, this.contactEl(id)));
  }

  private closeEditor() {
    const id = this.editingId;
    this.editingId = null;
    if (id && this.#m.contact(id)) this.focusContact(id);
  }

  startTie(id: string) {
    this.tieFrom = id;
    this.editingId = null;
    const c = this.#m.contact(id)!;
    this.announce(msg(str`Kies het contact dat met ${this.#m.nameOf(c)} verbonden is. Escape stopt.`));
    this.focusContact(id);
  }

  // ——— rendering ———

  protected override renderToolbarExtras() {
    const stem = this.fileStem;
    return html`
      ${button({ label: msg('Download als tekening (SVG)'), onClick: () => downloadFile(datedFilename(stem, 'svg'), this.exportSVG(), 'image/svg+xml') })}
      ${button({ label: msg('Download als plaatje (PNG)'), onClick: () => void this.downloadPNG() })}
      ${button({ label: msg('Download als tabel (CSV)'), onClick: () => downloadFile(datedFilename(stem, 'csv'), this.exportCSV(), 'text/csv') })}
      ${button({ label: msg('Opnieuw schikken'), disabled: !this.value.contacts.length, onClick: () => this.relayout() })}`;
  }

  /** What the controls of the panels do (internal/panels.ts, internal/list-view.ts): made once. */
  readonly #panelActions: PanelActions = {
    addContact: (fields) => this.addContact(fields),
    updateContact: (id, changes, coalesce) => this.updateContact(id, changes, coalesce),
    removeContact: (id) => this.removeContact(id),
    edit: (id) => this.edit(id),
    closeEditor: () => this.closeEditor(),
    startTie: (id) => this.startTie(id),
    setStrained: (id, strained) => this.setStrained(id, strained),
    untie: (id) => this.untie(id),
    addSector: (name) => this.addSector(name),
    showExample: () => this.commit(structuredClone(netwerkkaartExample), { announce: msg('Het voorbeeld staat nu op de kaart. Met Ongedaan maken krijgt u de lege kaart terug.') }),
    saveSnapshot: () => this.saveSnapshot(),
    removeSnapshot: (id) => this.commit({ ...this.value, snapshots: this.value.snapshots.filter((o) => o.id !== id) }),
    compare: (side, id) => (side === 'from' ? (this.compareFrom = id) : (this.compareTo = id)),
  };

  protected renderInstrument() {
    const v = this.value;
    const lokaal = v.mode === 'lokaal';
    const panel: PanelContext = {
      value: v, model: this.#m, readonly: this.readonly, pseudonymise: this.pseudonymise, headingLevel: this.headingLevel,
      editingId: this.editingId, compareFrom: this.compareFrom, compareTo: this.compareTo, on: this.#panelActions,
    };
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
      <div class="stage" ?data-editing=${!!this.#m.contact(this.editingId) && !this.readonly}>${this.#map.render()} ${renderEditor(panel)}</div>
      ${renderLegend(panel)} ${renderHelpers(panel)} ${renderList(panel)}
      ${v.contacts.length ? renderSummary(this.#m.summary(), this.sectorsOf().map((s) => s.label), this.ringsOf(), this.headingLevel + 1) : nothing}
      ${renderSnapshots(panel)}`;
  }
}

/** Who a contact is tied to, as the list and the CSV say it: 'Ria, Henk (gespannen)'. */
declare global {
  interface HTMLElementTagNameMap {
    'na-netwerkkaart': NaNetwerkkaart;
  }
}
