import { property } from 'lit/decorators.js';
import { msg } from '@niet-alleen/core/msg';
import { errorSummary, type FieldError } from '@niet-alleen/core';
import { NaUiElement } from './internal/ui-element.js';

/**
 * NL Design System style error summary (core's `errorSummary()`): a titled list of links, one
 * per problem, each moving focus to its field. The `id`s refer to elements in the same document
 * (or the same shadow root) as this element, for example an `<na-text-field id="naam">`.
 * Renders nothing while `errors` is empty. Call `focus()` after a failed submit.
 *
 * @csspart error-summary - The box.
 * @cssprop --na-color-error - Border and links.
 * @cssprop --na-color-error-subtle - Background.
 *
 * @element na-error-summary
 */
export class NaErrorSummary extends NaUiElement {
  /** Title above the list. Default: "Controleer de volgende punten". */
  @property() heading = '';
  /** The problems: `{ id, message }`, `id` of the field in the page. */
  @property({ type: Array }) errors: FieldError[] = [];

  /** @internal */
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // core's link handler looks inside this shadow root; the fields live in the page around it.
    root.addEventListener('click', (event) => {
      const link = (event.target as Element).closest?.('a[href^="#"]');
      if (!link) return;
      const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
      const scope = this.getRootNode() as Document | ShadowRoot;
      const target = scope.getElementById(id);
      if (target) {
        target.scrollIntoView?.({ block: 'center' });
        target.focus();
      }
    });
    return root;
  }

  /** Moves focus to the summary, so a screen reader reads it after a failed submit. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('[part="error-summary"]')?.focus(options);
  }

  /** @internal */
  protected override render() {
    return errorSummary(this.heading || msg('Controleer de volgende punten'), this.errors);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-error-summary': NaErrorSummary;
  }
}
