/**
 * The undo and redo steps of an instrument: whole values (they are immutable), at most `limit`
 * back. Edits with the same coalesce key in a row (typing in one field) share one step.
 */
export class EditHistory<T> {
  #past: T[] = [];
  #future: T[] = [];
  #coalesceKey: string | null = null;

  constructor(
    private readonly limit: number,
    /** False while the history is kept elsewhere (an embedded instrument): nothing is remembered. */
    private readonly enabled: () => boolean,
  ) {}

  get canUndo(): boolean {
    return this.#past.length > 0;
  }
  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /** Keeps `current` as the newest undo step; the oldest goes once there are `limit`. */
  remember(current: T): void {
    if (!this.enabled()) return;
    this.#past = [...this.#past.slice(-this.limit + 1), current];
  }

  /** Before an edit: `current` becomes an undo step unless the edit continues the same coalesced one; redo steps go. */
  edit(current: T, coalesce: string | null): void {
    if (coalesce === null || coalesce !== this.#coalesceKey) this.remember(current);
    this.#coalesceKey = coalesce;
    this.#future = [];
  }

  /** Before the whole value is replaced (reset, import, a form reset): one undo step; `endCoalescing` starts a new step for the next edit. */
  replace(current: T, { endCoalescing = false } = {}): void {
    this.remember(current);
    this.#future = [];
    if (endCoalescing) this.#coalesceKey = null;
  }

  /** The value one step back (`current` becomes a redo step), or undefined. */
  undo(current: T): T | undefined {
    const previous = this.#past.at(-1);
    if (previous === undefined) return undefined;
    this.#past = this.#past.slice(0, -1);
    this.#future = [current, ...this.#future];
    this.#coalesceKey = null;
    return previous;
  }

  /** The value one step forward (`current` becomes an undo step), or undefined. */
  redo(current: T): T | undefined {
    const next = this.#future[0];
    if (next === undefined) return undefined;
    this.#future = this.#future.slice(1);
    this.remember(current);
    this.#coalesceKey = null;
    return next;
  }

  clear(): void {
    [this.#past, this.#future] = [[], []];
  }
}
