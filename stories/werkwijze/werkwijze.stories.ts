import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@niet-alleen/werkwijze';
import { werkwijzeDefinition, werkwijzeExample, phaseIds, type PhaseId, type WerkwijzeValue } from '@niet-alleen/werkwijze';
import { monday } from '../shared/clock.js';
import { narrow, paper } from '../shared/layouts.js';

interface Args {
  value?: WerkwijzeValue;
  phase: PhaseId;
  readonly: boolean;
}

const meta: Meta<Args> = {
  title: 'Instrumenten/Werkwijze',
  component: 'na-werkwijze',
  tags: ['autodocs'],
  args: { phase: 'herkennen', readonly: false },
  argTypes: { phase: { control: 'select', options: [...phaseIds] } },
  render: ({ value, phase, readonly }) =>
    html`<na-werkwijze .value=${value ?? werkwijzeDefinition.empty()} phase=${phase} ?readonly=${readonly} .now=${monday()}></na-werkwijze>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Leeg: Story = {};
export const Ingevuld: Story = { name: 'Ingevuld dossier', args: { value: werkwijzeExample } };
export const Luisteren: Story = { name: 'Fase 3: kennis voor de ondersteuner', args: { value: werkwijzeExample, phase: 'luisteren' } };
// Two reflectors in one phase each have a region "Hier wil ik over praten" (reported to the reflectors package).
const twoReflectors = { a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } } };
export const Bespreekbaar: Story = {
  name: 'Fase 2: bespreekbaar maken',
  args: { value: werkwijzeExample, phase: 'bespreekbaar-maken' },
  parameters: twoReflectors,
};
export const Terugblikken: Story = {
  name: 'Fase 6: terug- en vooruitblikken',
  args: { value: werkwijzeExample, phase: 'terug-en-vooruitblikken' },
  parameters: twoReflectors,
};
export const AlleenLezen: Story = { name: 'Alleen lezen', args: { value: werkwijzeExample, readonly: true } };
export const Engels: Story = { name: 'English', args: { value: werkwijzeExample }, parameters: { locale: 'en' } };
export const Thema: Story = { name: 'Thema: Gemeente Rivierstad', args: { value: werkwijzeExample }, parameters: { theme: 'gemeente-rivierstad' } };
export const Donker: Story = { name: 'Thema: donker', args: { value: werkwijzeExample }, parameters: { theme: 'gemeente-duinwijk-donker' } };
export const Mobiel: Story = {
  name: 'Mobiel (320 px)',
  args: { value: werkwijzeExample },
  render: ({ value }) => narrow(html`<na-werkwijze .value=${value} .now=${monday()}></na-werkwijze>`),
};
export const Afdrukvoorbeeld: Story = {
  name: 'Afdrukvoorbeeld (hele dossier)',
  args: { value: werkwijzeExample },
  render: ({ value }) => paper(html`<na-werkwijze print-preview .value=${value} .now=${monday()}></na-werkwijze>`),
};
export const Bewaard: Story = {
  name: 'Met bewaren in de browser (storage-key)',
  render: () => html`<na-werkwijze storage-key="storybook-werkwijze"></na-werkwijze>`,
};
