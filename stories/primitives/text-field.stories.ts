import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@niet-alleen/ui';
import { page } from './page.js';

interface Args {
  label: string;
  description: string;
  error: string;
  value: string;
  required: boolean;
  optional: boolean;
  multiline: boolean;
  readonly: boolean;
  disabled: boolean;
  type: 'text' | 'email' | 'tel' | 'date' | 'time' | 'url';
}

/**
 * `<na-text-field>`: label, description, error message and control in the NL Design System
 * order. "Verplicht" and "niet verplicht" are written in the label; the error is linked to the
 * control with `aria-describedby`. Form-associated: submits under `name`, resets, can be required.
 */
const meta: Meta<Args> = {
  title: 'Primitives/Tekstveld',
  component: 'na-text-field',
  tags: ['autodocs'],
  decorators: [page],
  args: { label: 'Naam', description: '', error: '', value: '', required: false, optional: false, multiline: false, readonly: false, disabled: false, type: 'text' },
  argTypes: { type: { control: 'select', options: ['text', 'email', 'tel', 'date', 'time', 'url'] } },
  render: (a) => html`<na-text-field
    label=${a.label}
    description=${a.description}
    error=${a.error}
    .value=${a.value}
    type=${a.type}
    ?required=${a.required}
    ?optional=${a.optional}
    ?multiline=${a.multiline}
    ?readonly=${a.readonly}
    ?disabled=${a.disabled}
  ></na-text-field>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Standaard: Story = {};
export const Ingevuld: Story = { args: { value: 'Fatma Yılmaz' } };
export const MetBeschrijving: Story = {
  name: 'Met beschrijving',
  args: { label: 'Telefoonnummer', type: 'tel', description: 'Alleen om een afspraak te maken.', optional: true },
};
export const Fout: Story = {
  args: { label: 'E-mailadres', type: 'email', value: 'fatma@', error: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.', required: true },
};
export const Verplicht: Story = { args: { required: true } };
export const NietVerplicht: Story = { name: 'Niet verplicht', args: { label: 'Tweede voornaam', optional: true } };
export const MeerdereRegels: Story = {
  name: 'Meerdere regels',
  args: { label: 'Wat wilt u vertellen?', multiline: true, value: 'Sinds de verhuizing ken ik hier bijna niemand.\nIk mis de markt.' },
};
export const AlleenLezen: Story = { name: 'Alleen lezen', args: { readonly: true, value: 'Fatma Yılmaz' } };
export const AlleenLezenLeeg: Story = { name: 'Alleen lezen, niet ingevuld', args: { readonly: true, label: 'Telefoonnummer' } };
export const Uitgeschakeld: Story = { args: { disabled: true, value: 'Fatma Yılmaz' } };
export const Engels: Story = {
  name: 'English',
  parameters: { locale: 'en' },
  render: () => html`
    <na-text-field label="Name" required></na-text-field>
    <na-text-field label="Phone number" type="tel" optional description="Only to make an appointment."></na-text-field>
    <na-text-field label="Email address" readonly></na-text-field>`,
};
