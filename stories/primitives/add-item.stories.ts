import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@niet-alleen/ui';
import { page } from './page.js';
import type { NaAddEvent } from '@niet-alleen/ui';

interface Args {
  label: string;
  buttonLabel: string;
  description: string;
}

/**
 * `<na-add-item>`: "add your own item". Everyone can add their own signals, talents or people.
 * Enter or the button fires `na-add` with the text; the field empties and keeps focus, so you
 * can add several in a row. Empty text adds nothing.
 */
const meta: Meta<Args> = {
  title: 'Primitives/Zelf toevoegen',
  component: 'na-add-item',
  tags: ['autodocs'],
  decorators: [page],
  args: { label: '', buttonLabel: '', description: '' },
  render: (a) => html`<na-add-item label=${a.label} button-label=${a.buttonLabel} description=${a.description}></na-add-item>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Standaard: Story = {};
export const EigenTeksten: Story = {
  name: 'Eigen teksten',
  args: { label: 'Ander signaal', buttonLabel: 'Voeg signaal toe', description: 'Bijvoorbeeld: komt niet meer naar de soos.' },
};

/** Listens to na-add and puts each text on a note (through a property, never as HTML). */
export const MetLijst: Story = {
  name: 'Met lijst',
  render: () => {
    const add = (event: NaAddEvent) => {
      const list = (event.target as HTMLElement).parentElement!.querySelector('ul')!;
      const item = document.createElement('li');
      const note = document.createElement('na-note-card');
      note.text = event.detail.text;
      item.append(note);
      list.append(item);
    };
    return html`<div>
      <ul style="list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: 0.5rem"></ul>
      <na-add-item label="Waar bent u goed in?" button-label="Toevoegen" @na-add=${add}></na-add-item>
    </div>`;
  },
};
export const Engels: Story = { name: 'English', parameters: { locale: 'en' } };
