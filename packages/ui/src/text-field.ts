import { property } from 'lit/decorators.js';
import { msg } from '@niet-alleen/core/msg';
import { textField, createId } from '@niet-alleen/core';
import { NaFormControl } from './internal/form-control.js';

/**
 * A text field or text area with label, description and error message: core's `textField()`
 * primitive as a form-associated element. `required` and `optional` are said in the label
 * text ("(verplicht)", "(niet verplicht)"), never by an asterisk or colour alone.
 *
 * @fires input - After each keystroke; `event.target.value` is the new text.
 * @fires change - When the person leaves the field after changing it.
 * @csspart field - The wrapper of label, description, error and control.
 * @csspart input - The `<input>` or `<textarea>`.
 * @cssprop --na-color-border - Border of the control.
 * @cssprop --na-color-error - Error message and border of an invalid control.
 * @cssprop --na-color-text-subtle - Description and the (verplicht)/(niet verplicht) marker.
 *
 * @element na-text-field
 */
export class NaTextField extends NaFormControl {
  /** The visible label; also the accessible name. */
  @property() label = '';
  /** Help below the label, linked with aria-describedby. */
  @property() description = '';
  /** Error message; shown, linked, and the control is marked aria-invalid. */
  @property() error = '';
  /** The current text. The `value` attribute is the default the form resets to. */
  @property() value = '';
  /** Says "(niet verplicht)" after the label. */
  @property({ type: Boolean, reflect: true }) optional = false;
  /** A text area for longer answers. */
  @property({ type: Boolean, reflect: true }) multiline = false;
  @property() type: 'text' | 'email' | 'tel' | 'date' | 'time' | 'url' = 'text';
  @property() autocomplete = 'off';
  @property() placeholder = '';
  /** Hides the label visually (it stays the accessible name), where a heading already says it. */
  @property({ type: Boolean, attribute: 'hide-label' }) hideLabel = false;
  /** Validation message when `required` and empty. Default: "Vul dit veld in." */
  @property({ attribute: 'required-message' }) requiredMessage = '';

  /** @internal */
  readonly #id = `na-text-field-${createId()}`;

  /** @internal */
  protected get formValue(): string | null {
    return this.value;
  }
  /** @internal */
  protected get isMissing(): boolean {
    return this.value.trim() === '';
  }
  /** @internal */
  protected get missingMessage(): string {
    return this.requiredMessage || msg('Vul dit veld in.');
  }
  /** @internal */
  protected resetValue(): void {
    this.value = this.getAttribute('value') ?? '';
  }
  /** @internal */
  protected restoreValue(state: string): void {
    this.value = state;
  }
  /** @internal */
  protected override innerChange(): void {
    this.emit('change');
  }

  /** @internal */
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    // core's textField() has no disabled option yet: disable the rendered control here.
    const control = this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>('.na-input');
    if (control) control.disabled = this.isDisabled;
    super.updated(changed);
  }

  /** @internal */
  protected override render() {
    return textField({
      id: this.#id,
      label: this.label,
      value: this.value,
      onInput: (value) => {
        this.value = value;
        this.emit('input');
      },
      description: this.description || undefined,
      error: this.error || undefined,
      multiline: this.multiline,
      required: this.required,
      optional: this.optional,
      readonly: this.readonly,
      type: this.type,
      autocomplete: this.autocomplete,
      placeholder: this.placeholder || undefined,
      hideLabel: this.hideLabel,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-text-field': NaTextField;
  }
}
