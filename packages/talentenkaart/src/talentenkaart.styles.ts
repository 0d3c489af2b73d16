import { css } from 'lit';

/** The card's layout on paper: two columns like the workbook, lines to write on. */
const print = css`
  .starters { grid-template-columns: 1fr 1fr; gap: 2mm 6mm; }
  .wishes { grid-template-columns: 1fr 1fr; gap: 6mm; }
  .name-date { grid-template-columns: 2fr 1fr; }
  .na-section { padding: 3mm 4mm; margin-block-end: 4mm; }
  .starter { border: 0; }
  textarea.na-input { min-block-size: 14mm; resize: none; }
  .wish-help { display: none; }
`;

/** Styles shared by na-talentenkaart and na-talentenkaart-groep. */
export const talentenkaartStyles = css`
  .name-date {
    display: grid;
    gap: 0 var(--_na-space-inline-md);
    grid-template-columns: 1fr;
  }
  .starters {
    display: grid;
    gap: var(--_na-space-block-sm) var(--_na-space-inline-lg);
    grid-template-columns: 1fr;
  }
  .wishes {
    display: grid;
    gap: var(--_na-space-block-md) var(--_na-space-inline-lg);
    grid-template-columns: 1fr;
  }
  @container (min-width: 40rem) {
    .name-date { grid-template-columns: 2fr 1fr; }
    .starters, .wishes { grid-template-columns: 1fr 1fr; }
  }
  .na-section {
    background-color: var(--na-talentenkaart-section-background-color, var(--_na-color-surface));
  }
  .wish .na-section {
    margin: 0;
    background-color: var(--na-talentenkaart-wish-background-color, var(--_na-color-background));
    border: var(--_na-border-width-sm) solid var(--_na-color-border-subtle);
  }
  .wish .na-heading { text-transform: uppercase; letter-spacing: 0.04em; }
  .starter {
    padding-block-end: var(--_na-space-block-xs);
    border-block-end: var(--_na-border-width-sm) solid var(--na-talentenkaart-talent-border-color, var(--_na-color-border-subtle));
  }
  .starter .na-field { margin-block-end: var(--_na-space-block-xs); }
  .starter__label { font-weight: var(--_na-font-weight-bold); margin-block-end: var(--_na-space-block-xs); }
  ul.answers { margin: 0; padding-inline-start: var(--_na-space-inline-lg); }
  .wish-help { margin-block: calc(-1 * var(--_na-space-block-xs)) var(--_na-space-block-md); }
  .wish-help .na-notice { margin-block-end: 0; }
  @media print {
    :host { ${print} }
  }
  :host([print-preview]) { ${print} }
`;
