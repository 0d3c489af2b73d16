import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@niet-alleen/ui';
import { page } from './page.js';

interface Args {
  text: string;
  author: string;
  colorIndex: number;
}

/**
 * `<na-note-card>`: a sticky note ("geeltje") as used on the talentenkaart and the
 * partnerschapskaart. Each author gets a colour, but the name is always on the note too.
 */
const meta: Meta<Args> = {
  title: 'Primitives/Notitie',
  component: 'na-note-card',
  tags: ['autodocs'],
  decorators: [page],
  args: { text: 'Kan goed koken voor veel mensen', author: 'Fatma', colorIndex: 1 },
  argTypes: { colorIndex: { control: { type: 'range', min: 1, max: 6, step: 1 } } },
  render: (a) => html`<div style="max-inline-size: 16rem">
    <na-note-card text=${a.text} author=${a.author} color-index=${a.colorIndex}></na-note-card>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Standaard: Story = {};
export const ZonderAuteur: Story = { name: 'Zonder auteur', args: { author: '' } };
export const LangeTekst: Story = {
  name: 'Lange tekst met regels',
  args: { text: 'Wandelt elke ochtend met de hond.\nKent daardoor veel mensen in de buurt,\nmaar spreekt ze zelden echt.', author: 'Buurman Kees', colorIndex: 3 },
};
export const AlleKleuren: Story = {
  name: 'Alle kleuren',
  render: () => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 1rem">
    ${['Fatma', 'Kees', 'Anouk', 'Mohamed', 'Jet', 'Sanne'].map(
      (author, i) => html`<na-note-card text="Luistert goed" author=${author} color-index=${i + 1}></na-note-card>`,
    )}
  </div>`,
};
export const MetActies: Story = {
  name: 'Met acties',
  render: () => html`<div style="max-inline-size: 16rem">
    <na-note-card text="Kan goed koken voor veel mensen" author="Fatma" color-index="2">
      <na-button slot="actions" variant="subtle">Verwijder</na-button>
    </na-note-card>
  </div>`,
};
export const Engels: Story = {
  name: 'English',
  parameters: { locale: 'en' },
  args: { text: 'Good at cooking for many people', author: 'Fatma', colorIndex: 4 },
};
