import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@niet-alleen/core';
import '@niet-alleen/ui';
import type { NaButton } from '@niet-alleen/ui';
import { cleanup, fixture, h, tabInto, deepActiveElement, expectFocusVisible } from './helpers.js';

describe('<na-button>', () => {
  afterEach(async () => {
    cleanup();
    await setLocale('nl');
  });

  const make = async (props: Record<string, unknown> = {}, text = 'Opslaan') => {
    const before = fixture(h('button', {}, 'ervoor'));
    const el = fixture(h('na-button', props, text)) as NaButton;
    await el.updateComplete;
    return { before, el, inner: el.shadowRoot!.querySelector('button')! };
  };

  it('is a native button named by its slotted text, with the variant', async () => {
    const { el, inner } = await make({ variant: 'primary' });
    expect(inner.type).to.equal('button');
    expect(inner.dataset.variant).to.equal('primary');
    const slot = inner.querySelector('slot')!;
    expect(slot.assignedNodes().map((n) => n.textContent).join('')).to.equal('Opslaan');
    await expect(el).to.be.accessible();
  });

  it('uses the label property instead of the slot when set', async () => {
    const { inner } = await make({ label: 'Bewaren' }, '');
    expect(inner.textContent!.trim()).to.equal('Bewaren');
  });

  it('is reached with Tab, shows focus, and Enter and Space click it', async () => {
    const { before, el } = await make();
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    await tabInto(before);
    expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelector('button'));
    expectFocusVisible();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: ' ' });
    expect(clicks).to.equal(2);
  });

  it('when disabled stays focusable, is announced as unavailable, and fires no click', async () => {
    const { before, el, inner } = await make({ disabled: true });
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    await tabInto(before);
    expect(deepActiveElement()).to.equal(inner);
    expect(inner.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    inner.click();
    expect(clicks).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('reports pressed and expanded only when set', async () => {
    const { el, inner } = await make();
    expect(inner.hasAttribute('aria-pressed')).to.be.false;
    el.pressed = true;
    el.expanded = false;
    await el.updateComplete;
    expect(inner.getAttribute('aria-pressed')).to.equal('true');
    expect(inner.getAttribute('aria-expanded')).to.equal('false');
  });

  it('type="submit" submits its form and type="reset" resets it', async () => {
    const form = fixture(h('form'));
    const input = h('input', { name: 'x', value: '' });
    const submit = h('na-button', { type: 'submit' }, 'Verstuur') as NaButton;
    const reset = h('na-button', { type: 'reset' }, 'Wis') as NaButton;
    form.append(input, submit, reset);
    await submit.updateComplete;
    let submits = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submits++;
    });
    submit.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(submits).to.equal(1);
    input.value = 'iets';
    reset.shadowRoot!.querySelector('button')!.click();
    expect(input.value).to.equal('');
  });
});
