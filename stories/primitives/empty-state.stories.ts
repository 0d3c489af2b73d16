import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@niet-alleen/ui';
import { page } from './page.js';

interface Args {
  heading: string;
  description: string;
}

/** `<na-empty-state>`: what a list shows before anything is in it, and what to do next. */
const meta: Meta<Args> = {
  title: 'Primitives/Lege staat',
  component: 'na-empty-state',
  tags: ['autodocs'],
  decorators: [page],
  args: { heading: '', description: '' },
  render: (a) => html`<na-empty-state heading=${a.heading} description=${a.description}></na-empty-state>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Standaard: Story = {};
export const MetBeschrijving: Story = { name: 'Met beschrijving', args: { description: 'Voeg hieronder iemand toe die belangrijk voor u is.' } };
export const EigenTitel: Story = { name: 'Eigen titel', args: { heading: 'Nog geen contacten', description: 'Voeg hieronder iemand toe die belangrijk voor u is.' } };
export const Engels: Story = { name: 'English', parameters: { locale: 'en' } };
