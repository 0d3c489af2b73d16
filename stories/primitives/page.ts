import { html } from 'lit';

/**
 * The page around a story. @niet-alleen/ui elements have no background of their own (they are
 * part of your page, like NL Design System components), so the page paints the theme's
 * background and text colour — here from the same tokens, so the Thema toolbar works.
 */
export const pageStyle =
  'display: block; padding: 1rem; background-color: var(--na-color-background, var(--basis-color-default-bg-default, #ffffff)); color: var(--na-color-text, var(--basis-color-default-color, #1a1a1a))';

export const page = (story: () => unknown) => html`<div style=${pageStyle}>${story()}</div>`;
