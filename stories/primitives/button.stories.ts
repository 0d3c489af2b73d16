import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@niet-alleen/ui';
import { page } from './page.js';

interface Args {
  text: string;
  variant: 'primary' | 'secondary' | 'subtle';
  disabled: boolean;
  pressed?: boolean;
  type: 'button' | 'submit' | 'reset';
}

/**
 * `<na-button>`: core's `button()` primitive as an element. Three variants; a disabled button
 * stays focusable and says it is unavailable (`aria-disabled`), so nobody wonders where it went.
 */
const meta: Meta<Args> = {
  title: 'Primitives/Knop',
  component: 'na-button',
  tags: ['autodocs'],
  decorators: [page],
  args: { text: 'Opslaan', variant: 'secondary', disabled: false, type: 'button' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'subtle'] },
    type: { control: 'inline-radio', options: ['button', 'submit', 'reset'] },
    pressed: { control: 'boolean' },
  },
  render: ({ text, variant, disabled, pressed, type }) =>
    html`<na-button variant=${variant} ?disabled=${disabled} .pressed=${pressed} type=${ifDefined(type)}>${text}</na-button>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Secundair: Story = {};
export const Primair: Story = { args: { variant: 'primary', text: 'Versturen' } };
export const Subtiel: Story = { args: { variant: 'subtle', text: 'Verwijder' } };
export const Uitgeschakeld: Story = { args: { disabled: true, variant: 'primary', text: 'Versturen' } };
export const Ingedrukt: Story = { name: 'Ingedrukt (schakelknop)', args: { pressed: true, text: 'Toon afdrukvoorbeeld' } };

export const Naast_elkaar: Story = {
  name: 'Alle varianten',
  render: () => html`<div style="display: flex; flex-wrap: wrap; gap: 1rem">
    <na-button variant="primary">Versturen</na-button>
    <na-button>Afdrukken</na-button>
    <na-button variant="subtle">Verwijder</na-button>
    <na-button variant="primary" disabled>Versturen</na-button>
  </div>`,
};

export const Engels: Story = {
  name: 'English',
  parameters: { locale: 'en' },
  render: () => html`<div style="display: flex; flex-wrap: wrap; gap: 1rem">
    <na-button variant="primary">Send</na-button>
    <na-button>Print</na-button>
    <na-button variant="subtle">Remove</na-button>
  </div>`,
};
