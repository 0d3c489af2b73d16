import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { section, createId } from '@niet-alleen/core';
import { NaUiElement } from './internal/ui-element.js';

/**
 * A titled region: `<section aria-labelledby>` with a real heading at the level the page needs,
 * an optional introduction, and the content from the default slot (core's `section()`).
 *
 * @slot - The content of the section.
 * @csspart section - The section.
 * @cssprop --na-color-surface - Background.
 * @cssprop --na-border-radius-md - Corner radius.
 * @cssprop --na-font-family-heading - Heading font.
 *
 * @element na-section
 */
export class NaSection extends NaUiElement {
  /** The heading text. */
  @property() heading = '';
  /** Heading level 1–6, so the section fits the page outline (default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Short introduction below the heading. */
  @property() description = '';

  /** @internal */
  readonly #id = `na-section-${createId()}`;

  /** @internal */
  protected override render() {
    return section({
      id: this.#id,
      heading: this.heading,
      level: this.headingLevel,
      description: this.description || undefined,
      content: html`<slot></slot>`,
      // Used on its own in a portal page, a section is a named region.
      landmark: true,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-section': NaSection;
  }
}
