import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { FormValidity } from '../form-associated.js';

/**
 * Why a submit was blocked, inside the element (NL Design System's form field error message): shown
 * once a submit (or checkValidity) found the element invalid, until it is valid again.
 */
export class FormErrorController {
  #shown = false;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    /** Why the element is invalid now, or null (also while the form has it disabled). */
    private readonly invalid: () => FormValidity | null,
  ) {
    host.addEventListener('invalid', () => {
      this.#shown = true;
      host.requestUpdate();
    });
  }

  render() {
    const invalid = this.#shown ? this.invalid() : null;
    if (!invalid) return nothing;
    return html`<p class="na-field__error na-form-error" part="form-error" role="alert">${invalid.message}</p>`;
  }
}
