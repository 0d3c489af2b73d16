import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Zoom and pan of the netwerkkaart's picture (issue 33): a few lines of transform maths of our own
 * rather than d3-zoom, which would bring d3-selection, d3-transition and d3-interpolate for what
 * is one `translate() scale()` on one group.
 *
 * - The map's content sits in `<g class="zoom">`; its transform is `translate(t) scale(k)` in the
 *   SVG's user units (CSS px), k from 1 (the whole map, "Passend maken") to {@link maxZoom}.
 * - Texts and contacts keep their size on screen: the stylesheet divides their size by `--_zoom`,
 *   which this controller sets on the stack of the picture's layers (through the CSSOM: a strict CSP allows that, not a
 *   style attribute). So names stay ≥ 12 px and targets ≥ 24 px at every zoom level.
 * - Touch: two fingers pinch and pan (one finger still scrolls the page or drags a contact).
 *   Desktop: Ctrl + wheel zooms at the pointer (a trackpad's pinch arrives as exactly that), a plain
 *   wheel keeps scrolling the page; dragging the empty map with the mouse pans when zoomed in.
 *   Keyboard: `+`, `-` and `0` while focus is in the map; a contact that gets focus is panned into sight.
 * - Print and every export show the whole map: print CSS resets the transform, and
 *   {@link MapZoom.atFit} gives an export the picture at k = 1.
 */
export const maxZoom = 8;
const step = 1.5;

export interface ZoomOptions {
  /** The `<svg>` of the map and the element that holds it and the zoom buttons (for the keys). */
  svg: () => SVGSVGElement | null;
  /** A gesture of two fingers begins: a contact drag under the first finger stops. */
  onGesture: () => void;
  /** A zoom step by button or key, for the live region. */
  announce: (zoom: number) => void;
}

export class MapZoom implements ReactiveController {
  /** Zoom factor, 1 = the whole map. */
  k = 1;
  /** The pan, as a fraction of the map's size (so it survives a resize). */
  #f: [number, number] = [0, 0];
  #svg: SVGSVGElement | null = null;
  #settle = 0;
  #pinch: { ids: [number, number]; k: number; t: [number, number]; mid: [number, number]; dist: number } | null = null;
  #pan: { id: number; from: [number, number]; t: [number, number] } | null = null;
  /** The zoom the host last rendered its labels for. */
  settled = 1;

  constructor(private host: ReactiveControllerHost & HTMLElement, private o: ZoomOptions) {
    host.addController(this);
  }

  hostUpdated(): void {
    // The picture stays the same <svg> from edit to edit: looked up again (a search of the whole
    // shadow tree, ~1 ms at 300 contacts) only when it left or is not there yet.
    const svg = this.#svg?.isConnected ? this.#svg : this.o.svg();
    if (svg !== this.#svg) {
      this.#detach();
      this.#svg = svg;
      if (svg) {
        svg.addEventListener('wheel', this.#onWheel, { passive: false });
        svg.addEventListener('touchstart', this.#onTouch, { passive: false });
        svg.addEventListener('touchmove', this.#onTouch, { passive: false });
        svg.addEventListener('touchend', this.#onTouchEnd);
        svg.addEventListener('touchcancel', this.#onTouchEnd);
        svg.addEventListener('pointerdown', this.#onPointerFirst, true);
        svg.addEventListener('pointerdown', this.#onPointerDown);
        svg.addEventListener('pointermove', this.#onPointerMove);
        svg.addEventListener('pointerup', this.#onPointerUp);
        svg.addEventListener('pointercancel', this.#onPointerUp);
        svg.addEventListener('focusin', this.#onFocus);
        svg.closest<HTMLElement>('.map')?.addEventListener('keydown', this.#onKey);
      }
    }
    this.#apply();
  }
  hostDisconnected(): void {
    this.#detach();
    this.#svg = null;
    clearTimeout(this.#settle);
  }
  #detach() {
    const svg = this.#svg;
    if (!svg) return;
    svg.removeEventListener('wheel', this.#onWheel);
    svg.removeEventListener('touchstart', this.#onTouch);
    svg.removeEventListener('touchmove', this.#onTouch);
    svg.removeEventListener('touchend', this.#onTouchEnd);
    svg.removeEventListener('touchcancel', this.#onTouchEnd);
    svg.removeEventListener('pointerdown', this.#onPointerFirst, true);
    svg.removeEventListener('pointerdown', this.#onPointerDown);
    svg.removeEventListener('pointermove', this.#onPointerMove);
    svg.removeEventListener('pointerup', this.#onPointerUp);
    svg.removeEventListener('pointercancel', this.#onPointerUp);
    svg.removeEventListener('focusin', this.#onFocus);
    svg.closest<HTMLElement>('.map')?.removeEventListener('keydown', this.#onKey);
  }

  /** The size of the picture in user units (its viewBox is centred on the person). */
  get #size(): number {
    return this.#svg?.viewBox.baseVal.width || 1;
  }
  /** The pan in user units. */
  get t(): [number, number] {
    return [this.#f[0] * this.#size, this.#f[1] * this.#size];
  }
  /** The transform attribute of the zoom group. */
  get transform(): string {
    const [x, y] = this.t;
    return `translate(${x.toFixed(2)} ${y.toFixed(2)}) scale(${this.k.toFixed(4)})`;
  }

  /** Sets zoom and pan (user units), keeping the map over the whole view: no empty side at k > 1. */
  set(k: number, t: [number, number]) {
    this.k = Math.min(maxZoom, Math.max(1, k));
    const size = this.#size;
    const room = ((this.k - 1) * size) / 2;
    const clamp = (v: number) => Math.min(room, Math.max(-room, v)) / size || 0;
    this.#f = [clamp(t[0]), clamp(t[1])];
    this.#apply();
    // Names are laid out again for the new zoom once it rests (not on every frame of a gesture).
    clearTimeout(this.#settle);
    this.#settle = window.setTimeout(() => this.#rest(), this.#pinch || this.#pan ? 400 : 120);
  }
  #rest() {
    if (this.settled !== this.k) {
      this.settled = this.k;
      this.host.requestUpdate();
    }
  }

  /** Zooms to `k` keeping the user-unit point `at` (default: the middle of the view) where it is on screen. */
  zoomTo(k: number, at: [number, number] = [0, 0]) {
    const [tx, ty] = this.t;
    const world = [(at[0] - tx) / this.k, (at[1] - ty) / this.k];
    const next = Math.min(maxZoom, Math.max(1, k));
    this.set(next, [at[0] - world[0]! * next, at[1] - world[1]! * next]);
  }
  zoomIn() {
    this.#step(this.k * step);
  }
  zoomOut() {
    this.#step(this.k / step);
  }
  /** "Passend maken": the whole map in view. */
  fit() {
    this.set(1, [0, 0]);
    this.#rest();
    this.o.announce(this.k);
  }
  #step(k: number) {
    this.zoomTo(k);
    this.#rest();
    this.#reveal(this.#svg?.querySelector<SVGGElement>('g.contact:focus') ?? null);
    this.o.announce(this.k);
  }

  /** Runs `fn` (an export) with the picture at k = 1, and puts the zoom back. */
  atFit<T>(fn: () => T): T {
    const [k, f] = [this.k, this.#f];
    this.k = 1;
    this.#f = [0, 0];
    this.#apply();
    try {
      return fn();
    } finally {
      this.k = k;
      this.#f = f;
      this.#apply();
    }
  }

  #apply() {
    // The picture is a stack of layers (internal/map-view.ts), each with its zoom group.
    const stack = this.#svg?.parentElement;
    if (!stack) return;
    // Only what changed: hostUpdated() applies after every edit, and setting a zoom group's
    // transform again, even to the same text, makes the browser paint its whole layer again.
    const transform = this.transform;
    for (const g of stack.querySelectorAll('g.zoom')) if (g.getAttribute('transform') !== transform) g.setAttribute('transform', transform);
    if (this.k === 1) {
      if (stack.hasAttribute('data-zoomed')) {
        stack.style.removeProperty('--_zoom');
        stack.removeAttribute('data-zoomed');
      }
    } else {
      stack.style.setProperty('--_zoom', String(this.k));
      stack.setAttribute('data-zoomed', '');
    }
  }

  /** A screen point (CSS px) in the SVG's user units. */
  #user(x: number, y: number): [number, number] {
    const m = this.#svg?.getScreenCTM();
    if (!m) return [0, 0];
    const p = new DOMPoint(x, y).matrixTransform(m.inverse());
    return [p.x, p.y];
  }

  #onWheel = (e: WheelEvent) => {
    // A plain wheel scrolls the page; Ctrl + wheel (and a trackpad's pinch, which sends it) zooms the map.
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    const lines = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    const delta = Math.max(-100, Math.min(100, e.deltaY * lines));
    this.zoomTo(this.k * Math.exp(-delta * 0.01), this.#user(e.clientX, e.clientY));
  };

  #onTouch = (e: TouchEvent) => {
    if (e.touches.length < 2) return;
    // Two fingers belong to the map: no page zoom or scroll while they are on it.
    if (e.cancelable) e.preventDefault();
    const [a, b] = [e.touches[0]!, e.touches[1]!];
    const pa = this.#user(a.clientX, a.clientY);
    const pb = this.#user(b.clientX, b.clientY);
    const mid: [number, number] = [(pa[0] + pb[0]) / 2, (pa[1] + pb[1]) / 2];
    const dist = Math.hypot(pa[0] - pb[0], pa[1] - pb[1]) || 1;
    const p = this.#pinch;
    if (!p || p.ids[0] !== a.identifier || p.ids[1] !== b.identifier) {
      if (!p) this.o.onGesture();
      this.#pinch = { ids: [a.identifier, b.identifier], k: this.k, t: this.t, mid, dist };
      return;
    }
    const k = Math.min(maxZoom, Math.max(1, p.k * (dist / p.dist)));
    // The map point that was under the fingers' midpoint stays under it: that is pinch and pan at once.
    const world = [(p.mid[0] - p.t[0]) / p.k, (p.mid[1] - p.t[1]) / p.k];
    this.set(k, [mid[0] - world[0]! * k, mid[1] - world[1]! * k]);
  };
  #onTouchEnd = (e: TouchEvent) => {
    if (!this.#pinch || e.touches.length >= 2) return;
    this.#pinch = null;
    this.#rest();
  };

  /** A contact focused by a press is under the pointer already: only keyboard focus pans the map to it. */
  #pressed = false;
  #onPointerFirst = () => {
    this.#pressed = true;
    window.addEventListener('pointerup', () => (this.#pressed = false), { once: true, capture: true });
    window.addEventListener('pointercancel', () => (this.#pressed = false), { once: true, capture: true });
  };

  /** Dragging the empty map with a mouse or pen pans it (a finger scrolls the page instead). */
  #onPointerDown = (e: PointerEvent) => {
    if (this.k === 1 || e.pointerType === 'touch' || e.button !== 0) return;
    if ((e.target as Element).closest('.contact')) return;
    e.preventDefault();
    try {
      this.#svg?.setPointerCapture(e.pointerId);
    } catch {
      // A synthetic pointer: panning goes on while the pointer stays over the map.
    }
    this.#pan = { id: e.pointerId, from: this.#user(e.clientX, e.clientY), t: this.t };
  };
  #onPointerMove = (e: PointerEvent) => {
    const p = this.#pan;
    if (!p || e.pointerId !== p.id) return;
    const [x, y] = this.#user(e.clientX, e.clientY);
    this.set(this.k, [p.t[0] + x - p.from[0], p.t[1] + y - p.from[1]]);
  };
  #onPointerUp = (e: PointerEvent) => {
    if (this.#pan?.id !== e.pointerId) return;
    this.#pan = null;
    this.#rest();
  };

  #onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    if ((e.composedPath()[0] as Element).closest?.('input, textarea, select')) return;
    const action = { '+': 'in', '=': 'in', '-': 'out', _: 'out', '0': 'fit' }[e.key];
    if (!action) return;
    e.preventDefault();
    if (action === 'in') this.zoomIn();
    else if (action === 'out') this.zoomOut();
    else this.fit();
  };

  /** A contact that gets focus (Tab, arrow keys) while zoomed in is brought into sight. */
  #onFocus = (e: FocusEvent) => {
    if (this.#pressed) return;
    this.#reveal((e.target as Element).closest?.('g.contact') ?? null);
  };
  #reveal(el: Element | null) {
    const svg = this.#svg;
    if (!el || !svg || this.k === 1) return;
    const box = svg.getBoundingClientRect();
    const c = el.getBoundingClientRect();
    const margin = 32;
    if (c.left >= box.left + margin && c.right <= box.right - margin && c.top >= box.top + margin && c.bottom <= box.bottom - margin) return;
    const [x, y] = this.#user(c.left + c.width / 2, c.top + c.height / 2);
    const [tx, ty] = this.t;
    this.set(this.k, [tx - x, ty - y]);
    this.#rest();
  }
}
