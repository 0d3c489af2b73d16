import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@niet-alleen/core';
import '@niet-alleen/ui';
import type { NaErrorSummary, NaTextField } from '@niet-alleen/ui';
import { cleanup, fixture, h, deepActiveElement, expectFocusVisible } from './helpers.js';

describe('<na-error-summary>', () => {
  afterEach(async () => {
    cleanup();
    await setLocale('nl');
  });

  const make = async () => {
    const form = fixture(h('form'));
    const summary = h('na-error-summary') as NaErrorSummary;
    const naam = h('na-text-field', { id: 'naam', label: 'Naam', required: true }) as NaTextField;
    const plain = h('input', { id: 'telefoon' });
    const label = h('label', { htmlFor: 'telefoon' }, 'Telefoon');
    form.append(summary, naam, label, plain);
    await summary.updateComplete;
    await naam.updateComplete;
    return { summary, naam, plain };
  };

  it('renders nothing while there are no errors', async () => {
    const { summary } = await make();
    expect(summary.shadowRoot!.querySelector('[part="error-summary"]')).to.be.null;
  });

  it('lists the errors under a title, as an alert; focus() moves to it', async () => {
    const { summary } = await make();
    summary.errors = [{ id: 'naam', message: 'Vul uw naam in.' }, { id: 'telefoon', message: 'Vul een telefoonnummer in.' }];
    await summary.updateComplete;
    const box = summary.shadowRoot!.querySelector<HTMLElement>('[part="error-summary"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.querySelector('strong')!.textContent).to.equal('Controleer de volgende punten');
    expect([...box.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(['Vul uw naam in.', 'Vul een telefoonnummer in.']);
    summary.focus();
    expect(deepActiveElement()).to.equal(box);
    await setLocale('en');
    await summary.updateComplete;
    expect(box.querySelector('strong')!.textContent).to.equal('Please check the following');
    summary.heading = 'Er ontbreekt iets';
    await summary.updateComplete;
    expect(box.querySelector('strong')!.textContent).to.equal('Er ontbreekt iets');
    await expect(summary).to.be.accessible();
  });

  it('Tab to a link and Enter moves focus to the field in the page, also inside na-text-field', async () => {
    const { summary, naam, plain } = await make();
    summary.errors = [{ id: 'naam', message: 'Vul uw naam in.' }, { id: 'telefoon', message: 'Vul een telefoonnummer in.' }];
    await summary.updateComplete;
    summary.focus();
    await sendKeys({ press: 'Tab' });
    expectFocusVisible();
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal(naam.shadowRoot!.querySelector('input'));
    summary.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal(plain);
    expect(location.hash).to.equal('');
  });
});
