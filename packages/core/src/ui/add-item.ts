import { html } from 'lit';

export interface AddItemOptions {
  id: string;
  label: string;
  buttonLabel: string;
  onAdd: (text: string) => void;
  description?: string;
  part?: string;
}

/**
 * 'Add your own item': a text field and a button in a small form, so Enter adds too.
 * Focus stays in the field after adding, for quick entry of several items.
 */
export function addItemField(o: AddItemOptions) {
  const submit = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('text') as HTMLInputElement;
    const text = input.value.trim();
    if (!text) {
      input.focus();
      return;
    }
    o.onAdd(text);
    input.value = '';
    input.focus();
  };
  return html`<form class="na-add-item na-no-print" part=${o.part ?? 'add-item'} @submit=${submit}>
    <div class="na-field">
      <label class="na-field__label" for=${o.id}>${o.label}</label>
      ${o.description ? html`<p class="na-field__description">${o.description}</p>` : ''}
      <input class="na-input" id=${o.id} name="text" type="text" autocomplete="off" />
    </div>
    <button class="na-button" type="submit" part="button">${o.buttonLabel}</button>
  </form>`;
}
