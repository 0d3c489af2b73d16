/**
 * Resize text (WCAG 1.4.4): every instrument with the page's text at 200 % (root font size), at
 * 1024 px wide. All sizes are in rem, so everything grows; the stories test checks that nothing
 * sticks out sideways or is cut off (`reflow: true`).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { instrumentStory as story } from './instruments.js';

const meta: Meta = {
  title: 'Toegankelijkheid/Tekst 200 %',
  parameters: { reflow: true },
  beforeEach: () => {
    const root = document.documentElement;
    const before = root.style.fontSize;
    root.style.fontSize = '200%';
    return () => {
      root.style.fontSize = before;
    };
  },
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
