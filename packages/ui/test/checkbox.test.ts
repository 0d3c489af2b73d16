import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@niet-alleen/core';
import '@niet-alleen/ui';
import type { NaCheckbox } from '@niet-alleen/ui';
import { cleanup, fixture, h } from './helpers.js';
import { runFormControlTests } from './form-control-suite.js';

runFormControlTests({
  tag: 'na-checkbox',
  props: () => ({ label: 'Ik wil gebeld worden', value: 'ja' }),
  fillWithKeyboard: () => sendKeys({ press: ' ' }),
  inputs: 1,
  filled: 'ja',
  empty: null,
  missing: { nl: 'Vink dit aan om verder te gaan.', en: 'Tick this box to continue.' },
});

describe('<na-checkbox>', () => {
  afterEach(async () => {
    cleanup();
    await setLocale('nl');
  });
  const box = (el: NaCheckbox) => el.shadowRoot!.querySelector('input')!;

  it('is a real checkbox named by its label or by its slotted text', async () => {
    const a = fixture(h('na-checkbox', { label: 'Vermoeidheid' })) as NaCheckbox;
    const b = fixture(h('na-checkbox', {}, 'Slaapproblemen')) as NaCheckbox;
    await a.updateComplete;
    await b.updateComplete;
    expect(box(a).type).to.equal('checkbox');
    expect(box(a).closest('label')!.textContent!.trim()).to.equal('Vermoeidheid');
    const slot = box(b).closest('label')!.querySelector('slot')!;
    expect(slot.assignedNodes().map((n) => n.textContent).join('')).to.equal('Slaapproblemen');
    await expect(a).to.be.accessible();
    await expect(b).to.be.accessible();
  });

  it('Space toggles it on and off; the checked property follows', async () => {
    const el = fixture(h('na-checkbox', { label: 'Vermoeidheid' })) as NaCheckbox;
    await el.updateComplete;
    el.focus();
    await sendKeys({ press: ' ' });
    expect(el.checked).to.be.true;
    expect(box(el).checked).to.be.true;
    await sendKeys({ press: ' ' });
    expect(el.checked).to.be.false;
  });

  it('the checked attribute is the default the form resets to', async () => {
    const form = fixture(h('form'));
    const el = h('na-checkbox', { label: 'Nieuwsbrief', name: 'nb', '@checked': '' }) as NaCheckbox;
    form.append(el);
    await el.updateComplete;
    expect(new FormData(form).get('nb')).to.equal('on');
    el.focus();
    await sendKeys({ press: ' ' });
    expect(new FormData(form).has('nb')).to.be.false;
    form.reset();
    await el.updateComplete;
    expect(el.checked).to.be.true;
    expect(box(el).checked).to.be.true;
  });

  it('readonly shows the state but cannot be changed', async () => {
    const el = fixture(h('na-checkbox', { label: 'Vermoeidheid', checked: true, readonly: true })) as NaCheckbox;
    await el.updateComplete;
    box(el).click();
    await el.updateComplete;
    expect(el.checked).to.be.true;
    expect(box(el).disabled).to.be.true;
    await expect(el).to.be.accessible();
  });
});
