import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@niet-alleen/ui';
import { page } from './page.js';

interface Args {
  label: string;
  checked: boolean;
  required: boolean;
  readonly: boolean;
  disabled: boolean;
}

/**
 * `<na-checkbox>`: a checkbox whose whole row is the target (at least 44 px high). A checked
 * row gets a background as well as the tick. Form-associated: submits `value` when checked.
 */
const meta: Meta<Args> = {
  title: 'Primitives/Selectievakje',
  component: 'na-checkbox',
  tags: ['autodocs'],
  decorators: [page],
  args: { label: 'Ik wil gebeld worden', checked: false, required: false, readonly: false, disabled: false },
  render: (a) => html`<na-checkbox
    label=${a.label}
    .checked=${a.checked}
    ?required=${a.required}
    ?readonly=${a.readonly}
    ?disabled=${a.disabled}
  ></na-checkbox>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Standaard: Story = {};
export const Aangevinkt: Story = { args: { checked: true } };
export const Verplicht: Story = { args: { label: 'Ik heb de uitleg over privacy gelezen', required: true } };
export const AlleenLezen: Story = { name: 'Alleen lezen', args: { readonly: true, checked: true } };
export const Uitgeschakeld: Story = { args: { disabled: true } };
export const Lijst: Story = {
  name: 'Lijst (label via slot)',
  render: () => html`<fieldset style="border: 0; padding: 0; margin: 0">
    <legend style="font: 700 1rem system-ui, sans-serif; margin-block-end: 0.25rem">Lichamelijke signalen</legend>
    <na-checkbox name="signaal" value="vermoeidheid" checked>vermoeidheid</na-checkbox>
    <na-checkbox name="signaal" value="slaapproblemen">slaapproblemen</na-checkbox>
    <na-checkbox name="signaal" value="hoofdpijn">hoofdpijn</na-checkbox>
  </fieldset>`,
};
export const Engels: Story = {
  name: 'English',
  parameters: { locale: 'en' },
  args: { label: 'Please call me', checked: true },
};
