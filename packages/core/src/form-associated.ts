import type { LitElement, PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';

/** What the validation hook returns when the element is not valid. */
export interface FormValidity {
  flags: ValidityStateFlags;
  message: string;
  /** Where the browser focuses and points its message; the base's `validationAnchor` when left out. */
  anchor?: HTMLElement | undefined;
}

/** What one form-associated element adds to a LitElement: see `FormAssociated`. */
export declare abstract class FormAssociatedElement {
  /** @internal */
  protected readonly internals: ElementInternals;
  /** Disabled through an ancestor `<fieldset disabled>` (or the form-associated `disabled` attribute). @internal */
  protected formDisabled: boolean;
  get form(): HTMLFormElement | null;
  get validity(): ValidityState;
  get validationMessage(): string;
  get willValidate(): boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  /** What the form submits (null: nothing). Read by `syncForm()`. @internal */
  protected get formValue(): string | null;
  /** The validation hook: null when valid, else the validity flags and message. @internal */
  protected validate(): FormValidity | null;
  /** The control the browser focuses when a submit finds the element invalid. @internal */
  protected get validationAnchor(): HTMLElement | undefined;
  /** Sets the form value and then the validity. @internal */
  protected syncForm(): void;
  /** Sets the validity from `validate()`. @internal */
  protected syncValidity(): void;
  /** The form was reset. @internal */
  protected formReset(): void;
  /** The browser restores a value it kept (back/forward navigation, autofill). @internal */
  protected formStateRestore(state: string, mode: 'restore' | 'autocomplete'): void;
  /** @internal */
  formDisabledCallback(disabled: boolean): void;
  /** @internal */
  formResetCallback(): void;
  /** @internal */
  formStateRestoreCallback(state: string | File | FormData | null, mode: 'restore' | 'autocomplete'): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern needs an any[] constructor
type LitConstructor = abstract new (...args: any[]) => LitElement;

/** Controls that take focus, in the order a person meets them; the hidden file input of the toolbar is skipped. */
const focusableControl = 'input:not([type="hidden"]):not([tabindex="-1"]):not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled), [tabindex="0"]';

/**
 * The one form-associated base of the library (instruments, ui fields and the ui button), after
 * Web Awesome's form-associated element: ElementInternals, the form API of native controls
 * (`form`, `validity`, `checkValidity()` …), a validation hook (`validate()`) with a focusable
 * anchor so a blocked submit takes focus like a native control, `<fieldset disabled>`
 * (`formDisabled`), reset and state restore. An element supplies `formValue`, `validate()`,
 * `formReset()` and `formStateRestore()` as it needs them.
 */
export function FormAssociated<TBase extends LitConstructor>(Base: TBase) {
  abstract class FormAssociatedBase extends Base {
    /** @internal */
    static formAssociated = true;

    /** @internal */
    @state() protected formDisabled = false;

    /** @internal */
    protected readonly internals: ElementInternals = this.attachInternals();

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

    /** @internal */
    protected get formValue(): string | null {
      return null;
    }

    /** @internal */
    protected validate(): FormValidity | null {
      return null;
    }

    /** @internal */
    protected get validationAnchor(): HTMLElement | undefined {
      return this.renderRoot?.querySelector<HTMLElement>(focusableControl) ?? undefined;
    }

    /** @internal */
    protected syncForm(): void {
      this.internals.setFormValue(this.formValue);
      this.syncValidity();
    }

    /** @internal */
    protected syncValidity(): void {
      const invalid = this.validate();
      if (invalid) this.internals.setValidity(invalid.flags, invalid.message, invalid.anchor ?? this.validationAnchor);
      else this.internals.setValidity({});
    }

    /** After each render the controls may be new: the anchor is looked up again. @internal */
    protected override updated(changed: PropertyValues): void {
      super.updated(changed);
      this.syncValidity();
    }

    /** @internal */
    protected formReset(): void {}

    /** @internal */
    protected formStateRestore(_state: string, _mode: 'restore' | 'autocomplete'): void {}

    /** @internal */
    formDisabledCallback(disabled: boolean): void {
      this.formDisabled = disabled;
    }

    /** @internal */
    formResetCallback(): void {
      this.formReset();
      this.syncForm();
    }

    /** @internal */
    formStateRestoreCallback(state: string | File | FormData | null, mode: 'restore' | 'autocomplete'): void {
      if (typeof state === 'string') this.formStateRestore(state, mode);
    }
  }
  // The declared class gives subclasses the protected members: a class expression's own type cannot be exported with them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern needs an any[] constructor
  return FormAssociatedBase as unknown as (abstract new (...args: any[]) => FormAssociatedElement) & { formAssociated: boolean } & TBase;
}
