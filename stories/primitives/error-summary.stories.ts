import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@niet-alleen/ui';
import { page } from './page.js';
import type { FieldError, NaErrorSummary } from '@niet-alleen/ui';

interface Args {
  heading: string;
  errors: FieldError[];
}

/**
 * `<na-error-summary>`: the NL Design System error summary. After a failed submit it lists every
 * problem as a link that moves focus to its field (`id` of an element in the page, for example
 * an `<na-text-field>`). Call `focus()` on it so a screen reader reads it at once.
 */
const meta: Meta<Args> = {
  title: 'Primitives/Foutsamenvatting',
  component: 'na-error-summary',
  tags: ['autodocs'],
  decorators: [page],
  args: {
    heading: '',
    errors: [
      { id: 'naam', message: 'Vul uw naam in.' },
      { id: 'email', message: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.' },
    ],
  },
  render: (a) => html`<na-error-summary heading=${a.heading} .errors=${a.errors}></na-error-summary>
    <na-text-field id="naam" label="Naam" required error="Vul uw naam in."></na-text-field>
    <na-text-field id="email" label="E-mailadres" type="email" value="fatma@" required error="Vul een e-mailadres in zoals naam@voorbeeld.nl."></na-text-field>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Standaard: Story = {};
export const EigenTitel: Story = { name: 'Eigen titel', args: { heading: 'Er ontbreekt nog iets' } };
export const Leeg: Story = { name: 'Zonder fouten (toont niets)', args: { errors: [] } };

/** A whole form: submit it empty and see summary, messages and focus work together. */
export const InEenFormulier: Story = {
  name: 'In een formulier',
  render: () => {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const fields = [...form.querySelectorAll('na-text-field, na-checkbox')] as (HTMLElement & { validity: ValidityState; validationMessage: string; error?: string; label: string })[];
      const errors: FieldError[] = [];
      for (const field of fields) {
        const message = field.validity.valid ? '' : `${field.label}: ${field.validationMessage}`;
        if ('error' in field) field.error = field.validity.valid ? '' : field.validationMessage;
        if (message) errors.push({ id: field.id, message });
      }
      const summary = form.querySelector('na-error-summary') as NaErrorSummary;
      summary.errors = errors;
      void summary.updateComplete.then(() => (errors.length ? summary.focus() : undefined));
    };
    return html`<form novalidate @submit=${submit}>
      <na-error-summary></na-error-summary>
      <na-text-field id="f-naam" name="naam" label="Naam" required></na-text-field>
      <na-text-field id="f-tel" name="telefoon" label="Telefoonnummer" type="tel" required></na-text-field>
      <na-checkbox id="f-akkoord" name="akkoord" label="Ik heb de uitleg over privacy gelezen" required></na-checkbox>
      <na-button type="submit" variant="primary">Versturen</na-button>
    </form>`;
  },
};
export const Engels: Story = {
  name: 'English',
  parameters: { locale: 'en' },
  args: { errors: [{ id: 'naam', message: 'Fill in your name.' }] },
  render: (a) => html`<na-error-summary .errors=${a.errors}></na-error-summary>
    <na-text-field id="naam" label="Name" required error="Fill in your name."></na-text-field>`,
};
