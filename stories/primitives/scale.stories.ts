import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@niet-alleen/ui';
import { page } from './page.js';
import type { ScaleOption } from '@niet-alleen/ui';

interface Args {
  legend: string;
  options: ScaleOption[];
  value: string;
  required: boolean;
  readonly: boolean;
  disabled: boolean;
  hideLegend: boolean;
}

const jaNee: ScaleOption[] = [
  { value: 'ja', label: 'Ja' },
  { value: 'soms', label: 'Soms' },
  { value: 'nee', label: 'Nee' },
];

// The workbook's own scale (§6.8 Reflector vooroordelen over eenzaamheid), verbatim.
const eens: ScaleOption[] = [
  { value: 'a', label: 'helemaal niet mee eens', short: 'A' },
  { value: 'b', label: 'in geringe mate mee eens', short: 'B' },
  { value: 'c', label: 'in hoge mate mee eens', short: 'C' },
];

/**
 * `<na-scale>`: a statement with its answers as one radio group; the statement is the legend and
 * so the group's name. Tab enters the group, arrow keys choose. There is never a score: the
 * answer is a value to talk about. Form-associated: submits the chosen value.
 */
const meta: Meta<Args> = {
  title: 'Primitives/Stellingschaal',
  component: 'na-scale',
  tags: ['autodocs'],
  decorators: [page],
  args: { legend: 'Ik mis mensen om me heen', options: jaNee, value: '', required: false, readonly: false, disabled: false, hideLegend: false },
  render: (a) => html`<na-scale
    legend=${a.legend}
    .options=${a.options}
    .value=${a.value}
    ?required=${a.required}
    ?readonly=${a.readonly}
    ?disabled=${a.disabled}
    ?hide-legend=${a.hideLegend}
  ></na-scale>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Standaard: Story = {};
export const Gekozen: Story = { args: { value: 'soms' } };
export const MetLetters: Story = {
  name: 'Met letters (A–C)',
  args: { legend: 'Eenzaamheid hoort bij het leven.', options: eens, value: 'b' },
};
export const Verplicht: Story = { args: { required: true } };
export const AlleenLezen: Story = { name: 'Alleen lezen', args: { readonly: true, value: 'soms' } };
export const Uitgeschakeld: Story = { args: { disabled: true } };
export const Engels: Story = {
  name: 'English',
  parameters: { locale: 'en' },
  args: {
    legend: 'I miss having people around me',
    options: [
      { value: 'ja', label: 'Yes' },
      { value: 'soms', label: 'Sometimes' },
      { value: 'nee', label: 'No' },
    ],
    value: 'soms',
  },
};
