import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@niet-alleen/talentenkaart';
import { talentenkaartGroepDefinition, talentenkaartGroepExample, type TalentenkaartGroepValue } from '@niet-alleen/talentenkaart';
import { narrow, paper } from '../shared/layouts.js';

interface Args {
  value?: TalentenkaartGroepValue;
  readonly: boolean;
}

/**
 * Group mode (werkboek 8.2, "Wanneer u de wensen en talenten met meerdere mensen invult"):
 * `<na-talentenkaart-groep>` holds several people's cards in one value, shows shared wishes
 * and who could help whom, and keeps the group's actions.
 */
const meta: Meta<Args> = {
  title: 'Instrumenten/Talentenkaart/Groep',
  component: 'na-talentenkaart-groep',
  tags: ['autodocs'],
  args: { readonly: false },
  render: ({ value, readonly }) =>
    html`<na-talentenkaart-groep .value=${value ?? talentenkaartGroepDefinition.empty()} ?readonly=${readonly}></na-talentenkaart-groep>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Leeg: Story = {};
export const GroepVanDrie: Story = { name: 'Groep van drie', args: { value: talentenkaartGroepExample } };
export const AlleenLezen: Story = { name: 'Alleen lezen', args: { value: talentenkaartGroepExample, readonly: true } };
export const Engels: Story = { name: 'English', args: { value: talentenkaartGroepExample }, parameters: { locale: 'en' } };
export const Mobiel: Story = {
  name: 'Mobiel (320 px)',
  args: { value: talentenkaartGroepExample },
  render: ({ value }) => narrow(html`<na-talentenkaart-groep .value=${value}></na-talentenkaart-groep>`),
};
export const Afdrukvoorbeeld: Story = {
  args: { value: talentenkaartGroepExample },
  render: ({ value }) => paper(html`<na-talentenkaart-groep print-preview readonly .value=${value}></na-talentenkaart-groep>`),
};
