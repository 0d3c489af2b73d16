import { LitElement, css, type CSSResultGroup } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { tokenStyles, baseStyles } from '@niet-alleen/core';

/** A ui element is part of the page around it: no background of its own (an instrument has one). */
const partOfThePage = css`
  :host {
    background-color: transparent;
  }
`;

/**
 * The base of every @niet-alleen/ui element: core's token and base styles (the same CSS the
 * instruments use), and a re-render when the locale changes so default texts follow it.
 */
export class NaUiElement extends LitElement {
  /** @internal */
  static override styles: CSSResultGroup = [tokenStyles, baseStyles, partOfThePage];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
}

/** Inline elements (button): core's :host is a block with inline-size containment, which would collapse an inline host. */
export const inlineHost = css`
  :host {
    display: inline-block;
    container-type: normal;
  }
`;
