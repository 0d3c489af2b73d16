import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@niet-alleen/core/msg';
import { NaInstrumentElement, button, datedFilename, downloadFile } from '@niet-alleen/core';
import { OnDemand } from '@niet-alleen/core/on-demand';
import { netwerkkaartDefinition, type Contact, type NetwerkkaartValue } from './schema.js';
import type { Option } from './content.js';
import { standaloneSvg } from './export.js';
import { readEasyNwk } from './internal/read-easynwk.js';
import { MapModel } from './internal/model.js';
import { MapEdits } from './internal/edits.js';
import { MapSize } from './internal/map-size.js';
import { MapZoom } from './internal/zoom.js';
import { MapView, type MapViewActions } from './internal/map-view.js';
import { ContactDrag, type ContactDragActions } from './internal/drag.js';
import { ContactKeys, type ContactKeysActions } from './internal/keyboard.js';
import { renderHeader, renderImportNote, type HeaderActions } from './internal/header.js';
import { renderHelpers, renderLegend, renderSnapshots, type PanelActions, type PanelContext } from './internal/panels.js';
import { renderList } from './internal/list-view.js';
import { renderSummary } from './internal/summary.js';
import { contactsCsv } from './internal/exports.js';
import type { Frame } from './internal/draw.js';
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
  /**
   * Shows the list of all contacts under the map (the person opens it with "Toon de lijst"). Closed
   * by default: the map is what a person works on, and a long table laid out again on every edit
   * cost more than the edit itself (issue 33). Print always shows the list.
   */
  @property({ type: Boolean, attribute: 'list-open', reflect: true }) listOpen = false;

  @state() private focusId: string | null = null;
  @state() private editingId: string | null = null;
  @state() private grabbedId: string | null = null;
  @state() private hoverId: string | null = null;
  @state() private tieFrom: string | null = null;
  @state() private compareFrom = '';
  @state() private compareTo = 'nu';
  /** What an opened easyNWK file brought and what it could not (shown until the next file or closed). */
  @state() private importNote = '';

  protected get definition() {
    return netwerkkaartDefinition;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#size.connect();
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#size.disconnect();
  }

  // ——— the pieces (internal/): what the value means, its edits, the picture and its input ———

  /** The value in sectors, rings, cells and shown names (internal/model.ts). */
  readonly #m = new MapModel(this);
  /** Every change to the value, each through commit with every contact's position (internal/edits.ts). */
  readonly #edits = new MapEdits(this, this.#m, (next, options) => this.commit(next, options), () => this.#force.loaded?.simulate);
  /** Zoom and pan of the picture (internal/zoom.ts); a second finger stops a contact drag. */
  readonly #zoom = new MapZoom(this, {
    svg: () => this.svgEl,
    onGesture: () => this.#drag.cancel(),
    announce: (k) => this.announce(msg(str`Zoom ${Math.round(k * 100)}%`)),
  });
  /** The measured size of the picture, and whether the browser prints (internal/map-size.ts). */
  readonly #size = new MapSize(this, () => this.performUpdate());
  /** The element's own state the picture and the keys read, once per render or key. */
  readonly #now = () => ({ focusId: this.focusId, hoverId: this.hoverId, grabbedId: this.grabbedId, tieFrom: this.tieFrom, wholeMap: this.#size.printing || this.hasAttribute('print-preview') });
  /** What the picture, the pointer and the keys do to that state; made once, so Lit never re-binds a contact's listeners. */
  readonly #ui: MapViewActions & ContactDragActions & ContactKeysActions = {
    key: (e, c) => this.#keys.onKey(e, c),
    focus: (id) => (this.focusId = id),
    hover: (id, over) => {
      if (over) this.hoverId = id;
      else if (this.hoverId === id) this.hoverId = null;
    },
    pointerDown: (e, c) => this.#drag.down(e, c),
    pointerMove: (e) => this.#drag.move(e),
    pointerUp: (e) => this.#drag.up(e),
    pointerCancel: (e) => this.#drag.cancel(e),
    touchStart: (e) => this.#drag.touchStart(e),
    stopTie: () => (this.tieFrom = null),
    grab: (id) => (this.grabbedId = id),
    stop: () => {
      this.tieFrom = null;
      this.grabbedId = null;
    },
    focusContact: (id) => this.focusContact(id),
    activate: (c) => this.activate(c),
  };
  /** A contact's pointer drag to another ring or sector (internal/drag.ts). */
  readonly #drag = new ContactDrag(this, this.#m, this.#ui);
  /** The keys on a contact (internal/keyboard.ts). */
  readonly #keys = new ContactKeys(this, this.#m, this.#now, this.#ui);
  /** The picture (internal/map-view.ts). */
  readonly #map = new MapView(this, this.#m, this.#zoom, this.#now, this.#ui);

  // ——— parts a person reaches by an action, each a chunk of its own (issue 32) ———

  /** The contact's form (internal/editor.ts), when one is opened. */
  readonly #editor = new OnDemand(this, () => import('./internal/editor.js'));
  /**
   * The force layout (force.ts, d3-force): only a map where nobody has a place yet (a value from
   * outside, the example), "Opnieuw schikken" and a change of rings or sectors need it.
   */
  readonly #force = new OnDemand(this, () => import('./force.js'));
  /** The picture as a PNG (internal/png.ts), when the person downloads one. */
  readonly #png = new OnDemand(this, () => import('./internal/png.js'));
  /** The example (example.ts), when the person asks to see it. */
  readonly #example = new OnDemand(this, () => import('./example.js'));

  /** The frame of the picture; before the map is measured, from the element's own width. */
  get frame(): Frame {
    return this.#size.frame;
  }

  /** The sectors of the map (the workbook's when the value has none). */
  sectorsOf(v: NetwerkkaartValue = this.value): Option[] {
    return this.#m.sectorsOf(v);
  }
  /** The rings' names, nearest first. */
  ringsOf(v: NetwerkkaartValue = this.value): string[] {
    return this.#m.ringsOf(v);
  }

  /** Every contact's position on the map (map units); empty while the force layout the map needs loads. */
  get positions(): Positions {
    return this.#edits.positions ?? new Map();
  }

  /**
   * Does `edit` now, or, when it may lay out the whole map (two contacts or more) and the force
   * layout's code is not there yet, as soon as it has loaded (`updateComplete` waits for it).
   */
  #withLayout(edit: () => void) {
    if (this.value.contacts.length < 2) edit();
    else this.#force.run(edit);
  }

  // ——— edits (internal/edits.ts), with what they do to the focus and the open form ———

  addContact(fields: Pick<Contact, 'name' | 'kind' | 'domain' | 'ring'>): string | null {
    const id = this.#edits.addContact(fields);
    if (id) this.focusId ??= id;
    return id;
  }

  removeContact(id: string) {
    const removed = this.#edits.removeContact(id);
    if (!removed) return;
    if (this.editingId === id) this.editingId = null;
    if (this.grabbedId === id) this.grabbedId = null;
    const { neighbour } = removed;
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
    this.#edits.moveContact(id, dRing, dSector);
  }

  /** A contact dropped at map point (x, y) snaps to the ring and sector there and stays where it was dropped. */
  dropContact(id: string, x: number, y: number) {
    this.#edits.dropContact(id, x, y);
  }

  tie(from: string, to: string) {
    this.tieFrom = null;
    this.#edits.tie(from, to);
  }

  /** Marks a tie as strained (a conflict) or not. */
  setStrained(id: string, strained: boolean) {
    this.#edits.setStrained(id, strained);
  }

  /**
   * Keeps the network as it is now, for comparison later. A snapshot keeps who is where, not the
   * notes (they stay on the map itself): what a comparison shows, at a fraction of the size. Dated
   * with the local day of `now` (a test passes a fixed clock).
   */
  saveSnapshot(now: Date = new Date()) {
    const id = this.#edits.saveSnapshot(now);
    if (id) this.compareFrom = id;
  }

  /**
   * Lays the whole map out anew (positions are recomputed; undo brings the old ones back). The first
   * time on a page the force layout's code loads first; `updateComplete` resolves with the map laid out.
   */
  relayout() {
    this.#withLayout(() => this.#edits.relayout());
  }

  // ——— exports (internal/exports.ts) ———

  private get svgEl(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg.map-svg');
  }
  /** The map as a standalone SVG file text (pseudonymised when the switch is on). */
  exportSVG(): string {
    // The whole map, whatever the zoom on screen.
    return this.#zoom.atFit(() => standaloneSvg([...this.renderRoot.querySelectorAll<SVGSVGElement>('svg.map-layer')]));
  }
  /** The contacts as CSV (semicolon separated, UTF-8), pseudonymised when the switch is on. */
  exportCSV(): string {
    return contactsCsv(this.#m, this.value, this.pseudonymise);
  }

  // ——— focus and the contact's form ———

  private contactEl(id: string): HTMLElement | null {
    return this.renderRoot.querySelector(`g.contact[data-id="${CSS.escape(id)}"]`);
  }
  private focusContact(id: string) {
    this.focusId = id;
    void this.updateComplete.then(() => this.contactEl(id)?.focus());
  }

  /** Click or Enter on a contact: completes a tie in tie mode, otherwise opens its form. */
  private activate(c: Contact) {
    if (this.tieFrom) this.tie(this.tieFrom, c.id);
    else this.edit(c.id);
  }

  edit(id: string) {
    this.editingId = id;
    this.grabbedId = null;
    // updateComplete waits for the form's code when it loads (OnDemand).
    void this.updateComplete.then(() => this.#editor.loaded?.revealEditor(this.renderRoot, this.contactEl(id)));
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
      ${button({ label: msg('Download als tekening (SVG)'), onClick: () => this.whenPartsLoaded(() => downloadFile(datedFilename(stem, 'svg'), this.exportSVG(), 'image/svg+xml')) })}
      ${button({ label: msg('Download als plaatje (PNG)'), onClick: () => this.#png.run(({ downloadPng }) => this.whenPartsLoaded(() => void downloadPng(() => this.exportSVG(), this.fileStem, (text) => this.announce(text)))) })}
      ${button({ label: msg('Download als tabel (CSV)'), onClick: () => downloadFile(datedFilename(stem, 'csv'), this.exportCSV(), 'text/csv') })}
      ${button({ label: msg('Opnieuw schikken'), disabled: !this.value.contacts.length, onClick: () => this.relayout() })}`;
  }

  /** What the controls of the panels do (internal/panels.ts, editor.ts, list-view.ts): made once. */
  readonly #panelActions: PanelActions = {
    addContact: (fields) => this.addContact(fields),
    updateContact: (id, changes, coalesce) => this.#edits.updateContact(id, changes, coalesce),
    removeContact: (id) => this.removeContact(id),
    edit: (id) => this.edit(id),
    closeEditor: () => this.closeEditor(),
    startTie: (id) => this.startTie(id),
    setStrained: (id, strained) => this.setStrained(id, strained),
    untie: (id) => this.#edits.untie(id),
    addSector: (name) => this.#withLayout(() => this.#edits.addSector(name)),
    // The example has no positions: it comes with the force layout that places its contacts.
    showExample: () => this.#example.run(({ netwerkkaartExample }) => this.#force.run(() => this.#edits.showExample(netwerkkaartExample))),
    saveSnapshot: () => this.saveSnapshot(),
    removeSnapshot: (id) => this.#edits.removeSnapshot(id),
    compare: (side, id) => (side === 'from' ? (this.compareFrom = id) : (this.compareTo = id)),
    toggleList: () => (this.listOpen = !this.listOpen),
  };

  /** The open contact's form; while its code loads, the loading line in its place. */
  #renderEditor(panel: PanelContext) {
    if (!this.#m.contact(this.editingId) || this.readonly) return nothing;
    const editor = this.#editor.get();
    return editor ? editor.renderEditor(panel) : html`<div class="editor" part="editor">${this.#editor.placeholder()}</div>`;
  }

  /** What the header's fields do (internal/header.ts): made once. */
  readonly #headerActions: HeaderActions = {
    setField: (key, text) => this.#edits.setField(key, text),
    setMode: (mode) => this.#withLayout(() => this.#edits.setMode(mode)),
  };

  /**
   * The picture; while the force layout it needs loads, the loading line in its place. A map where
   * nobody has a place yet may be drawn without it (its contacts start apart), but the next edit
   * places them all with it: it loads then too, and `updateComplete` waits for it.
   */
  #renderMap() {
    if (this.#edits.unplaced) void this.#force.get();
    if (this.#edits.positions) return this.#map.render();
    void this.#force.get();
    // In the map's box, so the box is measured already and the map is drawn at its size when it comes.
    return html`<div class="map">${this.#force.placeholder()}</div>`;
  }

  protected renderInstrument() {
    const v = this.value;
    const panel: PanelContext = {
      value: v, model: this.#m, readonly: this.readonly, pseudonymise: this.pseudonymise, headingLevel: this.headingLevel, listOpen: this.listOpen,
      editingId: this.editingId, compareFrom: this.compareFrom, compareTo: this.compareTo, on: this.#panelActions,
    };
    return html`${renderHeader(this, this.#headerActions)}
      ${renderImportNote(this.importNote, () => (this.importNote = ''))}
      <div class="view-options na-no-print">
        ${button({ label: msg('Initialen in plaats van namen'), pressed: this.pseudonymise, onClick: () => (this.pseudonymise = !this.pseudonymise) })}
      </div>
      <div class="stage" ?data-editing=${!!this.#m.contact(this.editingId) && !this.readonly}>${this.#renderMap()} ${this.#renderEditor(panel)}</div>
      ${renderLegend(panel)} ${renderHelpers(panel)} ${renderList(panel)}
      ${v.contacts.length ? renderSummary(this.#m.summary(), this.sectorsOf().map((s) => s.label), this.ringsOf(), this.headingLevel + 1) : nothing}
      ${renderSnapshots(panel)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-netwerkkaart': NaNetwerkkaart;
  }
}
