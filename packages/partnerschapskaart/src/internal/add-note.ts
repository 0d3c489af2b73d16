import { addTextOnSubmit } from '@niet-alleen/core';
import { html, nothing } from 'lit';

export interface AddNoteOptions {
  id: string;
  /** Visible label text. */
  label: string;
  /** Added to the accessible name only (e.g. which question), so fifteen fields are told apart. */
  context: string;
  buttonLabel: string;
  onAdd: (text: string) => void;
  /** Visible hint under the label (e.g. who is writing). */
  hint?: unknown;
  maxLength?: number;
  /** Offers a 'close' button (and Escape) when given. */
  onClose?: () => void;
  closeLabel?: string;
}

/**
 * A compact 'add a note' form: core's addItemField as a textarea (Enter adds, Shift+Enter starts a
 * new line), with a hint, an optional close button, and a label that carries extra context for
 * screen readers that sighted users get from the cell heading. It submits like every add form.
 */
export function addNoteField(o: AddNoteOptions) {
  const submit = addTextOnSubmit(o.onAdd);
  const keydown = (event: KeyboardEvent) => {
    // Enter adds (as in a single-line field); Shift+Enter starts a new line.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      (event.currentTarget as HTMLTextAreaElement).form?.requestSubmit();
    } else if (event.key === 'Escape' && o.onClose) {
      event.preventDefault();
      event.stopPropagation();
      o.onClose();
    }
  };
  return html`<form class="na-add-item add-note na-no-print" part="add-note" @submit=${submit}>
    <div class="na-field">
      <label class="na-field__label" for=${o.id}>${o.label}<span class="na-visually-hidden">: ${o.context}</span></label>
      ${o.hint ? html`<p class="na-field__description" id="${o.id}-hint">${o.hint}</p>` : nothing}
      <textarea class="na-input" id=${o.id} name="text" rows="2" maxlength=${o.maxLength ?? nothing} aria-describedby=${o.hint ? `${o.id}-hint` : nothing} @keydown=${keydown}></textarea>
    </div>
    <div class="add-note__buttons">
      <button class="na-button" type="submit" part="button" data-variant="primary">${o.buttonLabel}</button>
      ${o.onClose ? html`<button class="na-button" type="button" part="button" data-variant="subtle" @click=${o.onClose}>${o.closeLabel}</button>` : nothing}
    </div>
  </form>`;
}
