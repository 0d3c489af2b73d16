import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@niet-alleen/werkwijze';
import {
  persoonlijkPlanDefinition, persoonlijkPlanExample,
  type PersoonlijkPlanValue, type PlanContactSuggestion, type PlanWishSuggestion,
} from '@niet-alleen/werkwijze';
import { narrow, paper } from '../shared/layouts.js';

interface Args {
  value?: PersoonlijkPlanValue;
  readonly: boolean;
  wishes: PlanWishSuggestion[];
  contacts: PlanContactSuggestion[];
}

const wishes: PlanWishSuggestion[] = [
  { id: 'wens-1', text: 'Ik zou graag weer eens samen koffie drinken.' },
  { id: 'wens-2', text: 'Ik zou graag weer zingen.' },
];
const contacts: PlanContactSuggestion[] = [
  { id: 'contact-ans', name: 'Buurvrouw Ans' },
  { id: 'contact-koor', name: 'Koor De Lijster' },
  { id: 'contact-buurthuis', name: 'Buurthuis De Brug' },
];

const meta: Meta<Args> = {
  title: 'Instrumenten/Persoonlijk plan',
  component: 'na-persoonlijk-plan',
  tags: ['autodocs'],
  args: { readonly: false, wishes: [], contacts: [] },
  render: ({ value, readonly, wishes, contacts }) =>
    html`<na-persoonlijk-plan
      .value=${value ?? persoonlijkPlanDefinition.empty()}
      .wishes=${wishes}
      .contacts=${contacts}
      ?readonly=${readonly}
    ></na-persoonlijk-plan>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Leeg: Story = {};
export const Ingevuld: Story = { args: { value: persoonlijkPlanExample } };
export const MetWensenEnContacten: Story = {
  name: 'Met wensen (talentenkaart) en contacten (netwerkkaart)',
  args: { wishes, contacts },
};
export const AlleenLezen: Story = { name: 'Alleen lezen', args: { value: persoonlijkPlanExample, readonly: true } };
export const Engels: Story = { name: 'English', args: { value: persoonlijkPlanExample }, parameters: { locale: 'en' } };
export const Thema: Story = { name: 'Thema: Gemeente Rivierstad', args: { value: persoonlijkPlanExample }, parameters: { theme: 'gemeente-rivierstad' } };
export const Mobiel: Story = {
  name: 'Mobiel (320 px)',
  args: { value: persoonlijkPlanExample },
  render: ({ value }) => narrow(html`<na-persoonlijk-plan .value=${value}></na-persoonlijk-plan>`),
};
export const Afdrukvoorbeeld: Story = {
  args: { value: persoonlijkPlanExample },
  render: ({ value }) => paper(html`<na-persoonlijk-plan print-preview .value=${value}></na-persoonlijk-plan>`),
};
export const AfdrukvoorbeeldLeeg: Story = {
  name: 'Afdrukvoorbeeld (blanco)',
  render: () => paper(html`<na-persoonlijk-plan print-preview></na-persoonlijk-plan>`),
};

/**
 * In a form, like a native control (issue 22): `required`, so sending it empty is blocked with a message inside
 * the element and focus on it; inside a `<fieldset disabled>` until the person agrees, so nothing in it can be
 * edited or reached with Tab and it is not sent. Tick the box, then send it empty.
 */
export const InEenFormulier: Story = {
  name: 'In een formulier (verplicht, fieldset uitgeschakeld)',
  render: () => {
    const agree = (event: Event) => {
      const box = event.target as HTMLInputElement;
      (box.form!.querySelector('fieldset') as HTMLFieldSetElement).disabled = !box.checked;
    };
    return html`<form @submit=${(event: Event) => event.preventDefault()} style="display: grid; gap: 1rem">
      <label><input type="checkbox" @change=${agree} /> Ik wil mijn plan delen</label>
      <fieldset disabled style="border: 1px solid; padding: 1rem; min-inline-size: 0">
        <legend>Uw plan</legend>
        <na-persoonlijk-plan name="plan" required></na-persoonlijk-plan>
      </fieldset>
      <button style="justify-self: start">Versturen</button>
    </form>`;
  },
};
