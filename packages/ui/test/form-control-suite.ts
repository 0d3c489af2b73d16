/**
 * One contract suite for every form-associated ui field (after Web Awesome's
 * runFormControlBaseTests): form value, required, reset, disabled fieldset, events, focus, axe.
 */
import { expect } from '@open-wc/testing';
import { setLocale } from '@niet-alleen/core';
import type { NaFormControl } from '@niet-alleen/ui';
import { cleanup, fixture, h, tabInto, expectFocusVisible, deepActiveElement } from './helpers.js';

export interface FormControlSuite {
  tag: 'na-text-field' | 'na-checkbox' | 'na-scale';
  /** Properties that make a complete, labelled field. */
  props: () => Record<string, unknown>;
  /** Fills the focused field with the keyboard only (the field has focus already). */
  fillWithKeyboard: () => Promise<void>;
  /** How many `input` events `fillWithKeyboard` causes (one per keystroke that edits). */
  inputs: number;
  /** What the form submits after `fillWithKeyboard`. */
  filled: string;
  /** What the form submits for an untouched field (null: nothing). */
  empty: string | null;
  /** Default validation message in Dutch and English. */
  missing: { nl: string; en: string };
}

export function runFormControlTests(o: FormControlSuite) {
  describe(`<${o.tag}> form control contract`, () => {
    afterEach(async () => {
      cleanup();
      await setLocale('nl');
    });

    const inForm = async (extra: Record<string, unknown> = {}) => {
      const form = fixture(h('form'));
      const before = h('button', { type: 'button' }, 'ervoor');
      const el = h(o.tag, { ...o.props(), name: 'veld', ...extra }) as unknown as NaFormControl;
      form.append(before, el);
      await el.updateComplete;
      return { form, before, el };
    };

    it('is form-associated and submits what the person filled in with the keyboard', async () => {
      const { form, before, el } = await inForm();
      expect((el.constructor as unknown as { formAssociated: boolean }).formAssociated).to.be.true;
      expect(el.form).to.equal(form);
      expect(new FormData(form).get('veld')).to.equal(o.empty);
      await tabInto(before);
      expectFocusVisible();
      await o.fillWithKeyboard();
      await el.updateComplete;
      expect(new FormData(form).get('veld')).to.equal(o.filled);
    });

    it('fires input and change on the host, once per edit, after the value changed', async () => {
      const { form, before, el } = await inForm();
      const seen: { type: string; target: EventTarget | null; value: unknown }[] = [];
      for (const type of ['input', 'change']) {
        form.addEventListener(type, (e) => seen.push({ type, target: e.target, value: new FormData(form).get('veld') }));
      }
      await tabInto(before);
      await o.fillWithKeyboard();
      before.focus(); // leaving the field commits a text field's change
      await el.updateComplete;
      const inputs = seen.filter((s) => s.type === 'input');
      const changes = seen.filter((s) => s.type === 'change');
      expect(inputs).to.have.length(o.inputs);
      expect(inputs.at(-1)!.value, 'the form value is current when input fires').to.equal(o.filled);
      expect(changes).to.have.length(1);
      expect(seen.every((s) => s.target === el)).to.be.true;
      expect(changes[0]!.value).to.equal(o.filled);
    });

    it('blocks submit while required and empty, with a message that can be overridden', async () => {
      const { form, before, el } = await inForm({ required: true });
      expect(form.checkValidity()).to.be.false;
      expect(el.validity.valueMissing).to.be.true;
      expect(el.validationMessage).to.equal(o.missing.nl);
      await setLocale('en');
      await el.updateComplete;
      expect(el.validationMessage).to.equal(o.missing.en);
      el.setAttribute('required-message', 'Dit hebben we nodig.');
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Dit hebben we nodig.');
      await tabInto(before);
      await o.fillWithKeyboard();
      await el.updateComplete;
      expect(form.checkValidity()).to.be.true;
      expect(el.matches(':invalid')).to.be.false;
    });

    it('goes back to its default when the form resets', async () => {
      const { form, before, el } = await inForm();
      await tabInto(before);
      await o.fillWithKeyboard();
      await el.updateComplete;
      form.reset();
      await el.updateComplete;
      expect(new FormData(form).get('veld')).to.equal(o.empty);
    });

    it('inside a disabled fieldset is skipped by Tab and not submitted', async () => {
      const form = fixture(h('form'));
      const fieldset = h('fieldset', { disabled: true });
      const before = h('button', { type: 'button' }, 'ervoor');
      const after = h('button', { type: 'button' }, 'erna');
      const el = h(o.tag, { ...o.props(), name: 'veld' }) as unknown as NaFormControl;
      fieldset.append(el);
      form.append(before, fieldset, after);
      await el.updateComplete;
      await tabInto(before);
      expect(deepActiveElement()).to.equal(after);
      expect(new FormData(form).has('veld')).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('has no axe violations, empty and required', async () => {
      const { el } = await inForm({ required: true });
      await expect(el).to.be.accessible();
    });
  });
}
