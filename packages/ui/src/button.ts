import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { button, FormAssociated } from '@niet-alleen/core';
import { NaUiElement, inlineHost } from './internal/ui-element.js';

/**
 * A button: core's `button()` primitive as an element. The text comes from the default slot
 * (or the `label` attribute). A disabled button stays focusable (`aria-disabled`), so keyboard
 * and screen-reader users can still find it, but it does nothing and fires no `click`.
 * With `type="submit"` or `type="reset"` it submits or resets its form.
 *
 * @slot - The button text.
 * @csspart button - The native button.
 * @cssprop --na-color-accent - Border, text (secondary) and background (primary).
 * @cssprop --na-color-accent-text - Text on a primary button.
 * @cssprop --na-border-radius-sm - Corner radius.
 * @cssprop --na-target-size-min - Minimum height and width.
 *
 * @element na-button
 */
export class NaButton extends FormAssociated(NaUiElement) {
  /** @internal */
  static override styles = [NaUiElement.styles, inlineHost];
  /** @internal */
  static override shadowRootOptions: ShadowRootInit = { ...NaUiElement.shadowRootOptions, delegatesFocus: true };

  /** Button text; when empty the default slot is used. */
  @property() label = '';
  @property({ reflect: true }) variant: 'primary' | 'secondary' | 'subtle' = 'secondary';
  /** Does nothing, but stays focusable and announced as unavailable. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** What the button does in a form. */
  @property({ reflect: true }) type: 'button' | 'submit' | 'reset' = 'button';
  /** Toggle button state (`aria-pressed`); leave unset for an ordinary button. */
  @property({ type: Boolean, attribute: 'pressed' }) pressed: boolean | undefined = undefined;
  /** Disclosure state (`aria-expanded`); leave unset for an ordinary button. */
  @property({ type: Boolean, attribute: 'expanded' }) expanded: boolean | undefined = undefined;

  /** @internal */
  get #disabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  constructor() {
    super();
    // A disabled button fires no click at all, not even the native one from inside.
    this.addEventListener('click', (event) => {
      if (this.#disabled) event.stopImmediatePropagation();
    }, { capture: true });
  }

  /** @internal */
  #onClick = () => {
    const form = this.internals.form;
    if (!form) return;
    if (this.type === 'submit') form.requestSubmit();
    if (this.type === 'reset') form.reset();
  };

  /** @internal */
  protected override render() {
    // core's button() renders its label with a Lit binding, so a slot can stand in for the text.
    const label = this.label || html`<slot></slot>`;
    return button({
      label: label as string,
      onClick: this.#onClick,
      variant: this.variant,
      disabled: this.#disabled,
      ...(this.pressed === undefined ? {} : { pressed: this.pressed }),
      ...(this.expanded === undefined ? {} : { expanded: this.expanded }),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-button': NaButton;
  }
}
