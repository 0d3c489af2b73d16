/**
 * core's scale() and selectField() hand back the chosen option's own value, typed as the options'
 * values, so an instrument needs no cast (issue 23). Driven as a user would: a click on a radio,
 * a choice in the select.
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { scale, selectField } from '@niet-alleen/core';

type Frequency = 'vaak' | 'soms' | 'nooit';
const frequencies: readonly Frequency[] = ['vaak', 'soms', 'nooit'];

describe('core: scale() and selectField() give back typed values', () => {
  let host: HTMLElement;
  beforeEach(() => {
    host = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => host.remove());

  it('scale(): clicking an option hands its value to onChange, as the options’ type', () => {
    const chosen: Frequency[] = [];
    // Compiles only while scale() is generic: onChange takes a Frequency, not any string.
    const onChange = (value: Frequency) => chosen.push(value);
    render(scale({ name: 'hoe-vaak', legend: 'Hoe vaak?', options: frequencies.map((f) => ({ value: f, label: f.toUpperCase() })), selected: 'vaak', onChange }), host);
    const radio = [...host.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) => r.closest('label')!.textContent!.trim() === 'SOMS')!;
    expect(host.querySelector<HTMLInputElement>('input:checked')!.value).to.equal('vaak');
    radio.click();
    expect(chosen).to.deep.equal(['soms']);
  });

  it('selectField(): choosing an option hands its value to onChange, as the options’ type', () => {
    const chosen: Array<Frequency | ''> = [];
    const onChange = (value: Frequency | '') => chosen.push(value);
    const options = [{ value: '' as const, label: 'Niet gezegd' }, ...frequencies.map((f) => ({ value: f, label: f.toUpperCase() }))];
    render(html`${selectField({ id: 'freq', label: 'Hoe vaak', value: 'soms', options, onChange })}`, host);
    const select = host.querySelector('select')!;
    expect(select.labels[0]!.textContent).to.equal('Hoe vaak');
    expect(select.selectedOptions[0]!.textContent).to.equal('SOMS');
    select.value = 'nooit';
    select.dispatchEvent(new Event('change'));
    select.value = '';
    select.dispatchEvent(new Event('change'));
    expect(chosen).to.deep.equal(['nooit', '']);
  });
});
