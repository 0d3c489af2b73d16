import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@niet-alleen/signaleringskaart';
import { signaleringskaartExample, type SignaleringskaartValue } from '@niet-alleen/signaleringskaart';
import { narrow, paper } from '../shared/layouts.js';

interface Args {
  value?: SignaleringskaartValue;
  readonly: boolean;
}

const meta: Meta<Args> = {
  title: 'Instrumenten/Signaleringskaart',
  component: 'na-signaleringskaart',
  tags: ['autodocs'],
  args: { readonly: false },
  render: ({ value, readonly }) =>
    html`<na-signaleringskaart .value=${value ?? signaleringskaartEmpty()} ?readonly=${readonly}></na-signaleringskaart>`,
};
export default meta;
type Story = StoryObj<Args>;

function signaleringskaartEmpty(): SignaleringskaartValue {
  return { schemaVersion: 1, marked: [], own: [], notes: '', nextStep: null };
}

export const Leeg: Story = {};
export const Ingevuld: Story = { args: { value: signaleringskaartExample } };
export const AlleenLezen: Story = { name: 'Alleen lezen', args: { value: signaleringskaartExample, readonly: true } };
export const Engels: Story = { name: 'English', args: { value: signaleringskaartExample }, parameters: { locale: 'en' } };
export const Thema: Story = { name: 'Thema: Gemeente Rivierstad', args: { value: signaleringskaartExample }, parameters: { theme: 'gemeente-rivierstad' } };
export const Donker: Story = { name: 'Thema: donker', args: { value: signaleringskaartExample }, parameters: { theme: 'gemeente-duinwijk-donker' } };
export const Mobiel: Story = {
  name: 'Mobiel (320 px)',
  args: { value: signaleringskaartExample },
  render: ({ value }) => narrow(html`<na-signaleringskaart .value=${value}></na-signaleringskaart>`),
};
export const Afdrukvoorbeeld: Story = {
  args: { value: signaleringskaartExample },
  render: ({ value }) => paper(html`<na-signaleringskaart print-preview .value=${value}></na-signaleringskaart>`),
};
export const AfdrukvoorbeeldLeeg: Story = {
  name: 'Afdrukvoorbeeld (blanco kaart)',
  render: () => paper(html`<na-signaleringskaart print-preview></na-signaleringskaart>`),
};
