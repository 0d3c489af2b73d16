import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@niet-alleen/ui';
import { page } from './page.js';

interface Args {
  label: string;
  orientation: 'horizontal' | 'vertical';
}

/**
 * `<na-toolbar>`: a row of buttons that is one Tab stop (WAI-ARIA toolbar pattern). Inside it,
 * the arrow keys move between the buttons, Home and End go to the first and last; Tab leaves
 * and later returns to the button used last. Works with `<na-button>` and plain `<button>`.
 */
const meta: Meta<Args> = {
  title: 'Primitives/Werkbalk',
  component: 'na-toolbar',
  tags: ['autodocs'],
  decorators: [page],
  args: { label: '', orientation: 'horizontal' },
  argTypes: { orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] } },
  render: (a) => html`<na-toolbar label=${a.label} orientation=${a.orientation}>
    <na-button>Afdrukken</na-button>
    <na-button>Bewaar als bestand</na-button>
    <na-button>Open een bestand</na-button>
    <na-button variant="subtle">Ongedaan maken</na-button>
  </na-toolbar>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Standaard: Story = {};
export const MetNaam: Story = { name: 'Met eigen naam', args: { label: 'Acties voor de netwerkkaart' } };
export const Verticaal: Story = { args: { orientation: 'vertical' } };
export const MetUitgeschakeldeKnop: Story = {
  name: 'Met uitgeschakelde knop',
  render: () => html`<na-toolbar>
    <na-button disabled>Ongedaan maken</na-button>
    <na-button disabled>Opnieuw</na-button>
    <na-button>Afdrukken</na-button>
  </na-toolbar>`,
};
export const Engels: Story = {
  name: 'English',
  parameters: { locale: 'en' },
  render: () => html`<na-toolbar>
    <na-button>Print</na-button>
    <na-button>Save as file</na-button>
    <na-button>Open a file</na-button>
  </na-toolbar>`,
};
