import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@niet-alleen/partnerschapskaart';
import {
  partnerschapskaartExample, partnerschapskaartGroepA, partnerschapskaartGroepB, partnerschapskaartPlenair,
  type PartnerschapskaartValue, type PartnerschapSessionStep as SessionStep,
} from '@niet-alleen/partnerschapskaart';
import { narrow, paper } from '../shared/layouts.js';

interface Args {
  value?: PartnerschapskaartValue;
  readonly: boolean;
  facilitator: boolean;
  projector: boolean;
  sessionStep: SessionStep;
}

const empty = (): PartnerschapskaartValue => ({ schemaVersion: 1, filledBy: '', participants: [], notes: [] });

const meta: Meta<Args> = {
  title: 'Instrumenten/Partnerschapskaart',
  component: 'na-partnerschapskaart',
  tags: ['autodocs'],
  args: { readonly: false, facilitator: false, projector: false, sessionStep: 1 },
  argTypes: { sessionStep: { control: { type: 'range', min: 1, max: 6, step: 1 } } },
  render: ({ value, readonly, facilitator, projector, sessionStep }) =>
    html`<na-partnerschapskaart
      .value=${value ?? empty()}
      ?readonly=${readonly}
      ?facilitator=${facilitator}
      ?projector=${projector}
      session-step=${sessionStep}
    ></na-partnerschapskaart>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Leeg: Story = { name: 'Blanco kaart' };
export const Halverwege: Story = {
  name: 'Halverwege de sessie (meerdere schrijvers)',
  args: { value: partnerschapskaartExample },
};
export const Plenair: Story = {
  name: 'Plenaire kaart (groepen samengevoegd)',
  args: { value: partnerschapskaartPlenair, facilitator: true, sessionStep: 5 },
};
export const Facilitator: Story = {
  name: 'Facilitator: stap 2 (waarden)',
  args: { value: partnerschapskaartGroepB, facilitator: true, sessionStep: 2 },
};
export const FacilitatorSamenvoegen: Story = {
  name: 'Facilitator: stap 3 (samenvoegen)',
  args: { value: empty(), facilitator: true, sessionStep: 3 },
  render: ({ value }) => html`<na-partnerschapskaart facilitator session-step="3" .value=${value}></na-partnerschapskaart>
    <p style="margin-block-start:1rem">
      <button type="button" @click=${(e: Event) => {
        const card = (e.currentTarget as HTMLElement).parentElement!.previousElementSibling as HTMLElementTagNameMap['na-partnerschapskaart'];
        card.merge([partnerschapskaartGroepA, partnerschapskaartGroepB]);
      }}>Voorbeeld: voeg groep A en groep B samen (merge)</button>
    </p>`,
};
export const Overeenkomst: Story = {
  name: 'Facilitator: stap 6 (tekst voor de overeenkomst)',
  args: { value: partnerschapskaartPlenair, facilitator: true, sessionStep: 6 },
};
export const Projector: Story = {
  name: 'Projector (grote tekst)',
  args: { value: partnerschapskaartPlenair, facilitator: true, projector: true, sessionStep: 4 },
};
export const AlleenLezen: Story = { name: 'Alleen lezen', args: { value: partnerschapskaartPlenair, readonly: true } };
export const Engels: Story = { name: 'English', args: { value: partnerschapskaartPlenair }, parameters: { locale: 'en' } };
export const RechtsNaarLinks: Story = {
  name: 'Pagina met dir="rtl"',
  args: { value: partnerschapskaartExample },
  render: ({ value }) => html`<div dir="rtl"><na-partnerschapskaart .value=${value}></na-partnerschapskaart></div>`,
};
export const Mobiel: Story = {
  name: 'Mobiel (320 px, één stap tegelijk)',
  args: { value: partnerschapskaartExample },
  render: ({ value }) => narrow(html`<na-partnerschapskaart .value=${value}></na-partnerschapskaart>`),
};
export const AfdrukvoorbeeldA3: Story = {
  name: 'Afdrukvoorbeeld A3 liggend',
  args: { value: partnerschapskaartPlenair },
  render: ({ value }) => paper(html`<na-partnerschapskaart print-preview .value=${value}></na-partnerschapskaart>`, 'A3 landscape'),
};
export const AfdrukvoorbeeldLeeg: Story = {
  name: 'Afdrukvoorbeeld A3 (blanco kaart)',
  render: () => paper(html`<na-partnerschapskaart print-preview></na-partnerschapskaart>`, 'A3 landscape'),
};
