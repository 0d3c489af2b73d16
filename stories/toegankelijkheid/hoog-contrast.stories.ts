/**
 * Forced colours (Windows high contrast): every instrument with `forced-colors: active`. The
 * stories test emulates it through the runner (stories/test/forced-colors.plugin.js), runs axe,
 * compares the screenshot, and tabs through the first tab stops: each must show a focus
 * indicator of at least 2 px, because box-shadows disappear in forced colours and only outlines
 * remain. In Storybook: Chrome DevTools → Rendering → Emulate CSS media feature forced-colors.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { instrumentStory as story } from './instruments.js';

const meta: Meta = {
  title: 'Toegankelijkheid/Hoog contrast (forced colors)',
  parameters: { forcedColors: 'active', focusWalk: 12 },
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
