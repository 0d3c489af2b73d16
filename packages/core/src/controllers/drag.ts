import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type DragPoint = readonly [x: number, y: number];

/** One drag, from pointerdown to its end. `start`, `at` and `delta` are in the element's own coordinates (see `point`). */
export interface Drag<K> {
  /** What is dragged (a note id, a contact id). */
  readonly key: K;
  /** The element that got the pointerdown (it captures the pointer). */
  readonly element: Element;
  readonly pointerId: number;
  readonly start: DragPoint;
  at: DragPoint;
  /** `at - start`. */
  delta: DragPoint;
  /** True once the pointer moved further than `threshold`: a drag, no longer a click. */
  moved: boolean;
}

/** How a drag ended: dropped after moving, released without moving (a click), or cancelled (pointercancel, Escape, disconnect). */
export type DragEnd = 'drop' | 'click' | 'cancel';

export interface DragOptions<K> {
  /**
   * The pointer's position in the coordinates the element works in: client pixels by default; a
   * map passes its own (e.g. the SVG's user units through `getScreenCTM().inverse()`).
   */
  point?: (event: PointerEvent) => DragPoint;
  /** How far (in `point` units) the pointer moves before it is a drag. Default 6 (pixels). */
  threshold?: number;
  /** Escape anywhere cancels the drag (the keyboard focus may be elsewhere). Default true. */
  escapeCancels?: boolean;
  /** The pointer crossed the threshold: the drag begins. */
  onStart?: (drag: Drag<K>, event: PointerEvent) => void;
  /** Every move after the start. */
  onMove?: (drag: Drag<K>, event: PointerEvent) => void;
  /** The drag is over; `onStart` has been called only when `how` is 'drop' (or a cancel after moving). */
  onEnd?: (drag: Drag<K>, how: DragEnd, event: Event | null) => void;
}

const clientPoint = (event: PointerEvent): DragPoint => [event.clientX, event.clientY];

/**
 * Pointer drags of items inside an element: pointer capture, a click-versus-drag threshold, the
 * pointer's position in the element's own coordinates, and an end that is always called (drop,
 * click, pointercancel, Escape, or the host leaving the page). What is dragged, what may start a
 * drag and what a drop does stay with the element.
 *
 * Bind an item's pointer events to `down(event, key)`, `move`, `up` and `cancel`
 * (`lostpointercapture` to `up`).
 */
export class DragController<K> implements ReactiveController {
  #drag: Drag<K> | null = null;
  readonly #options: DragOptions<K>;

  constructor(host: ReactiveControllerHost, options: DragOptions<K> = {}) {
    this.#options = options;
    host.addController(this);
  }

  /** The drag in progress, or null. */
  get current(): Drag<K> | null {
    return this.#drag;
  }

  /** True while `key` is dragged and has moved past the threshold. */
  isDragging(key: K): boolean {
    return this.#drag?.key === key && this.#drag.moved;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
  }

  /** Starts following the pointer for `key`; `element` (by default the event's currentTarget) captures the pointer. */
  down(event: PointerEvent, key: K, element = event.currentTarget as Element): void {
    if (this.#drag) this.cancel();
    try {
      element.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic or already released pointer: the drag still works while the pointer stays over the element.
    }
    const start = (this.#options.point ?? clientPoint)(event);
    this.#drag = { key, element, pointerId: event.pointerId, start, at: start, delta: [0, 0], moved: false };
    if (this.#options.escapeCancels ?? true) window.addEventListener('keydown', this.#onKeydown, true);
  }

  move(event: PointerEvent): void {
    const d = this.#drag;
    if (!d || d.pointerId !== event.pointerId) return;
    d.at = (this.#options.point ?? clientPoint)(event);
    d.delta = [d.at[0] - d.start[0], d.at[1] - d.start[1]];
    if (!d.moved) {
      if (Math.hypot(d.delta[0], d.delta[1]) <= (this.#options.threshold ?? 6)) return;
      d.moved = true;
      this.#options.onStart?.(d, event);
    }
    this.#options.onMove?.(d, event);
  }

  /** pointerup (and lostpointercapture): a drop after moving, else a click. */
  up(event: PointerEvent): void {
    const d = this.#drag;
    if (!d || d.pointerId !== event.pointerId) return;
    this.#finish(d, d.moved ? 'drop' : 'click', event);
  }

  /** pointercancel, Escape, or the host's own reasons: the drag ends without a drop. */
  cancel(event: Event | null = null): void {
    const d = this.#drag;
    if (!d) return;
    if (event instanceof PointerEvent && event.pointerId !== d.pointerId) return;
    this.#finish(d, 'cancel', event);
  }

  #finish(d: Drag<K>, how: DragEnd, event: Event | null): void {
    this.#drag = null;
    window.removeEventListener('keydown', this.#onKeydown, true);
    this.#options.onEnd?.(d, how, event);
  }

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.#drag) return;
    event.preventDefault();
    this.cancel(event);
  };
}
