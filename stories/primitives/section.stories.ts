import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@niet-alleen/ui';
import { page } from './page.js';

interface Args {
  heading: string;
  headingLevel: number;
  description: string;
}

/**
 * `<na-section>`: a titled region (`<section aria-labelledby>`) with a real heading. Choose the
 * heading level that fits your page's outline with `heading-level`; the look stays the same.
 */
const meta: Meta<Args> = {
  title: 'Primitives/Sectie',
  component: 'na-section',
  tags: ['autodocs'],
  decorators: [page],
  args: { heading: 'Mijn netwerk', headingLevel: 2, description: '' },
  argTypes: { headingLevel: { control: { type: 'number', min: 1, max: 6 } } },
  render: (a) => html`<na-section heading=${a.heading} heading-level=${a.headingLevel} description=${a.description}>
    <p style="margin: 0">Wie zijn er belangrijk voor u, en hoe vaak ziet u ze?</p>
  </na-section>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Standaard: Story = {};
export const MetBeschrijving: Story = { name: 'Met beschrijving', args: { description: 'Denk aan familie, buren, vrienden en mensen van de club.' } };
export const Kopniveau3: Story = { name: 'Kopniveau 3', args: { heading: 'Familie', headingLevel: 3 } };
export const MetVelden: Story = {
  name: 'Met velden',
  render: () => html`<na-section heading="Contactgegevens" description="We gebruiken dit alleen om een afspraak te maken.">
    <na-text-field label="Naam" required></na-text-field>
    <na-text-field label="Telefoonnummer" type="tel" optional></na-text-field>
    <na-checkbox label="Ik wil liever gebeld worden dan gemaild"></na-checkbox>
  </na-section>`,
};
export const Engels: Story = {
  name: 'English',
  parameters: { locale: 'en' },
  args: { heading: 'My network', description: 'Think of family, neighbours, friends and people from the club.' },
  render: (a) => html`<na-section heading=${a.heading} description=${a.description}>
    <na-text-field label="Name" required></na-text-field>
  </na-section>`,
};
