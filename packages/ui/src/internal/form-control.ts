import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NaUiElement } from './ui-element.js';

/**
 * One form-associated base for the ui fields (text field, checkbox, scale), after Web Awesome's
 * form-associated element: `name`, `required`, `disabled`, `readonly`, ElementInternals form value
 * and validity, reset and state restore, and native-like `input`/`change` events on the host.
 *
 * Candidate to lift into core (next to NaInstrumentElement's form association).
 */
export abstract class NaFormControl extends NaUiElement {
  /** @internal */
  static formAssociated = true;
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

  /** Disabled through an ancestor `<fieldset disabled>` (or the `disabled` attribute). @internal */
  @state() protected formDisabled = false;

  /** @internal */
  protected readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** What the form submits, or null for nothing. @internal */
  protected abstract get formValue(): string | null;
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
  protected get validationAnchor(): HTMLElement | undefined {
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
  protected syncForm(): void {
    this.internals.setFormValue(this.formValue);
    if (this.required && !this.isDisabled && !this.readonly && this.isMissing) {
      this.internals.setValidity({ valueMissing: true }, this.missingMessage, this.validationAnchor);
    } else {
      this.internals.setValidity({});
    }
  }

  /** @internal */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncForm();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal */
  formResetCallback(): void {
    this.resetValue();
    this.syncForm();
  }

  /** @internal */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.restoreValue(state);
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
}
