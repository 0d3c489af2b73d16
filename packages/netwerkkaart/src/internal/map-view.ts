import { html, nothing, svg } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@niet-alleen/core/msg';
import { button, guidance, memoizeLast, textsKey } from '@niet-alleen/core';
import type { Contact, NetwerkkaartValue } from '../schema.js';
import { text } from '../content.js';
import { centreRadius, nodeRadius, ringBand, sectorSpan } from '../layout.js';
import { shownName } from '../export.js';
import { labelFont, lines, shapeRadius, targetRadius, tiePath, type Frame } from './draw.js';
import { LabelPlanner, type LabelItem, type LabelPlan } from './labels.js';
import type { MapModel } from './model.js';

type Positions = Map<string, [number, number]>;

/** Names per layer of the picture (see MapView's #labelLayers). */
const labelsPerLayer = 50;

/** What the map view reads of its element. */
export interface MapViewHost {
  readonly value: NetwerkkaartValue;
  readonly pseudonymise: boolean;
  readonly positions: Positions;
  readonly frame: Frame;
}

/** The element's state the picture shows (its own, private to it). */
export interface MapViewState {
  focusId: string | null;
  hoverId: string | null;
  grabbedId: string | null;
  /** The contact a new tie starts from (tie mode), or null. */
  tieFrom: string | null;
  /** Print, or the print preview: the whole map at zoom 1 with every name laid out for it. */
  wholeMap: boolean;
}

/** What the picture's controls do: the element's keyboard, pointer and zoom handling. */
export interface MapViewActions {
  key(e: KeyboardEvent, c: Contact): void;
  focus(id: string): void;
  hover(id: string, over: boolean): void;
  pointerDown(e: PointerEvent, c: Contact): void;
  // Bound once by the element: the same listeners on every contact node, so Lit never re-binds them.
  pointerMove: (e: PointerEvent) => void;
  pointerUp: (e: PointerEvent) => void;
  pointerCancel: (e: PointerEvent) => void;
  touchStart: (e: TouchEvent) => void;
  stopTie(): void;
}

/** The zoom the picture is drawn at (internal/zoom.ts). */
export interface MapViewZoom {
  readonly transform: string;
  readonly settled: number;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

/**
 * The picture: rings, sectors and their names, ties, the person in the middle, every contact as a
 * button and every name where it fits (internal/labels.ts), with the zoom controls and the help
 * text. A contact's node and label are made again only when what they show changed (issue 33).
 */
export class MapView {
  constructor(
    private readonly host: MapViewHost,
    private readonly model: MapModel,
    private readonly zoom: MapViewZoom,
    private readonly state: () => MapViewState,
    private readonly actions: MapViewActions,
  ) {}

  #now: MapViewState = { focusId: null, hoverId: null, grabbedId: null, tieFrom: null, wholeMap: false };

  /** The last name layout and what it was made from (a hover or focus does not redo it). */
  plans: { key: unknown[]; plans: Map<string, LabelPlan> } | null = null;
  /** Plans the names again after an edit, moving only those the edit touched (internal/labels.ts). */
  #labels = new LabelPlanner();

  renderShape(c: Contact, r: number) {
    if (c.kind === 'organisatie') return svg`<rect class="shape" x=${-r} y=${-r} width=${2 * r} height=${2 * r} rx="3"></rect>`;
    if (c.kind === 'initiatief') return svg`<polygon class="shape" points="0 ${-r * 1.25} ${r * 1.25} 0 0 ${r * 1.25} ${-r * 1.25} 0"></polygon>`;
    if (c.kind === 'niet-menselijk') return svg`<polygon class="shape" data-kind="niet-menselijk" points="0 ${-r * 1.35} ${r * 1.2} ${r * 0.8} ${-r * 1.2} ${r * 0.8}"></polygon>`;
    return svg`<circle class="shape" r=${r}></circle>`;
  }

  /**
   * What a contact's node and label are made from: when none of it changed, the node is not
   * rendered again (one move re-renders one node; issue 33).
   */
  nodeKey(c: Contact, positions: Positions, radius: number, flag: boolean): unknown[] {
    const p = positions.get(c.id)!;
    // The sectors and rings by what they are made from (sectorsOf() makes the default ones anew).
    const v = this.host.value;
    return [c, p[0], p[1], this.#look(radius), flag, this.host.frame.unit, this.#now.grabbedId === c.id, v.mode, v.sectors, v.rings, this.host.pseudonymise, textsKey()];
  }

  /**
   * What a node and label draw of the room a contact has: the room itself changes with every
   * contact added, but what is drawn of it (shape size, name size and wrap, marks) hardly ever, so
   * adding a contact renders one node and label, not all of them (issue 33).
   */
  #look = memoizeLast((radius: number): string => {
    const font = labelFont[radius > 40 ? 'l' : radius > 26 ? 'm' : 's'];
    // The room follows the number of contacts, so it also tells whether the marks are small (over 60).
    return `${shapeRadius(radius)} ${font} ${Math.max(10, Math.floor((2 * radius) / (0.55 * font)))} ${this.host.value.contacts.length > 60}`;
  });

  renderContact(c: Contact, p: [number, number], radius: number, tabbable: boolean) {
    const S = this.host.frame.unit;
    const r = shapeRadius(radius);
    return svg`<g class="contact" data-id=${c.id} data-valuation=${c.valuation ?? 'geen'} ?data-deceased=${c.deceased === true}
      role="button" tabindex=${tabbable ? 0 : -1} aria-label=${this.model.describeContact(c, this.#now.grabbedId === c.id)} aria-describedby="map-help"
      aria-pressed=${this.#now.grabbedId === c.id ? 'true' : nothing}
      transform="translate(${p[0] * S} ${p[1] * S})"
      @keydown=${(e: KeyboardEvent) => this.actions.key(e, c)} @focus=${() => this.actions.focus(c.id)}
      @pointerdown=${(e: PointerEvent) => this.actions.pointerDown(e, c)} @pointermove=${this.actions.pointerMove}
      @pointerup=${this.actions.pointerUp} @pointercancel=${this.actions.pointerCancel}
      @touchstart=${this.actions.touchStart}
      @pointerenter=${() => this.actions.hover(c.id, true)} @pointerleave=${() => this.actions.hover(c.id, false)}>
      <circle class="halo" r=${Math.max(targetRadius, r + 6)}></circle>
      ${this.renderShape(c, r)}
    </g>`;
  }

  /** Names and marks in their own layer (hidden from assistive technology: the contact's accessible name says it all). */
  renderLabel(c: Contact, p: [number, number], radius: number, plan?: LabelPlan) {
    const S = this.host.frame.unit;
    const r = shapeRadius(radius);
    // Three label sizes in px, set by class (no inline style: a strict CSP blocks style attributes).
    const size = radius > 40 ? 'l' : radius > 26 ? 'm' : 's';
    const font = labelFont[size];
    const label = plan?.lines ?? lines(this.model.nameOf(c), Math.max(10, Math.floor((2 * radius) / (0.55 * font))));
    const shown = c.id === this.#now.focusId || c.id === this.#now.hoverId;
    // Marks go below the contact where above they would leave the rings (and meet a sector's name).
    const my = plan?.marksBelow ? r + (this.host.value.contacts.length > 60 ? 12 : 18) * 0.85 : -r;
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

  /** Each contact's label item with the name and width its variants were made for (see planLabels). */
  #items = new WeakMap<Contact, LabelItem & { name: string; width: number }>();

  /** A name wrapped for its room, and one word per line: the same arrays while the name and room stay (most of the map on an edit). */
  wrapped = new Map<string, string[][]>();
  nameVariants(name: string, width: number): string[][] {
    const key = `${width}\n${name}`;
    let variants = this.wrapped.get(key);
    if (!variants) {
      const wrapped = lines(name, width);
      const words = lines(name, 1);
      variants = words.length > wrapped.length ? [wrapped, words] : [wrapped];
      // Names come and go (renames, other maps): keep the cache to about the map's size.
      if (this.wrapped.size > 2 * this.host.value.contacts.length + 64) this.wrapped.clear();
      this.wrapped.set(key, variants);
    }
    return variants;
  }

  /**
   * Where every name goes (internal/labels.ts), in screen px at the zoom the map is shown at:
   * names keep their size while zooming spreads the contacts, so zooming in gives names room.
   */
  planLabels(positions: Positions, frame: Frame, radius: number, k: number): Map<string, LabelPlan> {
    const S = frame.unit * k;
    const r = shapeRadius(radius);
    const size = radius > 40 ? 'l' : radius > 26 ? 'm' : 's';
    const font = labelFont[size];
    const width = Math.max(10, Math.floor((2 * radius) / (0.55 * font)));
    const items: LabelItem[] = this.host.value.contacts.map((c) => {
      const [x, y] = positions.get(c.id)!;
      const name = this.model.nameOf(c);
      // The same item while the contact, its place, its name and its room stay: most of the map on an edit.
      const kept = this.#items.get(c);
      if (kept && kept.x === x * S && kept.y === y * S && kept.r === r && kept.font === font && kept.name === name && kept.width === width) return kept;
      const item = {
        id: c.id, x: x * S, y: y * S, r, font, name, width,
        variants: this.nameVariants(name, width),
        markRight: c.wishes.length > 0, markLeft: (!!c.helpsWith && !c.deceased) || c.deceased === true,
      };
      this.#items.set(c, item);
      return item;
    });
    const g = this.model.geometry();
    const ringFont = 13;
    const fixed = this.model.ringsOf().map((name, i) => {
      const [r0, r1] = ringBand(g, i + 1);
      const y = (-((r0 + r1) / 2) * frame.unit + 5) * k;
      return { x0: 6 * k - 2, x1: 6 * k + [...name].length * ringFont * 0.62 + 2, y0: y - ringFont * 0.8 - 2, y1: y + ringFont * 0.25 + 2 };
    });
    const owner = lines(this.host.value.owner ? shownName({ name: this.host.value.owner, kind: 'persoon' }, this.host.pseudonymise) : msg('Ik'), 9);
    const top = (5 - (owner.length - 1) * 7) * k - 11;
    const half = (Math.max(...owner.map((l) => [...l].length)) * 13 * 0.7) / 2;
    fixed.push({ x0: -half, x1: half, y0: top, y1: top + owner.length * 14.3 + 4 });
    return this.#labels.plan(items, { outer: S, centre: centreRadius * S, fixed, markFont: this.host.value.contacts.length > 60 ? 12 : 18 });
  }

  /**
   * A sector's name on an arc just outside the map, centred on the sector and upright: arcs in
   * the lower half run the other way. A name longer than the arc wraps onto a second arc.
   */
  renderSectorLabel(name: string, i: number, frame: Frame) {
    const [a0, a1] = sectorSpan(this.model.geometry(), i);
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

  /**
   * The names in layers of {@link labelsPerLayer} contacts each, in the contacts' order, then one
   * layer with the name in focus or under the pointer: on top of all, in full. The picture is
   * several `<svg>`s stacked in one box (the grid, the ties, the contacts, the names), because the
   * browser paints an `<svg>` as a whole: a move then paints the ties and one layer of names again,
   * not all 300 contacts and names (issue 33).
   */
  #labelLayers(contacts: readonly Contact[]): Contact[][] {
    const onTop = (c: Contact) => c.id === this.#now.focusId || c.id === this.#now.hoverId;
    const layers: Contact[][] = [];
    contacts.forEach((c, i) => {
      if (onTop(c)) return;
      (layers[Math.floor(i / labelsPerLayer)] ??= []).push(c);
    });
    layers.push(contacts.filter(onTop));
    return Array.from(layers, (l) => l ?? []);
  }

  render() {
    // The element's state, read once for this render (not once per contact).
    this.#now = this.state();
    const v = this.host.value;
    const g = this.model.geometry();
    const sectors = this.model.sectorsOf();
    const rings = this.model.ringsOf();
    const positions = this.host.positions;
    const frame = this.host.frame;
    const S = frame.unit;
    // The room of a contact on screen: names and shapes keep their size in px while the zoom spreads the contacts.
    const k = this.#now.wholeMap ? 1 : this.zoom.settled;
    const radius = nodeRadius(v.contacts.length) * S * k;
    const key = [v, positions, frame.size, frame.unit, k, this.host.pseudonymise, rings.join('|'), msg('Ik')];
    if (!this.plans || this.plans.key.some((x, i) => x !== key[i])) this.plans = { key, plans: this.planLabels(positions, frame, radius, k) };
    const plans = this.plans.plans;
    const focusId = this.model.contact(this.#now.focusId) ? this.#now.focusId : v.contacts[0]?.id;
    const owner = v.owner ? shownName({ name: v.owner, kind: 'persoon' }, this.host.pseudonymise) : msg('Ik');
    const tieFrom = this.model.contact(this.#now.tieFrom);
    const where = (id: string) => positions.get(id)?.map((n) => n * S);
    const viewBox = `${-frame.size / 2} ${-frame.size / 2} ${frame.size} ${frame.size}`;
    // The layers under and over the contacts (see #labelLayers): the same box, zoom and picture.
    const layer = (name: string, content: unknown) => html`<svg class="map-layer ${name}" aria-hidden="true" viewBox=${viewBox} width=${frame.size} height=${frame.size}>
        <g class="zoom" transform=${this.zoom.transform}>${content}</g>
      </svg>`;
    return html`<div class="map" part="map">
      <div class="zoom-controls na-no-print" role="group" aria-label=${msg('Zoomen')}>
        ${button({ label: msg('Inzoomen'), onClick: () => this.zoom.zoomIn() })}
        ${button({ label: msg('Uitzoomen'), onClick: () => this.zoom.zoomOut() })}
        ${button({ label: msg('Passend maken'), onClick: () => this.zoom.fit() })}
      </div>
      <div class="map-stack" data-size=${frame.font >= 16 ? 'wide' : 'narrow'} data-density=${v.contacts.length > 60 ? 'high' : 'normal'}>
      ${layer('grid-layer', svg`<g class="grid">
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
        </g>`)}
      ${layer('ties-layer', svg`<g class="ties">
          ${v.ties.map((t) => {
            const a = where(t.from);
            const b = where(t.to);
            return a && b ? svg`<path class="tie" ?data-strained=${t.strained === true} d=${tiePath(a, b, centreRadius * S + 4)}></path>` : nothing;
          })}
        </g>`)}
      <svg class="map-svg map-layer" viewBox=${viewBox} role="group" aria-labelledby="map-title" aria-describedby="map-desc" width=${frame.size} height=${frame.size}>
        <title id="map-title">${text.title(v.mode)}</title>
        <desc id="map-desc">${this.model.describeMap()}</desc>
        <g class="zoom" transform=${this.zoom.transform}>
        <g class="ego" aria-hidden="true">
          <circle class="ego-shape" r=${centreRadius * S * 0.8}></circle>
          <text class="ego-label" y=${5 - (lines(owner, 9).length - 1) * 7}>${lines(owner, 9).map((l, j) => svg`<tspan x="0" dy=${j ? '1.1em' : 0}>${l}</tspan>`)}</text>
        </g>
        <g class="contacts">${v.contacts.map((c) => guard(this.nodeKey(c, positions, radius, c.id === focusId), () => this.renderContact(c, positions.get(c.id)!, radius, c.id === focusId)))}</g>
        </g>
      </svg>
      ${repeat(this.#labelLayers(v.contacts), (_, i) => i, (contacts) => layer('labels-layer', svg`<g class="labels">${repeat(contacts,
          (c) => c.id,
          // A label depends on its neighbours' places too: its plan is part of the key (the planner
          // gives the same plan object back for every name an edit did not reach).
          (c) => guard([...this.nodeKey(c, positions, radius, c.id === this.#now.focusId || c.id === this.#now.hoverId), plans.get(c.id)], () =>
            this.renderLabel(c, positions.get(c.id)!, radius, plans.get(c.id)),
          ))}</g>`))}
      </div>
      ${guidance(
        msg('Zo bedient u de kaart'),
        html`<p id="map-help">${msg('Pijltjes: naar het volgende of vorige contact. Spatie: oppakken, dan pijl omhoog dichterbij, pijl omlaag verder weg, pijl links of rechts een ander levensdomein, spatie neerzetten. Enter: bewerken. Delete: verwijderen.')}</p>
          <p>${msg('Met muis of vinger: sleep een contact naar een andere ring of een ander levensdomein. Klik of tik op een contact om het te bewerken. Alles kan ook in de lijst hieronder.')}</p>
          <p>${msg('Zoomen: met de knoppen boven de kaart, met + en - (0: passend maken), met twee vingers (knijpen en schuiven) of met Ctrl en het scrollwiel. Ingezoomd schuift u de kaart met twee vingers of door met de muis over een lege plek te slepen. Een naam die niet past, ziet u als u het contact aanwijst of kiest; zoom in om meer namen te zien.')}</p>`,
      )}
      ${tieFrom
        ? html`<p class="na-notice" role="status">${msg(str`Kies het contact dat met ${this.model.nameOf(tieFrom)} verbonden is.`)}
            ${button({ label: msg('Stop met verbinden'), variant: 'subtle', onClick: () => this.actions.stopTie() })}</p>`
        : nothing}
    </div>`;
  }
}
