import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { noteCard } from '@niet-alleen/core';
import { NaUiElement } from './internal/ui-element.js';

/**
 * A sticky note ("geeltje"): core's `noteCard()` primitive. The author's colour is never the
 * only cue: the author's name is always written on the note.
 *
 * @slot actions - Buttons on the note (for example "Verwijder").
 * @csspart note - The note.
 * @cssprop --na-color-note-1 - Note colour 1 (and 2 … 6 for `color-index` 2 … 6).
 * @cssprop --na-elevation-note - Shadow of the note.
 *
 * @element na-note-card
 */
export class NaNoteCard extends NaUiElement {
  /** The text on the note (line breaks are kept). */
  @property() text = '';
  /** Who wrote it; shown below the text. */
  @property() author = '';
  /** Colour slot 1–6 (use core's `authorColorIndex(author, authors)` for a stable colour per author). */
  @property({ type: Number, attribute: 'color-index', reflect: true }) colorIndex = 1;

  /** @internal */
  protected override render() {
    const index = Math.min(6, Math.max(1, Math.round(this.colorIndex) || 1));
    return noteCard({
      text: this.text,
      author: this.author || undefined,
      colorIndex: index,
      actions: html`<slot name="actions"></slot>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-note-card': NaNoteCard;
  }
}
