import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@niet-alleen/core/msg';
import { rovingKeydown, syncRovingTabindex } from '@niet-alleen/core';
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

  /** @internal The button that has the Tab stop. */
  #current: Element | undefined;

  constructor() {
    super();
    this.addEventListener('keydown', (event) => (this.#current = rovingKeydown(event, this.items, { vertical: this.orientation === 'vertical' }) ?? this.#current));
    this.addEventListener('focusin', (event) => {
      const item = this.items.find((i) => i === event.target || i.contains(event.target as Node));
      if (item) this.#current = syncRovingTabindex(this.items, item);
    });
  }

  /** The slotted buttons; natively disabled ones are skipped, `<na-button disabled>` stays reachable (aria-disabled). */
  get items(): HTMLElement[] {
    const slot = this.renderRoot?.querySelector('slot');
    if (!slot) return [];
    return slot
      .assignedElements({ flatten: true })
      .filter((el): el is HTMLElement => el instanceof HTMLElement && el.matches(focusableItems) && !(el.matches(':disabled') && !el.localName.includes('-')) && !el.hidden);
  }

  /** @internal */
  #syncTabindex = () => (this.#current = syncRovingTabindex(this.items, this.#current));

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
