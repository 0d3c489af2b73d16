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
 * The submit handler of every 'add' form: the trimmed text of its `text` field goes to `onAdd`,
 * then the field is emptied and keeps focus, for quick entry of several items. An empty field
 * adds nothing and gets focus back.
 */
export function addTextOnSubmit(onAdd: (text: string) => void) {
  return (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('text') as HTMLInputElement | HTMLTextAreaElement;
    const text = input.value.trim();
    if (!text) {
      input.focus();
      return;
    }
    onAdd(text);
    input.value = '';
    input.focus();
  };
}

/** 'Add your own item': a text field and a button in a small form, so Enter adds too. */
export function addItemField(o: AddItemOptions) {
  const submit = addTextOnSubmit(o.onAdd);
  return html`<form class="na-add-item na-no-print" part=${o.part ?? 'add-item'} @submit=${submit}>
    <div class="na-field">
      <label class="na-field__label" for=${o.id}>${o.label}</label>
      ${o.description ? html`<p class="na-field__description">${o.description}</p>` : ''}
      <input class="na-input" id=${o.id} name="text" type="text" autocomplete="off" />
    </div>
    <button class="na-button" type="submit" part="button">${o.buttonLabel}</button>
  </form>`;
}
