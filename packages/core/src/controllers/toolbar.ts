import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '../msg.js';
import { rovingKeydown } from '../ui/roving-focus.js';

interface ToolbarHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The toolbar row of an instrument. Every button is a Tab stop: a single roving stop hid
 * 'Afdrukken' or 'Leegmaken' from keyboard users who do not know to press the arrows, and
 * nothing on screen said so. The arrow keys, Home and End still move between the buttons; the
 * button last used is remembered (`stop`) so focus can go back to the toolbar.
 */
export class ToolbarController implements ReactiveController {
  #stop: HTMLElement | undefined;

  constructor(private readonly host: ToolbarHost) {
    host.addController(this);
  }

  /** The toolbar button last focused (or the first one). */
  get stop(): HTMLElement | undefined {
    return this.#stop;
  }

  items(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('[part~="toolbar"] > button')];
  }

  hostUpdated(): void {
    const items = this.items();
    this.#stop = items.find((i) => i === this.#stop) ?? items[0];
  }

  /** The toolbar row around `content`. */
  render(content: unknown) {
    return html`<div
      class="na-toolbar na-no-print"
      part="toolbar"
      role="toolbar"
      aria-label=${msg('Acties')}
      @keydown=${(event: KeyboardEvent) => (this.#stop = rovingKeydown(event, this.items(), { everyItemTabStop: true }) ?? this.#stop)}
      @focusin=${(event: FocusEvent) => {
        this.#stop = this.items().find((i) => i === event.target) ?? this.#stop;
      }}
    >${content}</div>`;
  }
}
