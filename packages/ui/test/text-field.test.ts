import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@niet-alleen/core';
import '@niet-alleen/ui';
import type { NaTextField } from '@niet-alleen/ui';
import { cleanup, fixture, h, tabInto, deepActiveElement } from './helpers.js';
import { runFormControlTests } from './form-control-suite.js';

runFormControlTests({
  tag: 'na-text-field',
  props: () => ({ label: 'Naam' }),
  fillWithKeyboard: () => sendKeys({ type: 'Fatma' }),
  inputs: 5,
  filled: 'Fatma',
  empty: '',
  missing: { nl: 'Vul dit veld in.', en: 'Fill in this field.' },
});

describe('<na-text-field>', () => {
  afterEach(async () => {
    cleanup();
    await setLocale('nl');
  });
  const make = async (props: Record<string, unknown>) => {
    const el = fixture(h('na-text-field', props)) as NaTextField;
    await el.updateComplete;
    return el;
  };
  const control = (el: NaTextField) => el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('.na-input')!;

  it('says "(verplicht)" and "(niet verplicht)" after the label as a word of its own, also to a screen reader', async function () {
    interface Ax { role: string; name: string; children: Ax[] }
    const names = async () => {
      const all = (n: Ax): Ax[] => [n, ...n.children.flatMap(all)];
      // A no-break space is a space to a screen reader.
      return all(await executeServerCommand<Ax, undefined>('chromium-ax-tree')).filter((n) => n.role === 'textbox').map((n) => n.name.replace(/\s+/g, ' '));
    };
    await make({ label: 'Naam', optional: true });
    await make({ label: 'Woonplaats', required: true });
    let seen: string[];
    try {
      seen = await names();
    } catch {
      this.skip(); // Chromium's own tree comes through its DevTools protocol only
    }
    expect(seen!).to.deep.equal(['Naam (niet verplicht)', 'Woonplaats (verplicht)']);
  });

  it('labels the control, links description and error, and marks it invalid', async () => {
    const el = await make({ label: 'E-mailadres', description: 'We sturen alleen een bevestiging.', error: 'Dit is geen e-mailadres.', type: 'email' });
    const input = control(el);
    expect(input.labels![0]!.textContent!.trim()).to.equal('E-mailadres');
    expect(input.type).to.equal('email');
    const described = input.getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent);
    expect(described).to.deep.equal(['We sturen alleen een bevestiging.', 'Dit is geen e-mailadres.']);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('says required and optional in the label text, in the active language', async () => {
    const el = await make({ label: 'Naam', required: true });
    expect(control(el).labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Naam (verplicht)');
    expect(control(el).required).to.be.true;
    await setLocale('en');
    await el.updateComplete;
    expect(control(el).labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Naam (required)');
    el.required = false;
    el.optional = true;
    await el.updateComplete;
    expect(control(el).labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Naam (optional)');
  });

  it('multiline renders a textarea where Enter makes a new line', async () => {
    const before = fixture(h('button', {}, 'ervoor'));
    const el = await make({ label: 'Toelichting', multiline: true });
    expect(control(el).localName).to.equal('textarea');
    await tabInto(before);
    await sendKeys({ type: 'regel een' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'regel twee' });
    expect(el.value).to.equal('regel een\nregel twee');
    await expect(el).to.be.accessible();
  });

  it('the value attribute is the default; the property follows typing', async () => {
    const before = fixture(h('button', {}, 'ervoor'));
    const el = await make({ label: 'Woonplaats', '@value': 'Leiden' });
    expect(control(el).value).to.equal('Leiden');
    await tabInto(before);
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'dorp' });
    expect(el.value).to.equal('Leidendorp');
    expect(el.getAttribute('value')).to.equal('Leiden');
  });

  it('readonly shows the text (or "Niet ingevuld") and still submits', async () => {
    const form = fixture(h('form'));
    const el = h('na-text-field', { label: 'Naam', name: 'naam', readonly: true, '@value': 'Fatma' }) as NaTextField;
    const empty = h('na-text-field', { label: 'Telefoon', readonly: true }) as NaTextField;
    form.append(el, empty);
    await el.updateComplete;
    await empty.updateComplete;
    expect(el.shadowRoot!.querySelector('input')).to.be.null;
    expect(el.shadowRoot!.textContent).to.contain('Fatma');
    expect(empty.shadowRoot!.textContent).to.contain('Niet ingevuld');
    expect(new FormData(form).get('naam')).to.equal('Fatma');
    await expect(el).to.be.accessible();
  });

  it('disabled is skipped by Tab and not submitted', async () => {
    const form = fixture(h('form'));
    const before = h('button', { type: 'button' }, 'ervoor');
    const el = h('na-text-field', { label: 'Naam', name: 'naam', disabled: true, '@value': 'x' }) as NaTextField;
    const after = h('button', { type: 'button' }, 'erna');
    form.append(before, el, after);
    await el.updateComplete;
    expect(control(el).disabled).to.be.true;
    await tabInto(before);
    expect(deepActiveElement()).to.equal(after);
    expect(new FormData(form).has('naam')).to.be.false;
  });

  it('focus() on the host focuses the control', async () => {
    const el = await make({ label: 'Naam' });
    el.focus();
    expect(deepActiveElement()).to.equal(control(el));
  });
});
