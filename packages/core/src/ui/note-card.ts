import { html, nothing } from 'lit';

/** Colour slot (1–6) for an author, stable for the same name. */
export function authorColorIndex(author: string, authors: readonly string[]): number {
  const index = authors.indexOf(author);
  return ((index < 0 ? authors.length : index) % 6) + 1;
}

export interface NoteCardOptions {
  text: string;
  author?: string;
  colorIndex?: number;
  actions?: unknown;
  part?: string;
}

/** A sticky note ('geeltje'): text, its author, and the author's colour; never colour alone. */
export function noteCard(o: NoteCardOptions) {
  // A data attribute, not a style attribute: a strict CSP (style-src without 'unsafe-inline') blocks those.
  return html`<div class="na-note" part=${o.part ?? 'note'} data-color=${o.colorIndex ?? 1}>
    <p class="na-readonly-text">${o.text}</p>
    ${o.author ? html`<p class="na-note__author">${o.author}</p>` : nothing}
    ${o.actions ?? nothing}
  </div>`;
}
