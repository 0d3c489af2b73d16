import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { trackPart, yieldToMain } from './parts-loading.js';

/**
 * The first render of a long list shows its first items, and the rest follows a few items per task
 * (issue 32: no task over 50 ms at 4× CPU throttle while a page loads), so the top of the instrument
 * is on screen before the whole of it is built. Once every item has been shown, the element renders
 * whole lists as usual. `updateComplete` and `print()` wait until everything is shown (core's
 * parts-loading), and values and exports never depend on what is rendered.
 *
 * `items(list)` in the render: the list, or while the first render is under way its first items.
 * Every list of the host is cut at the same count, which grows by `step` each task. What comes after
 * the lists is rendered once they are `complete`; the base class leaves out its toolbar until then.
 */
export class Progressive implements ReactiveController {
  #shown: number;
  #cut = false;
  #next: Promise<void> | null = null;

  /**
   * `first`: how many items of each list the first task shows (`step` unless given). 0 shows the
   * lists' frames alone first (for example a board's columns, empty), and their items from the next task on.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly step = 4,
    first = step,
  ) {
    this.#shown = first;
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdate(): void {
    this.#cut = false;
  }

  hostUpdated(): void {
    // A render that cut nothing: every list is whole from now on.
    if (!this.#cut) this.#shown = Infinity;
  }

  /**
   * False when this render cut a list (asked after the `items()` calls): what the element renders
   * below its lists waits until they are whole, so nothing on screen is pushed down as they grow.
   */
  get complete(): boolean {
    return !this.#cut;
  }

  /** `list`, or its first items while the first render is under way (the rest follows in the next tasks). */
  items<T>(list: readonly T[]): readonly T[] {
    const shown = this.count(list.length);
    return shown < list.length ? list.slice(0, shown) : list;
  }

  /**
   * How many of `total` units to render now: `total`, or fewer while the first render is under way.
   * For what is not one list: a sequence of lists, or items that cost more than one unit each.
   */
  count(total: number): number {
    if (total <= this.#shown) return total;
    this.#cut = true;
    this.#next ??= trackPart(
      this.host,
      yieldToMain().then(() => {
        this.#shown += this.step;
        this.#next = null;
      }),
    );
    return this.#shown;
  }
}
