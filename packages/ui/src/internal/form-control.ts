import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { FormAssociated, type FormValidity } from '@niet-alleen/core';
import { NaUiElement } from './ui-element.js';

/**
 * The ui fields (text field, checkbox, scale) on core's one form-associated base: `name`,
 * `required`, `disabled`, `readonly`, and native-like `input`/`change` events on the host.
 * The form value, validity, `<fieldset disabled>`, reset and state restore come from core.
 */
export abstract class NaFormControl extends FormAssociated(NaUiElement) {
  /** @internal */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Name under which the value is submitted with the form. */
  @property({ reflect: true }) name = '';
  /** The form cannot be submitted while this field is empty. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Not editable, not focusable and not submitted (also when inside a disabled fieldset). */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Shows the answer without editing; it is still submitted. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** What the form submits, or null for nothing. @internal */
  protected abstract override get formValue(): string | null;
  /** True when `required` is not satisfied. @internal */
  protected abstract get isMissing(): boolean;
  /** The validation message for a missing value (locale-aware, overridable). @internal */
  protected abstract get missingMessage(): string;
  /** Returns the value to its default (the `value`/`checked` attribute). @internal */
  protected abstract resetValue(): void;
  /** Restores a value the browser kept (back/forward navigation). @internal */
  protected abstract restoreValue(state: string): void;

  /** @internal */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The control the browser points at when it reports the field as invalid. @internal */
  protected override get validationAnchor(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('input, textarea') ?? undefined;
  }

  /** @internal */
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // The inner control's own events stop at the shadow root; the host fires its own, after the value is updated.
    root.addEventListener('input', (e) => e.stopPropagation());
    root.addEventListener('change', (e) => {
      e.stopPropagation();
      this.innerChange();
    });
    return root;
  }

  /** A native `change` of the inner control reached the shadow root. @internal */
  protected innerChange(): void {}

  /** Fires `input` (composed, like the native one) or `change` (not composed) on the host. @internal */
  protected emit(type: 'input' | 'change'): void {
    this.syncForm();
    this.dispatchEvent(new Event(type, { bubbles: true, composed: type === 'input' }));
  }

  /** @internal */
  protected override validate(): FormValidity | null {
    if (this.required && !this.isDisabled && !this.readonly && this.isMissing) return { flags: { valueMissing: true }, message: this.missingMessage };
    return null;
  }

  /** @internal */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncForm();
  }

  /** @internal */
  protected override formReset(): void {
    this.resetValue();
  }

  /** @internal */
  protected override formStateRestore(state: string): void {
    this.restoreValue(state);
  }
}
