import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where the clock gets its interval from: the window's, or a fake one in tests. */
export interface IntervalScheduler {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const windowScheduler: IntervalScheduler = {
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

export interface ClockOptions {
  /** Milliseconds between ticks. */
  interval: number;
  /**
   * Whether the feature needs the clock now (asked after every render of the host and on connect),
   * e.g. 'a stopwatch runs' or 'the card shows reachable now from the device's clock'.
   */
  active: () => boolean;
  /** What a tick does; by default the host renders again. */
  onTick?: () => void;
  scheduler?: IntervalScheduler;
}

/**
 * A clock that renders its host again every `interval` ms, for a display that follows the time
 * ("reachable now", a session timer). The interval exists only while the host is connected and
 * `active()` says the feature needs it: a page full of idle instruments holds no timers.
 */
export class ClockController implements ReactiveController {
  #handle: unknown = null;
  #connected = false;
  readonly #options: ClockOptions;
  readonly #scheduler: IntervalScheduler;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: ClockOptions,
  ) {
    this.#options = options;
    this.#scheduler = options.scheduler ?? windowScheduler;
    host.addController(this);
  }

  /** True while the interval runs. */
  get ticking(): boolean {
    return this.#handle !== null;
  }

  hostConnected(): void {
    this.#connected = true;
    this.sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Starts or stops the interval to match `active()` (called after every render; call it when `active()` changes otherwise). */
  sync(): void {
    const wanted = this.#connected && this.#options.active();
    if (wanted && this.#handle === null) {
      this.#handle = this.#scheduler.setInterval(() => (this.#options.onTick ?? (() => this.host.requestUpdate()))(), this.#options.interval);
    } else if (!wanted) {
      this.#stop();
    }
  }

  #stop(): void {
    if (this.#handle === null) return;
    this.#scheduler.clearInterval(this.#handle);
    this.#handle = null;
  }
}
