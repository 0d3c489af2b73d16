import type { ReactiveControllerHost } from 'lit';
import { mapFrame, type Frame } from './draw.js';

/** What the map's size reads of the element. */
export interface MapSizeHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly clientWidth: number;
  readonly isConnected: boolean;
}

/**
 * How big the picture is drawn: the width of the map's box (measured, and again on every resize)
 * and the viewport's height; and whether the browser prints (print shows the whole map, so the
 * names are laid out for the whole map while it prints). Connected and disconnected by the
 * element's own lifecycle callbacks.
 */
export class MapSize {
  /** The width of the map's box (0 until measured) and the viewport height. */
  #box: [number, number] = [0, 0];
  #resize: ResizeObserver | null = null;
  #frameRequest = 0;
  /** True between the browser's beforeprint and afterprint. */
  printing = false;

  /** `flush` renders at once (the print is made right after beforeprint). */
  constructor(
    private readonly host: MapSizeHost,
    private readonly flush: () => void,
  ) {
    // After each render: the picture is drawn anew after its layout loaded in its place, and its new box is the one measured.
    host.addController({ hostUpdated: () => this.observe() });
  }

  connect(): void {
    window.addEventListener('resize', this.#onResize);
    window.addEventListener('beforeprint', this.#onPrint);
    window.addEventListener('afterprint', this.#onPrint);
    void this.host.updateComplete.then(() => this.observe());
  }

  /** The map's box that is observed. */
  #observed: Element | null = null;

  /** Observes the map's box, again when the map was drawn anew (after a loading line in its place). */
  observe(): void {
    const map = this.host.renderRoot.querySelector('.map');
    if (!map || map === this.#observed || !this.host.isConnected || typeof ResizeObserver === 'undefined') return;
    this.#resize ??= new ResizeObserver(this.#onResize);
    if (this.#observed) this.#resize.unobserve(this.#observed);
    this.#resize.observe(map);
    this.#observed = map;
  }

  disconnect(): void {
    window.removeEventListener('resize', this.#onResize);
    window.removeEventListener('beforeprint', this.#onPrint);
    window.removeEventListener('afterprint', this.#onPrint);
    this.#resize?.disconnect();
    this.#resize = null;
    this.#observed = null;
    cancelAnimationFrame(this.#frameRequest);
  }

  /** Measured in the next frame: re-rendering inside a ResizeObserver callback would loop. */
  #onResize = () => {
    cancelAnimationFrame(this.#frameRequest);
    this.#frameRequest = requestAnimationFrame(() => this.#measure());
  };

  #measure() {
    const width = this.host.renderRoot.querySelector('.map')?.clientWidth ?? 0;
    if (width && (width !== this.#box[0] || window.innerHeight !== this.#box[1])) {
      this.#box = [width, window.innerHeight];
      this.host.requestUpdate();
    }
  }

  #onPrint = (e: Event) => {
    this.printing = e.type === 'beforeprint';
    this.host.requestUpdate();
    if (this.printing) this.flush();
  };

  /** The frame of the picture; before the map is measured, from the element's own width. */
  get frame(): Frame {
    const [width, height] = this.#box;
    return mapFrame(width || Math.max(0, this.host.clientWidth - 32) || 920, height || window.innerHeight || 1080);
  }
}
