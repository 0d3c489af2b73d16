import { html, type ReactiveControllerHost } from 'lit';
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
export class ToolbarController {
  #stop: HTMLElement | undefined;

  // Nothing to do in the host's lifecycle: the buttons are looked up when the keyboard needs them.
  constructor(private readonly host: ToolbarHost) {}

  /**
   * The toolbar button last focused (or the first one), looked up when asked: not after every
   * update, where it searched the whole shadow tree (a netwerkkaart of 300 contacts: ~1 ms an edit).
   */
  get stop(): HTMLElement | undefined {
    const items = this.items();
    this.#stop = items.find((i) => i === this.#stop) ?? items[0];
    return this.#stop;
  }

  items(): HTMLElement[] {
    const toolbar = this.host.renderRoot.querySelector('.na-toolbar');
    return toolbar ? [...toolbar.querySelectorAll<HTMLElement>(':scope > button')] : [];
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
