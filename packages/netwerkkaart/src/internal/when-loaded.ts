import { msg } from '@niet-alleen/core/msg';
import { OnDemand } from '@niet-alleen/core';
import type { ReactiveControllerHost } from 'lit';

/**
 * A part a person reaches by an action (issue 32): the example, the force layout. `run(use)` does
 * the action at once when the part is there (no await on the hot path once loaded); the first time
 * it loads the part and does the action as soon as it arrives, inside the load, so
 * `updateComplete` (which waits for a loading part) resolves with the action done. A load that
 * fails says so; the next action tries again.
 */
export class WhenLoaded<T> {
  readonly #waiting: ((part: T) => void)[] = [];
  #arrived: T | undefined;
  readonly part: OnDemand<T>;

  constructor(host: ReactiveControllerHost & { announce(text: string): void }, load: () => Promise<T>) {
    this.part = new OnDemand(host, () =>
      load().then(
        (part) => {
          this.#arrived = part;
          for (const use of this.#waiting.splice(0)) use(part);
          return part;
        },
        (error: unknown) => {
          this.#waiting.length = 0;
          host.announce(msg('Dit deel kon niet worden geladen. Controleer de verbinding.'));
          throw error;
        },
      ),
    );
  }

  /** The part once it has arrived (already while the actions that waited for it run). */
  get loaded(): T | undefined {
    return this.#arrived;
  }

  /** Does `use` with the part: now when it is there, else when it has loaded. */
  run(use: (part: T) => void): void {
    const part = this.#arrived;
    if (part !== undefined) return use(part);
    this.#waiting.push(use);
    this.part.ready().catch(() => {}); // OnDemand logs the failure; the announcement said it
  }
}
