import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@niet-alleen/core/msg';
import { ClockController } from '@niet-alleen/core';
import { OnDemand } from '@niet-alleen/core/on-demand';
import { sessionInfo, type SessionStep } from '../content.js';
import { SessionTimer, formatDuration, systemClock, type Clock } from './session-timer.js';
import { NaSessionTimerEvent } from '../events.js';

/** What the session script needs of the partnerschapskaart. */
export interface SessionHost extends ReactiveControllerHost {
  readonly facilitator: boolean;
  readonly sessionStep: SessionStep;
  readonly headingLevel: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
  announce(text: string): void;
  goToSessionStep(step: SessionStep): void;
  /** Merges group cards (files' text) into this card. */
  merge(values: readonly unknown[]): boolean;
  dispatchEvent(event: Event): boolean;
}

/**
 * Facilitator mode (11.4): one stopwatch per session step, re-rendered once a second by core's
 * ClockController while one runs in facilitator mode, and the script with its step buttons (loaded when first shown).
 */
export class SessionController implements ReactiveController {
  readonly timer = new SessionTimer<SessionStep>();
  readonly #overtimeAnnounced = new Set<SessionStep>();
  /** Re-renders once a second while a stopwatch runs in facilitator mode. */
  readonly ticker: ClockController;

  /** The script and timer on screen (internal/session-view.ts), a chunk of its own: most pages never run a session. */
  readonly #view: OnDemand<typeof import('./session-view.js')>;

  constructor(readonly host: SessionHost) {
    host.addController(this);
    this.#view = new OnDemand(host, () => import('./session-view.js'));
    this.ticker = new ClockController(host, { interval: 1000, active: () => host.facilitator && this.timer.anyRunning() });
  }

  get clock(): Clock {
    return this.timer.clock;
  }
  set clock(clock: Clock) {
    this.timer.clock = clock ?? systemClock;
    this.host.requestUpdate();
  }

  get running(): boolean {
    return this.timer.running(this.host.sessionStep);
  }
  get elapsed(): number {
    return this.timer.elapsed(this.host.sessionStep);
  }

  /** The planned time of the current step is used up. */
  get overtime(): boolean {
    const minutes = sessionInfo[this.host.sessionStep].minutes;
    return !!minutes && this.elapsed >= minutes[1] * 60_000;
  }

  start(): void {
    this.timer.start(this.host.sessionStep);
    this.host.announce(msg('De tijd loopt.'));
    this.changed();
  }
  pause(): void {
    this.timer.pause(this.host.sessionStep);
    this.host.announce(msg(str`Gepauzeerd bij ${formatDuration(this.elapsed)}.`));
    this.changed();
  }
  reset(): void {
    this.timer.reset(this.host.sessionStep);
    this.#overtimeAnnounced.delete(this.host.sessionStep);
    this.host.announce(msg('De tijd staat weer op nul.'));
    this.changed();
  }

  /** The facilitator changed the timer: re-render and tell (a shared session passes it on). */
  changed(): void {
    this.host.requestUpdate();
    this.host.dispatchEvent(new NaSessionTimerEvent(this.timer.snapshot()));
  }

  hostUpdated(): void {
    const step = this.host.sessionStep;
    if (this.host.facilitator && this.overtime && !this.#overtimeAnnounced.has(step)) {
      this.#overtimeAnnounced.add(step);
      this.host.announce(msg('De geplande tijd voor deze stap is om.'));
    }
  }

  /** The script and its timer: loaded the first time facilitator mode shows them (internal/session-view.ts). */
  render() {
    const view = this.#view.get();
    return view ? view.renderSession(this) : this.#view.placeholder();
  }
}
