import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@niet-alleen/core';
import '@niet-alleen/ui';
import type { NaScale, ScaleOption } from '@niet-alleen/ui';
import { cleanup, fixture, h, tabInto, deepActiveElement, expectFocusVisible } from './helpers.js';
import { runFormControlTests } from './form-control-suite.js';

const options: ScaleOption[] = [
  { value: 'ja', label: 'Ja' },
  { value: 'soms', label: 'Soms' },
  { value: 'nee', label: 'Nee' },
];

runFormControlTests({
  tag: 'na-scale',
  props: () => ({ legend: 'Ik mis mensen om me heen', options }),
  // Tab lands on the first radio of an empty group; Space chooses it.
  fillWithKeyboard: () => sendKeys({ press: ' ' }),
  inputs: 1,
  filled: 'ja',
  empty: null,
  missing: { nl: 'Kies een antwoord.', en: 'Choose an answer.' },
});

describe('<na-scale>', () => {
  afterEach(async () => {
    cleanup();
    await setLocale('nl');
  });
  const radios = (el: NaScale) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];

  it('is a radio group named by the statement, one radio per option', async () => {
    const el = fixture(h('na-scale', { legend: 'Ik mis mensen om me heen', options })) as NaScale;
    await el.updateComplete;
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal('Ik mis mensen om me heen');
    expect(radios(el).map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal(['Ja', 'Soms', 'Nee']);
    expect(new Set(radios(el).map((r) => r.name)).size).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('arrow keys move through the options and choose; Tab leaves the group', async () => {
    const before = fixture(h('button', {}, 'ervoor'));
    const el = fixture(h('na-scale', { legend: 'Stelling', options })) as NaScale;
    const after = fixture(h('button', {}, 'erna'));
    await el.updateComplete;
    await tabInto(before);
    expectFocusVisible();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('soms');
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('nee');
    await sendKeys({ press: 'ArrowUp' });
    expect(el.value).to.equal('soms');
    expect(radios(el)[1]!.checked).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(after);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()).to.equal(radios(el)[1]);
  });

  it('focus() goes to the chosen option, like Tab into the group', async () => {
    const el = fixture(h('na-scale', { legend: 'Stelling', options, value: 'nee' })) as NaScale;
    await el.updateComplete;
    el.focus();
    expect(deepActiveElement()).to.equal(radios(el)[2]);
  });

  it('shows short marks but keeps the label as the accessible name', async () => {
    const el = fixture(h('na-scale', { legend: 'Stelling', options: [{ value: 'a', label: 'Helemaal mee eens', short: 'A' }] })) as NaScale;
    await el.updateComplete;
    const mark = el.shadowRoot!.querySelector('strong')!;
    expect(mark.textContent).to.equal('A');
    expect(mark.getAttribute('aria-hidden')).to.equal('true');
  });

  it('accepts options as a JSON attribute and a default value attribute', async () => {
    const el = fixture(h('na-scale', { '@legend': 'Stelling', '@options': JSON.stringify(options), '@value': 'nee' })) as NaScale;
    await el.updateComplete;
    expect(radios(el)).to.have.length(3);
    expect(radios(el)[2]!.checked).to.be.true;
  });

  it('readonly shows the answer but cannot be changed', async () => {
    const el = fixture(h('na-scale', { legend: 'Stelling', options, value: 'soms', readonly: true })) as NaScale;
    await el.updateComplete;
    expect(radios(el).every((r) => r.disabled)).to.be.true;
    radios(el)[0]!.click();
    expect(el.value).to.equal('soms');
    await expect(el).to.be.accessible();
  });
});
