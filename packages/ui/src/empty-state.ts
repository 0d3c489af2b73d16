import { property } from 'lit/decorators.js';
import { msg } from '@niet-alleen/core/msg';
import { emptyState } from '@niet-alleen/core';
import { NaUiElement } from './internal/ui-element.js';

/**
 * What a list shows before anything is in it: a short title and, optionally, what to do next
 * (core's `emptyState()`).
 *
 * @csspart empty-state - The box.
 * @cssprop --na-color-text-subtle - Text colour.
 * @cssprop --na-color-border-subtle - Dashed border.
 *
 * @element na-empty-state
 */
export class NaEmptyState extends NaUiElement {
  /** The title. Default: "Hier staat nog niets". */
  @property() heading = '';
  /** What the person can do next. */
  @property() description = '';

  /** @internal */
  protected override render() {
    return emptyState(this.heading || msg('Hier staat nog niets'), this.description || undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-empty-state': NaEmptyState;
  }
}
