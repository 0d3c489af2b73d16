/**
 * Right to left: every instrument inside `dir="rtl"`, as on a page in Arabic or Hebrew. All
 * styles use logical properties (inline-start, not left), so the layout mirrors; the stories
 * test checks that nothing sticks out (`reflow: true`). The texts stay Dutch: this shows the
 * layout a translation into a right-to-left language gets.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { instrumentStory as story } from './instruments.js';

const meta: Meta = {
  title: 'Toegankelijkheid/Rechts naar links (dir=rtl)',
  parameters: { reflow: true },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};
export default meta;
type Story = StoryObj;

export const Signaleringskaart: Story = story('Signaleringskaart');
export const ReflectorVooroordelen: Story = story('ReflectorVooroordelen');
export const ReflectorEenzaamheid: Story = story('ReflectorEenzaamheid');
export const ReflectorEenzaamheidVergelijking: Story = story('ReflectorEenzaamheidVergelijking');
export const BekendBesluitenBereiken: Story = story('BekendBesluitenBereiken');
export const Ondersteuningsvaardigheden: Story = story('Ondersteuningsvaardigheden');
export const Feedbackformulier: Story = story('Feedbackformulier');
export const Talentenkaart: Story = story('Talentenkaart');
export const TalentenkaartGroep: Story = story('TalentenkaartGroep');
export const InteressesWaarden: Story = story('InteressesWaarden');
export const Netwerkkaart: Story = story('Netwerkkaart');
export const Partnerschapskaart: Story = story('Partnerschapskaart');
export const Verwijskaart: Story = story('Verwijskaart');
export const VerwijskaartEditor: Story = story('VerwijskaartEditor');
export const PersoonlijkPlan: Story = story('PersoonlijkPlan');
export const Werkwijze: Story = story('Werkwijze');
