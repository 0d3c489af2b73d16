import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from './msg.js';
import { button } from './ui/button.js';
import { focusAfterRender } from './controllers/focus.js';

interface ClearHost extends ReactiveControllerHost, HTMLElement {
  readonly isEmpty: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  reset(): boolean;
}

/**
 * 'Leegmaken' in the toolbar asks first, in the page itself (window.confirm can be blocked by the
 * page and takes the user out of it): the button makes way for a visible question with
 * 'Ja, leegmaken' and 'Annuleren'. One click, or one Enter too many, never wipes what was filled in.
 * The items stay direct children of the toolbar, so its arrow-key model includes them.
 */
export class ConfirmClearController implements ReactiveController {
  #asking = false;
  constructor(private readonly host: ClearHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.#escape);
  }
  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.#escape);
    this.#asking = false;
  }
  hostUpdate(): void {
    // Emptied some other way (undo, import, a new value) while asking: nothing left to ask about.
    if (this.#asking && this.host.isEmpty) this.#asking = false;
  }

  #answer(asking: boolean, focus: string): void {
    this.#asking = asking;
    this.host.requestUpdate();
    void focusAfterRender(this.host, `#${focus}`);
  }

  #escape = (event: KeyboardEvent): void => {
    if (!this.#asking || event.key !== 'Escape') return;
    event.preventDefault();
    this.#answer(false, 'na-clear');
  };

  /** The toolbar's last items: 'Leegmaken', or the question with its two answers (focus on the safe one). */
  render() {
    if (!this.#asking) {
      return button({ id: 'na-clear', label: msg('Leegmaken'), disabled: this.host.isEmpty, onClick: () => this.#answer(true, 'na-clear-cancel') });
    }
    return html`<span class="na-confirm-clear" id="na-clear-question">${msg('Alles leegmaken? Alles wat is ingevuld, gaat weg.')}</span>
      ${button({
        id: 'na-clear-yes',
        label: msg('Ja, leegmaken'),
        variant: 'primary',
        describedBy: 'na-clear-question',
        onClick: () => {
          this.host.reset();
          this.#answer(false, 'na-clear');
        },
      })}
      ${button({ id: 'na-clear-cancel', label: msg('Annuleren'), describedBy: 'na-clear-question', onClick: () => this.#answer(false, 'na-clear') })}`;
  }
}
