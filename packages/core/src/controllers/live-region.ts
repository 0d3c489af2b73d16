import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface LiveRegionHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * What an instrument says to screen-reader users, through the polite live region it renders
 * (`.na-live-region`). The text is written into the region, not kept as reactive state: an
 * announcement must not render the instrument again (issue 32).
 */
export class LiveRegionController implements ReactiveController {
  /** What the region says; kept for a region not rendered yet. */
  #text = '';
  #written = false;

  constructor(private readonly host: LiveRegionHost) {
    host.addController(this);
  }

  /** After the first render the region exists: it gets what was said before. */
  hostUpdated(): void {
    if (this.#written) return;
    this.#written = true;
    if (this.#text) this.#say(this.#text);
  }

  announce(text: string): void {
    // Clearing first makes a repeated message be announced again.
    this.#say('');
    requestAnimationFrame(() => this.#say(text));
  }

  #say(text: string): void {
    this.#text = text;
    const region = this.host.renderRoot?.querySelector?.('.na-live-region');
    if (region) region.textContent = text;
  }
}
