import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@niet-alleen/talentenkaart';
import { interessesWaardenDefinition, interessesWaardenExample, type InteressesWaardenValue } from '@niet-alleen/talentenkaart';
import { narrow, paper } from '../shared/layouts.js';

interface Args {
  value?: InteressesWaardenValue;
  readonly: boolean;
}

/**
 * Interesses en waarden (werkboek 8.6). Each interest is a button that cycles
 * neutraal → vind ik leuk (♥) → heb ik een hekel aan (✕) → neutraal, by click, tap, Space or Enter.
 */
const meta: Meta<Args> = {
  title: 'Instrumenten/Talentenkaart/Interesses en waarden',
  component: 'na-interesses-waarden',
  tags: ['autodocs'],
  args: { readonly: false },
  render: ({ value, readonly }) =>
    html`<na-interesses-waarden .value=${value ?? interessesWaardenDefinition.empty()} ?readonly=${readonly}></na-interesses-waarden>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Leeg: Story = {};
export const Ingevuld: Story = { args: { value: interessesWaardenExample } };
export const AlleenLezen: Story = { name: 'Alleen lezen', args: { value: interessesWaardenExample, readonly: true } };
export const Engels: Story = { name: 'English', args: { value: interessesWaardenExample }, parameters: { locale: 'en' } };
export const Donker: Story = { name: 'Thema: donker', args: { value: interessesWaardenExample }, parameters: { theme: 'gemeente-duinwijk-donker' } };
export const Mobiel: Story = {
  name: 'Mobiel (320 px)',
  args: { value: interessesWaardenExample },
  render: ({ value }) => narrow(html`<na-interesses-waarden .value=${value}></na-interesses-waarden>`),
};
export const Afdrukvoorbeeld: Story = {
  args: { value: interessesWaardenExample },
  render: ({ value }) => paper(html`<na-interesses-waarden print-preview readonly .value=${value}></na-interesses-waarden>`),
};
export const AfdrukvoorbeeldLeeg: Story = {
  name: 'Afdrukvoorbeeld (blanco)',
  render: () => paper(html`<na-interesses-waarden print-preview></na-interesses-waarden>`),
};
