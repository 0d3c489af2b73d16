import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@niet-alleen/core';
import '@niet-alleen/ui';
import type { NaAddItem, NaAddEvent } from '@niet-alleen/ui';
import { cleanup, fixture, h, tabInto, deepActiveElement, expectFocusVisible } from './helpers.js';

describe('<na-add-item>', () => {
  afterEach(async () => {
    cleanup();
    await setLocale('nl');
  });

  const make = async (props: Record<string, unknown> = {}) => {
    const before = fixture(h('button', {}, 'ervoor'));
    const el = fixture(h('na-add-item', props)) as NaAddItem;
    await el.updateComplete;
    const added: string[] = [];
    el.addEventListener('na-add', (e: NaAddEvent) => added.push(e.detail.text));
    const field = el.shadowRoot!.querySelector('input')!;
    const button = el.shadowRoot!.querySelector('button')!;
    return { before, el, added, field, button };
  };

  it('Enter adds the trimmed text, empties the field and keeps focus there', async () => {
    const { before, added, field } = await make();
    await tabInto(before);
    expect(deepActiveElement()).to.equal(field);
    expectFocusVisible();
    await sendKeys({ type: '  wandelen met de hond ' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'koken' });
    await sendKeys({ press: 'Enter' });
    expect(added).to.deep.equal(['wandelen met de hond', 'koken']);
    expect(field.value).to.equal('');
    expect(deepActiveElement()).to.equal(field);
  });

  it('the button adds too (Tab to it, Space), and empty text adds nothing', async () => {
    const { before, added, field, button } = await make();
    await tabInto(before);
    await sendKeys({ press: 'Enter' });
    expect(added).to.deep.equal([]);
    await sendKeys({ type: 'zingen' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(button);
    await sendKeys({ press: ' ' });
    expect(added).to.deep.equal(['zingen']);
    expect(deepActiveElement()).to.equal(field);
  });

  it('na-add is a typed, bubbling, composed event', async () => {
    const { el, field } = await make();
    let event: NaAddEvent | undefined;
    document.addEventListener('na-add', (e) => (event = e as NaAddEvent), { once: true });
    field.value = 'x';
    field.form!.requestSubmit();
    expect(event!.detail.text).to.equal('x');
    expect(event!.bubbles && event!.composed).to.be.true;
    expect(event!.target).to.equal(el);
  });

  it('default texts follow the locale, and attributes override them', async () => {
    const { el, field, button } = await make();
    expect(field.labels![0]!.textContent!.trim()).to.equal('Voeg zelf iets toe');
    expect(button.textContent!.trim()).to.equal('Toevoegen');
    await setLocale('en');
    await el.updateComplete;
    expect(field.labels![0]!.textContent!.trim()).to.equal('Add your own');
    expect(button.textContent!.trim()).to.equal('Add');
    el.setAttribute('label', 'Eigen signaal');
    el.setAttribute('button-label', 'Voeg signaal toe');
    await el.updateComplete;
    expect(field.labels![0]!.textContent!.trim()).to.equal('Eigen signaal');
    expect(button.textContent!.trim()).to.equal('Voeg signaal toe');
    await expect(el).to.be.accessible();
  });
});
