/** A source of the current time in milliseconds; inject a fake one in tests. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

interface Lap {
  elapsed: number;
  startedAt: number | null;
}

/**
 * One stopwatch per key (a session step): start, pause, reset; time survives switching keys.
 * Holds no timers itself: the element re-renders once a second while one runs.
 * Candidate for core (any timed werkvorm).
 */
export class SessionTimer<K extends PropertyKey> {
  #laps = new Map<K, Lap>();
  constructor(public clock: Clock = systemClock) {}

  #lap(key: K): Lap {
    let lap = this.#laps.get(key);
    if (!lap) this.#laps.set(key, (lap = { elapsed: 0, startedAt: null }));
    return lap;
  }

  running(key: K): boolean {
    return this.#lap(key).startedAt !== null;
  }

  /** Milliseconds counted for `key`. */
  elapsed(key: K): number {
    const lap = this.#lap(key);
    return lap.elapsed + (lap.startedAt === null ? 0 : Math.max(0, this.clock.now() - lap.startedAt));
  }

  start(key: K): void {
    const lap = this.#lap(key);
    if (lap.startedAt === null) lap.startedAt = this.clock.now();
  }

  pause(key: K): void {
    const lap = this.#lap(key);
    if (lap.startedAt === null) return;
    lap.elapsed = this.elapsed(key);
    lap.startedAt = null;
  }

  reset(key: K): void {
    this.#laps.set(key, { elapsed: 0, startedAt: null });
  }

  /** Pauses every running stopwatch (another step started). */
  pauseAll(): void {
    for (const key of this.#laps.keys()) this.pause(key);
  }

  /** Every stopwatch as plain data (to share it, e.g. in a samen room). */
  snapshot(): Partial<Record<K, Lap>> {
    const out: Partial<Record<K, Lap>> = {};
    for (const [key, lap] of this.#laps) out[key] = { ...lap };
    return out;
  }

  /**
   * Takes over the stopwatches of a snapshot (from another device: its times are `clock.now()` times).
   * Keys that look like numbers become numbers again (a snapshot that went through JSON has string keys).
   */
  restore(snapshot: Partial<Record<K, Lap>>): void {
    this.#laps = new Map();
    for (const [key, lap] of Object.entries(snapshot) as [string, Lap][]) {
      const k = (/^\d+$/.test(key) ? Number(key) : key) as K;
      this.#laps.set(k, { elapsed: lap.elapsed, startedAt: lap.startedAt });
    }
  }

  anyRunning(): boolean {
    return [...this.#laps.values()].some((l) => l.startedAt !== null);
  }
}

/** 'mm:ss' (or 'h:mm:ss' after an hour). */
export function formatDuration(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
