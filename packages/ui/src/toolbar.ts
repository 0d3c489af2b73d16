import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { NaUiElement } from './internal/ui-element.js';

const focusableItems = 'button, na-button, a[href], input, select, [role="button"], [tabindex]';

/**
 * A toolbar: a row of buttons that is one Tab stop. Arrow keys move between the buttons
 * (Home and End to the first and last), following the WAI-ARIA toolbar pattern; Tab leaves
 * the toolbar and comes back to the button used last. Uses core's `.na-toolbar` layout.
 *
 * @slot - The buttons (`<na-button>` or `<button>`).
 * @csspart toolbar - The row with `role="toolbar"`.
 * @cssprop --na-space-inline-sm - Gap between the buttons.
 *
 * @element na-toolbar
 */
export class NaToolbar extends NaUiElement {
  /** @internal No style attribute: a strict CSP (style-src without 'unsafe-inline') blocks it. */
  static override styles = [
    NaUiElement.styles,
    css`
      :host([orientation='vertical']) .na-toolbar { flex-direction: column; align-items: flex-start; }
    `,
  ];

  /** Accessible name of the toolbar. Default: "Werkbalk". */
  @property() label = '';
  /** Arrow keys: left/right for horizontal, up/down for vertical. */
  @property({ reflect: true }) orientation: 'horizontal' | 'vertical' = 'horizontal';

  /** @internal */
  #current = 0;

  constructor() {
    super();
    this.addEventListener('keydown', this.#onKeydown);
    this.addEventListener('focusin', this.#onFocusin);
  }

  /** The slotted buttons; natively disabled ones are skipped, `<na-button disabled>` stays reachable (aria-disabled). */
  get items(): HTMLElement[] {
    const slot = this.renderRoot?.querySelector('slot');
    if (!slot) return [];
    return slot
      .assignedElements({ flatten: true })
      .filter((el): el is HTMLElement => el instanceof HTMLElement && el.matches(focusableItems) && !(el.matches(':disabled') && !el.localName.includes('-')) && !el.hidden);
  }

  /** One Tab stop: only the current button has tabindex 0. @internal */
  #syncTabindex = () => {
    const items = this.items;
    if (!items.length) return;
    this.#current = Math.min(this.#current, items.length - 1);
    items.forEach((item, i) => (item.tabIndex = i === this.#current ? 0 : -1));
  };

  /** @internal */
  #onFocusin = (event: FocusEvent) => {
    const items = this.items;
    const index = items.findIndex((item) => item === event.target || item.contains(event.target as Node));
    if (index >= 0 && index !== this.#current) {
      this.#current = index;
      this.#syncTabindex();
    }
  };

  /** @internal */
  #onKeydown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const items = this.items;
    if (!items.length) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const horizontal = this.orientation !== 'vertical';
    const next = horizontal ? (rtl ? 'ArrowLeft' : 'ArrowRight') : 'ArrowDown';
    const previous = horizontal ? (rtl ? 'ArrowRight' : 'ArrowLeft') : 'ArrowUp';
    let index: number;
    if (event.key === next) index = (this.#current + 1) % items.length;
    else if (event.key === previous) index = (this.#current - 1 + items.length) % items.length;
    else if (event.key === 'Home') index = 0;
    else if (event.key === 'End') index = items.length - 1;
    else return;
    event.preventDefault();
    this.#current = index;
    this.#syncTabindex();
    items[index]!.focus();
  };

  /** @internal */
  protected override render() {
    return html`<div
      class="na-toolbar"
      part="toolbar"
      role="toolbar"
      aria-label=${this.label || msg('Werkbalk')}
      aria-orientation=${this.orientation}
    ><slot @slotchange=${this.#syncTabindex}></slot></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-toolbar': NaToolbar;
  }
}
