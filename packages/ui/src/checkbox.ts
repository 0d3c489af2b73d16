import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@niet-alleen/core/msg';
import { checkbox, createId } from '@niet-alleen/core';
import { NaFormControl } from './internal/form-control.js';

/**
 * A checkbox whose whole row is the target: core's `checkbox()` primitive as a form-associated
 * element. Submits `value` (default "on") when checked, nothing otherwise.
 *
 * @slot - The label, when the `label` attribute is empty.
 * @fires input - When the person checks or unchecks it.
 * @fires change - When the person checks or unchecks it.
 * @csspart choice - The row: box and label.
 * @cssprop --na-color-accent - The box when checked.
 * @cssprop --na-color-accent-subtle - Background of a checked row.
 * @cssprop --na-target-size-min - Minimum height of the row.
 *
 * @element na-checkbox
 */
export class NaCheckbox extends NaFormControl {
  /** The label text; when empty the default slot is used. */
  @property() label = '';
  /** Current state. The `checked` attribute is the default the form resets to. */
  @property({ type: Boolean }) checked = false;
  /** What the form submits when checked. */
  @property() value = 'on';
  /** Validation message when `required` and not checked. Default: "Vink dit aan om verder te gaan." */
  @property({ attribute: 'required-message' }) requiredMessage = '';

  /** @internal */
  readonly #id = `na-checkbox-${createId()}`;

  /** @internal */
  protected get formValue(): string | null {
    return this.checked ? this.value : null;
  }
  /** @internal */
  protected get isMissing(): boolean {
    return !this.checked;
  }
  /** @internal */
  protected get missingMessage(): string {
    return this.requiredMessage || msg('Vink dit aan om verder te gaan.');
  }
  /** @internal */
  protected resetValue(): void {
    this.checked = this.hasAttribute('checked');
  }
  /** @internal */
  protected restoreValue(state: string): void {
    this.checked = state === this.value;
  }

  /** @internal */
  protected override render() {
    return checkbox({
      id: this.#id,
      label: this.label || html`<slot></slot>`,
      checked: this.checked,
      onChange: (checked) => {
        this.checked = checked;
        this.emit('input');
        this.emit('change');
      },
      readonly: this.readonly || this.isDisabled,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-checkbox': NaCheckbox;
  }
}
