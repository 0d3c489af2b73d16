import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@niet-alleen/talentenkaart';
import { talentenkaartDefinition, talentenkaartExample, type TalentenkaartValue } from '@niet-alleen/talentenkaart';
import { narrow, paper } from '../shared/layouts.js';

interface Args {
  value?: TalentenkaartValue;
  readonly: boolean;
}

/**
 * Mijn talenten en wensen (werkboek 8.5). "Wie kan helpen?" fires `na-wish-help` with the
 * wish; a page can open the persoonlijke netwerkkaart from it (see the Actions panel).
 */
const meta: Meta<Args> = {
  title: 'Instrumenten/Talentenkaart/Mijn talenten en wensen',
  component: 'na-talentenkaart',
  tags: ['autodocs'],
  args: { readonly: false },
  render: ({ value, readonly }) =>
    html`<na-talentenkaart .value=${value ?? talentenkaartDefinition.empty()} ?readonly=${readonly}></na-talentenkaart>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Leeg: Story = {};
export const Ingevuld: Story = { args: { value: talentenkaartExample } };
export const AlleenLezen: Story = { name: 'Alleen lezen', args: { value: talentenkaartExample, readonly: true } };
export const Engels: Story = { name: 'English', args: { value: talentenkaartExample }, parameters: { locale: 'en' } };
export const Thema: Story = { name: 'Thema: Gemeente Rivierstad', args: { value: talentenkaartExample }, parameters: { theme: 'gemeente-rivierstad' } };
export const Mobiel: Story = {
  name: 'Mobiel (320 px)',
  args: { value: talentenkaartExample },
  render: ({ value }) => narrow(html`<na-talentenkaart .value=${value}></na-talentenkaart>`),
};
export const Afdrukvoorbeeld: Story = {
  args: { value: talentenkaartExample },
  render: ({ value }) => paper(html`<na-talentenkaart print-preview readonly .value=${value}></na-talentenkaart>`),
};
export const AfdrukvoorbeeldLeeg: Story = {
  name: 'Afdrukvoorbeeld (blanco kaart)',
  render: () => paper(html`<na-talentenkaart print-preview></na-talentenkaart>`),
};
