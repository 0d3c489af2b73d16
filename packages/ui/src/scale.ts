import { property } from 'lit/decorators.js';
import { msg } from '@niet-alleen/core/msg';
import { scale, createId, type ScaleOption } from '@niet-alleen/core';
import { NaFormControl } from './internal/form-control.js';

/**
 * A statement scale: one radio group whose legend is the statement (core's `scale()`
 * primitive as a form-associated element). Tab enters the group, arrow keys choose.
 * The options come from the `options` property (or a JSON `options` attribute).
 *
 * @fires input - When the person chooses an option.
 * @fires change - When the person chooses an option.
 * @csspart scale - The fieldset.
 * @csspart scale-option - One option row.
 * @cssprop --na-color-accent - The radio when chosen.
 * @cssprop --na-color-accent-subtle - Background of the chosen option.
 *
 * @element na-scale
 */
export class NaScale extends NaFormControl {
  /** The statement; the group's accessible name. */
  @property() legend = '';
  /** The answers: `{ value, label, short? }`; `short` is a visible mark such as "A" or "3". */
  @property({ type: Array }) options: ScaleOption[] = [];
  /** The chosen option's value, or '' for none. The `value` attribute is the default the form resets to. */
  @property() value = '';
  /** Hides the statement visually where a heading or table column already shows it. */
  @property({ type: Boolean, attribute: 'hide-legend' }) hideLegend = false;
  /** Validation message when `required` and nothing is chosen. Default: "Kies een antwoord." */
  @property({ attribute: 'required-message' }) requiredMessage = '';

  /** @internal */
  readonly #name = `na-scale-${createId()}`;

  /** @internal */
  protected get formValue(): string | null {
    return this.value || null;
  }
  /** @internal */
  protected get isMissing(): boolean {
    return !this.value;
  }
  /** @internal */
  protected get missingMessage(): string {
    return this.requiredMessage || msg('Kies een antwoord.');
  }
  /** @internal */
  protected resetValue(): void {
    this.value = this.getAttribute('value') ?? '';
  }
  /** @internal */
  protected restoreValue(state: string): void {
    this.value = state;
  }

  /** Focuses the chosen option, or the first one, as Tab into the group would. */
  override focus(options?: FocusOptions): void {
    const radios = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    (radios.find((r) => r.checked) ?? radios[0])?.focus(options);
  }

  /** @internal */
  protected override render() {
    return scale({
      name: this.#name,
      legend: this.legend,
      options: this.options,
      selected: this.value,
      onChange: (value) => {
        this.value = value;
        this.emit('input');
        this.emit('change');
      },
      readonly: this.readonly || this.isDisabled,
      hideLegend: this.hideLegend,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-scale': NaScale;
  }
}
