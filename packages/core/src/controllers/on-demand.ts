import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '../msg.js';
import { button } from '../ui/button.js';
import { trackPart } from './parts-loading.js';

const failedText = () => msg('Dit deel kon niet worden geladen. Controleer de verbinding.');

/**
 * A part of an element that loads when it is first needed (issue 32: a page transfers what it
 * shows): the verwijskaart's editor, the partnerschapskaart's session. `load` is a dynamic
 * `import()`, so the part is a chunk of its own that a page never asks for until someone uses it.
 *
 * `get()` returns the part, or undefined while it loads; the first call starts the load and the
 * host renders again when it has arrived. Until then the host shows `placeholder()`. A load that
 * fails (the site went offline) is logged and not tried again by itself, so a page never loops on
 * it: the placeholder says so and offers to try again.
 */
export class OnDemand<T> implements ReactiveController {
  #part: T | undefined;
  #loading: Promise<void> | null = null;
  /** Actions waiting for the part (run()). */
  readonly #waiting: ((part: T) => void)[] = [];
  #failed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The part when it is there; otherwise starts loading it (unless it failed) and returns undefined. */
  get(): T | undefined {
    if (this.#part === undefined && !this.#failed) void this.#start();
    return this.#part;
  }

  /** The part if it has loaded, without asking for it. */
  get loaded(): T | undefined {
    return this.#part;
  }

  /** True when the last load failed. */
  get failed(): boolean {
    return this.#failed;
  }

  /**
   * Does `use` with the part: at once when it is there (no await on the hot path), else as soon as it
   * arrives, inside the load, so `updateComplete` resolves with the action done. A person's action
   * (a button) that needs a part goes through here.
   */
  run(use: (part: T) => void): void {
    if (this.#part !== undefined) return use(this.#part);
    this.#waiting.push(use);
    void this.#start();
  }

  /** Loads the part (also after a failure) and resolves with it; rejects when it cannot be loaded. */
  async ready(): Promise<T> {
    if (this.#part === undefined) await this.#start();
    if (this.#part === undefined) throw new Error('niet-alleen: a part of the element could not be loaded');
    return this.#part;
  }

  /** What the host shows in the part's place until it is there: a loading line, or the failure with 'try again'. */
  placeholder() {
    return this.#failed
      ? html`<div class="na-on-demand" role="alert">
          <p>${failedText()}</p>
          ${button({ label: msg('Opnieuw proberen'), onClick: () => (void this.#start(), this.host.requestUpdate()) })}
        </div>`
      : html`<p class="na-on-demand" role="status">${msg('Bezig met laden…')}</p>`;
  }

  /** The load under way, started if needed; it never rejects. */
  #start(): Promise<void> {
    if (this.#loading) return this.#loading;
    this.#failed = false;
    const loaded = this.load().then(
      (part) => {
        this.#part = part;
        for (const use of this.#waiting.splice(0)) use(part);
      },
      (error: unknown) => {
        this.#failed = true;
        this.#waiting.length = 0;
        console.error('niet-alleen: a part of the element could not be loaded', error);
        // An action that waited for it (no placeholder in sight) is told too; the next action tries again.
        (this.host as { announce?(text: string): void }).announce?.(failedText());
      },
    );
    // No requestUpdate() here: get() is called while the host renders (Lit would warn of a change in
    // its update); the host renders again when the part has arrived.
    return (this.#loading = trackPart(this.host, loaded.finally(() => (this.#loading = null))));
  }
}
