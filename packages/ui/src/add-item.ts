import { property } from 'lit/decorators.js';
import { msg } from '@niet-alleen/core/msg';
import { addItemField, createId } from '@niet-alleen/core';
import { NaUiElement } from './internal/ui-element.js';
import { NaAddEvent } from './events.js';

/**
 * "Add your own item": a text field and a button (core's `addItemField()`). Enter or the button
 * fires `na-add` with the trimmed text, empties the field and keeps focus there, so several
 * items can be added in a row. Empty text adds nothing.
 *
 * @fires na-add - `detail.text` is the text the person added.
 * @csspart add-item - The small form.
 * @csspart button - The add button.
 * @cssprop --na-color-accent - The add button.
 *
 * @element na-add-item
 */
export class NaAddItem extends NaUiElement {
  /** Label of the field. Default: "Voeg zelf iets toe". */
  @property() label = '';
  /** Text of the button. Default: "Toevoegen". */
  @property({ attribute: 'button-label' }) buttonLabel = '';
  /** Help below the label. */
  @property() description = '';

  /** @internal */
  readonly #id = `na-add-item-${createId()}`;

  /** @internal */
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // Typing is internal; the element's outcome is na-add.
    root.addEventListener('input', (e) => e.stopPropagation());
    return root;
  }

  /** @internal */
  protected override render() {
    return addItemField({
      id: this.#id,
      label: this.label || msg('Voeg zelf iets toe'),
      buttonLabel: this.buttonLabel || msg('Toevoegen'),
      description: this.description || undefined,
      onAdd: (text) => this.dispatchEvent(new NaAddEvent(text)),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-add-item': NaAddItem;
  }
}
