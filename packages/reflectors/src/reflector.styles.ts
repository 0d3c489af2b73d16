import { css } from 'lit';

/** Paper: the familiar table — statement | scale | comment column, lines to write on. */
const print = css`
  .moments__list, .moments__actions, .moments__label, .talk:not(.talk--on) { display: none; }
  .moments { background: none; padding: 0; margin: 0; }
  .moment-header .na-button { display: none; }
  .table-head { display: grid !important; border-block-end: 1px solid #000 !important; }
  .table-head__scale { visibility: visible !important; display: flex; }
  .table-head__scale span, .na-scale__option { inline-size: 9mm; flex: none; }
  .sheet .table-head, .sheet .statement { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) !important; }
  .sheet.has-scale .table-head, .sheet.has-scale .statement { grid-template-columns: minmax(0, 3fr) auto !important; }
  .sheet.has-scale.has-comment .table-head, .sheet.has-scale.has-comment .statement { grid-template-columns: minmax(0, 5fr) auto minmax(0, 4fr) !important; }
  .statement { border-block-end: 1px solid #000 !important; padding-block: 2mm !important; gap: 1mm 3mm !important; }
  .statement__extra { grid-column: 1; }
  .na-scale__options { flex-direction: row !important; flex-wrap: nowrap !important; gap: 0 !important; }
  .na-scale__option { padding: 0 !important; min-block-size: 0 !important; gap: 1mm !important; background: none !important; outline: 0 !important; }
  .na-scale__option span { font-size: 0; }
  .na-scale__option strong { font-size: var(--_na-print-font-size); }
  .na-scale__option input { inline-size: 4mm !important; block-size: 4mm !important; }
  .statement__comment .na-field { margin: 0; }
  .statement__comment .na-field__label-wrap, .statement__comment .na-field > .na-field__label { display: none; }
  .statement__comment textarea, .entry textarea, .statement__extra .na-button, .entry .na-button { display: none !important; }
  .print-text { white-space: pre-wrap; min-block-size: 10mm; border-block-end: 1px dotted #000; margin: 0; }
  .entry .print-text { min-block-size: 0; }
  .columns { grid-template-columns: 1fr 1fr 1fr !important; gap: 3mm; }
  .print-lines span { display: block; border-block-end: 1px solid #000; block-size: 8mm; }
  .print-line { display: inline-block; inline-size: 60mm; border-block-end: 1px solid #000; }
  .changed-mark { border: 1px solid #000; padding-inline: 1mm; }
  .table-scroll { overflow: visible !important; }
  table { font-size: 9pt; }
  th, td { border-color: #000; }
`;

export const reflectorStyles = css`
  .warning { font-weight: var(--_na-font-weight-bold); }
  .scale-key { font-size: var(--_na-font-size-sm); color: var(--_na-color-text-subtle); }
  .source { font-size: var(--_na-font-size-sm); margin-block-start: var(--_na-space-block-md); }

  /* Fillings */
  .moments {
    display: flex; flex-wrap: wrap; align-items: center; gap: var(--_na-space-block-sm) var(--_na-space-inline-md);
    margin-block: var(--_na-space-block-md);
    padding-block: var(--_na-space-block-sm); padding-inline: var(--_na-space-inline-md);
    background-color: var(--_na-color-surface);
    border-radius: var(--_na-border-radius-md);
  }
  .moments__label { margin: 0; font-weight: var(--_na-font-weight-bold); }
  .moments__list { display: flex; flex-wrap: wrap; gap: var(--_na-space-inline-sm); list-style: none; margin: 0; padding: 0; }
  .moments .na-button[aria-pressed='true'] { background-color: var(--_na-color-accent); color: var(--_na-color-accent-text); }
  .moments .na-button[aria-pressed='true']::before { content: '✓ '; }
  /* Starting a filling is an action, not one of the fillings: set apart, dashed, with a plus, never filled like the shown one. */
  .moments__actions { margin-inline-start: auto; }
  .moments__actions .na-button { border-style: dashed; }
  .moments__actions .na-button::before { content: '+' / ''; }
  .moment-header { display: flex; flex-wrap: wrap; align-items: end; gap: var(--_na-space-inline-md); }
  .moment-header .na-field { flex: 0 1 16rem; }

  /* Statements: stacked on small screens, a table row from 48rem */
  .table-head { display: none; }
  ol.statements { list-style: none; margin: 0; padding: 0; counter-reset: statement; }
  .statement {
    display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_na-space-block-xs) var(--_na-space-inline-md);
    padding-block: var(--_na-space-block-md);
    border-block-end: var(--_na-border-width-sm) solid var(--na-reflector-statement-border-color, var(--_na-color-border-subtle));
    counter-increment: statement;
    break-inside: avoid;
  }
  .statement__text { font-weight: var(--_na-font-weight-bold); margin: 0; }
  .statement__text::before { content: counter(statement) '. ' / ''; } /* the list says the number; the name stays the statement */
  .na-scale__options { display: flex; flex-direction: column; gap: var(--_na-space-block-xs); }
  .na-scale__option:has(input:checked) {
    background-color: var(--na-reflector-option-checked-background-color, var(--_na-color-accent-subtle));
    outline: var(--_na-border-width-sm) solid var(--_na-color-accent);
  }
  .statement__extra { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_na-space-inline-sm); }
  .statement__comment .na-field { margin: 0; }
  @container (min-width: 48rem) {
    .table-head {
      display: grid; gap: var(--_na-space-inline-md);
      font-weight: var(--_na-font-weight-bold); padding-block-end: var(--_na-space-block-xs);
      border-block-end: var(--_na-border-width-md) solid var(--na-reflector-statement-border-color, var(--_na-color-border));
    }
    .table-head__scale { visibility: hidden; }
    /* the column header says it once; each field keeps its label for screen readers */
    .statement__comment .na-field__label-wrap {
      position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
    }
    .sheet .table-head, .sheet .statement { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); align-items: start; }
    .sheet.has-scale.has-comment .table-head, .sheet.has-scale.has-comment .statement { grid-template-columns: minmax(0, 5fr) minmax(0, 4fr) minmax(0, 4fr); }
    .statement__extra { grid-column: 1; }
  }

  /* Free columns (7.5) */
  .columns { display: grid; gap: var(--_na-space-block-md); grid-template-columns: minmax(0, 1fr); }
  @container (min-width: 48rem) {
    .columns { grid-template-columns: repeat(3, minmax(0, 1fr)); }
  }
  .columns .na-section { margin: 0; background-color: var(--na-reflector-column-background-color, var(--_na-color-surface)); }
  ul.entries { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_na-space-block-xs); }
  .entry .na-field { margin-block-end: var(--_na-space-block-xs); }

  /* Comparison (10.1): per statement, side by side; changes marked with a word, not colour alone */
  .table-scroll { overflow-x: auto; }
  .table-scroll:focus-visible { outline-offset: 2px; }
  table { border-collapse: collapse; inline-size: 100%; }
  th, td {
    text-align: start; vertical-align: top;
    padding-block: var(--_na-space-block-xs); padding-inline: var(--_na-space-inline-sm);
    border: var(--_na-border-width-sm) solid var(--_na-color-border-subtle);
  }
  td > span { display: block; }
  .cell-comment { white-space: pre-wrap; font-style: italic; }
  .cell-talk { font-size: var(--_na-font-size-sm); }
  .cell-talk::before { content: '» '; }
  tr.changed > * {
    background-color: var(--na-reflector-changed-background-color, var(--_na-color-highlight));
  }
  tr.changed > th { border-inline-start: 6px solid var(--_na-color-accent); }
  .changed-mark::before { content: '≠ '; }
  .cell-entries { margin: 0; padding-inline-start: var(--_na-space-inline-md); }

  .talk-list { margin-block-start: var(--_na-space-block-md); }

  @media (forced-colors: active) {
    tr.changed > th { border-inline-start-color: CanvasText; }
  }
  @media print {
    :host { ${print} }
  }
  :host([print-preview]) { ${print} }
`;
