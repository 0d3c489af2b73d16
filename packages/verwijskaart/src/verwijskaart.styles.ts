import { css } from 'lit';

/** Paper: one clean A4 card; `print-format="pocket"` folds an A4 landscape into two A5 halves. */
const print = css`
  .card__body { display: block; }
  .card .na-title { font-size: 18pt; }
  .card .na-subtitle { font-size: 13pt; }
  .card__area { font-size: 12pt; }
  .card .option__title { font-size: 11pt; }
  .card__side .na-section { margin-block-start: 4mm; }
  .options { gap: 2mm; }
  .option { border: 1px solid #000; background: none; padding: 2mm 3mm; }
  .option--match { border-width: 2px; }
  .match-notice { display: none; }
  .lines span, .line { border-block-end: 1px solid #000; }
  a { color: #000; text-decoration: none; }
  .na-empty-state { display: none; }
  .blank-contact p { display: flex; gap: 2mm; align-items: end; }
  .blank-contact .line { flex: 1; display: inline-block; min-block-size: 7mm; }
`;

/** The folded pocket card: an A4 landscape in two A5 columns with a fold line; content flows from one half into the other. */
const pocket = css`
  .card { column-count: 2; column-gap: 20mm; column-rule: 1px dashed #000; font-size: 8.5pt; line-height: 1.3; }
  .card__body, .card__main, .card__side { display: contents; }
  .card .na-section { break-inside: auto; padding: 2mm 3mm; margin-block-end: 3mm; }
  .card .na-title { font-size: 14pt; }
  .card__area { font-size: 10pt; }
  .card .na-subtitle { font-size: 10.5pt; break-after: avoid; }
  .card .option__title { font-size: 9pt; }
  .option, ol.steps li { break-inside: avoid; }
  dl.details { gap: 0; row-gap: 3mm; } /* links stay 24 px apart (WCAG 2.5.8) in the on-screen preview */
  .card__header { break-after: avoid; margin-block-end: 3mm; }
`;

export const verwijskaartStyles = css`
  .card__header { margin-block-end: var(--_na-space-block-md); }
  .card__area { font-size: var(--_na-font-size-lg); margin: 0; }
  .card__body { display: grid; gap: var(--_na-space-block-md); grid-template-columns: 1fr; }
  @container (min-width: 48rem) {
    .card__body { grid-template-columns: 2fr 1fr; align-items: start; }
  }
  .card .na-section { margin: 0 0 var(--_na-space-block-md); }

  ol.steps { margin: 0; padding-inline-start: var(--_na-space-inline-lg); display: grid; gap: var(--_na-space-block-xs); }

  ul.options { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_na-space-block-sm); }
  .option {
    padding-block: var(--_na-space-block-sm); padding-inline: var(--_na-space-inline-md);
    background-color: var(--na-verwijskaart-option-background-color, var(--_na-color-background));
    border: var(--_na-border-width-sm) solid var(--_na-color-border-subtle);
    border-radius: var(--_na-border-radius-sm);
    break-inside: avoid;
  }
  .option--match {
    background-color: var(--na-verwijskaart-option-match-background-color, var(--_na-color-accent-subtle));
    border: var(--_na-border-width-md) solid var(--na-verwijskaart-option-match-border-color, var(--_na-color-accent));
    border-inline-start-width: 8px;
  }
  .option__title { font-size: var(--_na-font-size-md); margin-block-end: var(--_na-space-block-xs); }
  .match-badge { font-weight: var(--_na-font-weight-bold); margin-block: 0 var(--_na-space-block-xs); }
  .match-badge__mark { color: var(--na-verwijskaart-option-match-border-color, var(--_na-color-accent)); }

  dl.details { margin: 0; display: grid; gap: var(--_na-space-block-xs); }
  dl.details > div { display: flex; flex-wrap: wrap; column-gap: var(--_na-space-inline-sm); }
  dl.details dt { font-weight: var(--_na-font-weight-bold); }
  dl.details dd { margin: 0; overflow-wrap: anywhere; }
  a { color: var(--_na-color-accent); }
  a:hover { text-decoration-thickness: 2px; }

  .contact__who { margin-block-end: var(--_na-space-block-sm); }
  .schedule { margin-block-start: var(--_na-space-block-sm); }
  .schedule p { margin: 0; }
  .reachability { margin-block-start: var(--_na-space-block-sm); }
  .reachability__mark { color: var(--_na-color-text-subtle); }
  .reachability[data-open='true'] .reachability__mark { color: var(--na-verwijskaart-reachable-color, var(--_na-color-success)); }

  .lines span { display: block; block-size: 7mm; }
  .blank-contact .line { display: inline-block; min-inline-size: 30mm; }
  .match-notice p { margin-block-end: var(--_na-space-block-xs); }
  .markup-issues code { overflow-wrap: anywhere; }

  /* Editor */
  .edit-list { margin: 0; padding: 0; list-style: none; display: grid; gap: var(--_na-space-block-sm); }
  .edit-item { border-block-end: var(--_na-border-width-sm) solid var(--_na-color-border-subtle); }
  .edit-item .na-field { margin-block-end: var(--_na-space-block-xs); }
  .item-actions { display: flex; flex-wrap: wrap; gap: var(--_na-space-inline-xs); margin-block-end: var(--_na-space-block-sm); }
  fieldset.edit-option, fieldset.edit-schedule {
    border: var(--_na-border-width-sm) solid var(--_na-color-border-subtle);
    border-radius: var(--_na-border-radius-sm);
    padding-block: var(--_na-space-block-sm); padding-inline: var(--_na-space-inline-md);
    margin-block-end: var(--_na-space-block-md);
    background-color: var(--_na-color-background);
  }
  fieldset.edit-option > legend, fieldset.edit-schedule > legend { padding-inline: var(--_na-space-inline-xs); }
  fieldset.groups, fieldset.days { margin-block-end: var(--_na-space-block-sm); }
  .day-list { display: flex; flex-wrap: wrap; column-gap: var(--_na-space-inline-sm); }
  .embed-code { font-family: ui-monospace, monospace; font-size: var(--_na-font-size-sm); }
  details.embed { margin-block: var(--_na-space-block-sm); }
  details.embed > summary { cursor: pointer; min-block-size: var(--_na-target-size-min); display: flex; align-items: center; font-weight: var(--_na-font-weight-bold); color: var(--_na-color-accent); }
  .field-row { display: grid; grid-template-columns: 1fr; column-gap: var(--_na-space-inline-md); }
  @container (min-width: 40rem) {
    .field-row { grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); }
  }

  @media (forced-colors: active) {
    .option--match { border-color: Highlight; }
  }

  @media print {
    :host { ${print} }
    :host([print-format='pocket']) { ${pocket} }
  }
  :host([print-preview]) { ${print} }
  :host([print-preview][print-format='pocket']) { ${pocket} }
`;
