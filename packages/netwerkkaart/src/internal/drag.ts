import type { ReactiveControllerHost } from 'lit';
import { DragController } from '@niet-alleen/core';
import type { Contact } from '../schema.js';
import { cellAt } from '../layout.js';
import { cellPath, type Frame } from './draw.js';
import type { MapModel } from './model.js';

type Positions = Map<string, [number, number]>;

/** What a contact's pointer drag reads of the element. */
export interface ContactDragHost extends ReactiveControllerHost {
  readonly readonly: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly positions: Positions;
  readonly frame: Frame;
  /** A drop: the contact snaps to the ring and sector at map point (x, y). */
  dropContact(id: string, x: number, y: number): void;
}

/** What a drag does to the element's own state. */
export interface ContactDragActions {
  /** A pointer went down on a contact: it gets the focus. */
  focus(id: string): void;
  /** A click (no move): completes a tie in tie mode, otherwise opens the contact's form. */
  activate(c: Contact): void;
}

/**
 * A contact's pointer drag to another ring or sector, on core's DragController (the
 * partnerschapskaart's notes use the same): in map units through the zoom; a drop moves the
 * contact, a click opens it (or ends a tie), Escape, pointercancel or a second finger put it back.
 * While dragging, the contact and its label follow the pointer outside Lit's rendering (fast frames).
 */
export class ContactDrag {
  readonly #drag: DragController<string>;

  constructor(
    private readonly host: ContactDragHost,
    private readonly model: MapModel,
    private readonly ui: ContactDragActions,
  ) {
    this.#drag = new DragController<string>(host, {
      point: (e) => this.#mapPoint(e),
      threshold: 0.02,
      onMove: (d) => {
        const S = this.host.frame.unit;
        const [x, y] = this.host.positions.get(d.key)!;
        const dx = (d.delta[0] + x) * S;
        const dy = (d.delta[1] + y) * S;
        this.#placeNode(d.key, d.element, `translate(${dx} ${dy})`);
        d.element.classList.add('dragging');
        const g = this.model.geometry();
        const cell = cellAt(g, dx / S, dy / S);
        this.host.renderRoot.querySelector('.drop-target')?.setAttribute('d', cellPath(g, cell.ring, cell.sector, S));
      },
      onEnd: (d, how) => {
        const S = this.host.frame.unit;
        this.host.renderRoot.querySelector('.drop-target')?.setAttribute('d', '');
        d.element.classList.remove('dragging');
        const [x, y] = this.host.positions.get(d.key) ?? [0, 0];
        this.#placeNode(d.key, d.element, `translate(${x * S} ${y * S})`);
        const c = this.model.contact(d.key);
        if (!c || how === 'cancel') return;
        if (how === 'drop') this.host.dropContact(d.key, d.delta[0] + x, d.delta[1] + y);
        else this.ui.activate(c);
      },
    });
  }

  #mapPoint(e: PointerEvent): [number, number] {
    // Through the zoom: the map group's own transform, so a drag lands under the pointer at any zoom.
    const root = this.host.renderRoot;
    const m = (root.querySelector<SVGGElement>('g.zoom') ?? root.querySelector<SVGSVGElement>('svg.map-svg')!).getScreenCTM()!.inverse();
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m);
    const S = this.host.frame.unit;
    return [p.x / S, p.y / S];
  }

  #placeNode(id: string, node: Element, transform: string) {
    node.setAttribute('transform', transform);
    this.host.renderRoot.querySelector(`g.contact-label[data-for="${CSS.escape(id)}"]`)?.setAttribute('transform', transform);
  }

  down(e: PointerEvent, c: Contact) {
    if (e.button !== 0) return;
    const el = e.currentTarget as SVGGElement;
    el.focus();
    this.ui.focus(c.id);
    if (this.host.readonly) return;
    e.preventDefault();
    this.#drag.down(e, c.id, el);
  }

  move(e: PointerEvent) {
    this.#drag.move(e);
  }
  up(e: PointerEvent) {
    this.#drag.up(e);
  }
  cancel(e?: PointerEvent) {
    this.#drag.cancel(e);
  }

  /**
   * A finger on a contact drags it instead of scrolling the page. `touch-action: none` does not do
   * this: Chromium ignores it on SVG elements inside the <svg>, and on the whole <svg> it would stop
   * a swipe over the map from scrolling. A cancelled touchstart keeps the pointer events coming.
   */
  touchStart(e: TouchEvent) {
    if (!this.host.readonly && e.cancelable) e.preventDefault();
  }
}
