/**
 * Reflow (WCAG 1.4.10): every instrument in a viewport of 320 CSS px. The stories test sets the
 * browser's viewport from Storybook's viewport globals and checks that nothing sticks out
 * sideways or is cut off (`reflow: true`); in Storybook the toolbar shows the same 320 px.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { instrumentStory as story } from './instruments.js';

const meta: Meta = {
  title: 'Toegankelijkheid/Smal scherm (320 px)',
  parameters: {
    viewport: { options: { smal: { name: 'Smal (320 px)', styles: { width: '320px', height: '900px' }, type: 'mobile' } } },
    reflow: true,
  },
  globals: { viewport: { value: 'smal', isRotated: false } },
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
