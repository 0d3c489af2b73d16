import { css } from 'lit';

/**
 * The card on paper (A3 landscape; A4 as fallback): five columns, the equation above them,
 * every note with its author, no controls.
 */
const print = css`
  .step-tabs, .facilitator, .agreement, .note-actions, .move-menu, .add-note, .add-open, .participants, .now,
  .na-header .lead, .meta .na-field__description { display: none !important; }
  .card { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 3mm; }
  .equation { display: contents; }
  .term { display: flex; grid-row: 1; justify-content: space-between; font-size: 14pt; color: #000; }
  .term--acties { grid-column: 1; }
  .term--voorwaarden { grid-column: 2; }
  .term--samenwerking { grid-column: 3 / span 2; }
  .term--succes { grid-column: 5; }
  .column, .column[data-quiet], .column[data-current] {
    display: block !important; grid-row: 2; grid-column: var(--_column);
    background: none; border: 1px solid #000; border-radius: 0; padding: 2mm; opacity: 1;
  }
  .cell { border-block-start: 1px solid #000; padding-block: 1mm 2mm; }
  .notes { gap: 1.5mm; }
  .na-note {
    box-shadow: none; border: 1px solid #000; border-inline-start-width: 3px; break-inside: avoid; padding: 1mm 1.5mm;
    print-color-adjust: exact; -webkit-print-color-adjust: exact;
  }
  .note-item.dragging { transform: none !important; }
  .print-lines span { display: block; border-block-end: 1px solid #777; block-size: 9mm; }
  .card-notes { font-size: 8pt; }
`;

/** A4 landscape: the same five columns, a little smaller. A4 portrait: one step under the other. */
const printSmall = css`
  @media print and (max-width: 290mm) {
    :host { font-size: 8pt; }
    .term { font-size: 11pt; }
  }
  @media print and (max-width: 200mm) {
    .card { grid-template-columns: 1fr; }
    .equation { display: block; font-size: 11pt; margin-block-end: 2mm; }
    .term { display: inline; }
    .column, .column[data-quiet], .column[data-current] { grid-row: auto; grid-column: auto; break-inside: avoid; }
    .column { display: grid !important; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 2mm; }
    .column__heading { grid-column: 1 / -1; }
  }
`;

export const partnerschapskaartStyles = css`
  /* Author colours by attribute, not inline style: a strict CSP blocks style attributes. */
  [data-color='1'] { --_na-note-color: var(--_na-color-note-1); }
  [data-color='2'] { --_na-note-color: var(--_na-color-note-2); }
  [data-color='3'] { --_na-note-color: var(--_na-color-note-3); }
  [data-color='4'] { --_na-note-color: var(--_na-color-note-4); }
  [data-color='5'] { --_na-note-color: var(--_na-color-note-5); }
  [data-color='6'] { --_na-note-color: var(--_na-color-note-6); }
  .column[data-step='waarden'] { --_column: 5; }
  .column[data-step='relaties'] { --_column: 4; }
  .column[data-step='handelen'] { --_column: 3; }
  .column[data-step='condities'] { --_column: 2; }
  .column[data-step='acties'] { --_column: 1; }
  :host([projector]) {
    --na-font-size-sm: 1.125rem;
    --na-font-size-md: 1.375rem;
    --na-font-size-lg: 1.75rem;
    --na-font-size-xl: 2.25rem;
    --na-border-width-sm: 2px;
    --na-border-width-md: 3px;
    --na-target-size-min: 3rem;
  }
  .lead { font-weight: var(--_na-font-weight-bold); }

  /* Who writes: participants with their colour */
  .meta { display: grid; gap: var(--_na-space-block-sm); margin-block-end: var(--_na-space-block-md); }
  .chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: var(--_na-space-inline-sm); }
  .chip { gap: var(--_na-space-inline-sm); font-weight: var(--_na-font-weight-normal); }
  .chip[aria-pressed='true'] { background-color: var(--_na-color-accent-subtle); color: var(--_na-color-accent); font-weight: var(--_na-font-weight-bold); box-shadow: inset 0 0 0 2px var(--_na-color-accent); }
  .chip--static { display: inline-flex; align-items: center; }
  .swatch {
    display: inline-block; inline-size: 1.1em; block-size: 1.1em; flex: none;
    background-color: var(--_na-note-color); border: 1px solid var(--_na-color-text);
  }

  /* Others writing in this cell now (shared session) */
  .co-editors { display: flex; align-items: center; flex-wrap: wrap; gap: var(--_na-space-inline-xs); margin: 0 0 var(--_na-space-block-sm); font-size: var(--_na-font-size-sm); color: var(--_na-color-text-subtle); }

  /* Step tabs: narrow screens show one step at a time */
  .step-tabs { display: flex; flex-wrap: wrap; gap: var(--_na-space-inline-xs); margin-block-end: var(--_na-space-block-sm); }

  /* The card: STAP 1 at the inline end (right in Dutch), as on paper */
  .card { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--na-partnerschapskaart-gap, var(--_na-space-inline-sm)); }
  .equation {
    display: flex; flex-wrap: wrap; gap: var(--_na-space-inline-sm); margin: 0;
    font-family: var(--_na-font-family-heading); font-weight: var(--_na-font-weight-bold); font-size: var(--_na-font-size-lg);
    color: var(--na-partnerschapskaart-equation-color, var(--_na-color-text));
  }
  .term { display: inline-flex; gap: var(--_na-space-inline-sm); }
  .op { color: var(--_na-color-text-subtle); }
  .column {
    display: none; min-inline-size: 0;
    padding-block: var(--_na-space-block-sm); padding-inline: var(--_na-space-inline-sm);
    background-color: var(--na-partnerschapskaart-column-background-color, var(--_na-color-surface));
    border: var(--_na-border-width-sm) solid var(--_na-color-border-subtle);
    border-radius: var(--_na-border-radius-md);
  }
  .column[data-shown] { display: block; }
  .column[data-current] {
    background-color: var(--na-partnerschapskaart-column-current-background-color, var(--_na-color-accent-subtle));
    border: var(--_na-border-width-md) solid var(--na-partnerschapskaart-column-current-border-color, var(--_na-color-accent));
    box-shadow: 0 0 0 3px var(--na-partnerschapskaart-column-current-border-color, var(--_na-color-accent));
  }
  .column[data-quiet] {
    background-color: var(--na-partnerschapskaart-column-quiet-background-color, var(--_na-color-background));
    border-style: dashed;
  }
  .column__heading { font-size: var(--_na-font-size-lg); display: flex; flex-wrap: wrap; gap: 0 var(--_na-space-inline-sm); }
  .column__step { color: var(--_na-color-text-subtle); }
  .now {
    display: inline-block; margin-block-end: var(--_na-space-block-sm);
    padding-inline: var(--_na-space-inline-sm); border-radius: var(--_na-border-radius-sm);
    background-color: var(--_na-color-accent); color: var(--_na-color-accent-text); font-weight: var(--_na-font-weight-bold);
  }
  .cell {
    border-block-start: var(--_na-border-width-sm) solid var(--_na-color-border-subtle);
    padding-block: var(--_na-space-block-sm);
    border-radius: var(--_na-border-radius-sm);
  }
  .cell.drop-target { outline: var(--_na-border-width-md) dashed var(--_na-color-accent); outline-offset: 2px; background-color: var(--_na-color-accent-subtle); }
  .cell__heading { font-size: var(--_na-font-size-md); margin-block-end: var(--_na-space-block-xs); }
  .aspects { margin-block: 0 var(--_na-space-block-sm); padding-inline-start: var(--_na-space-inline-lg); color: var(--_na-color-text-subtle); }
  .notes { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_na-space-block-sm); }
  .note-item { position: relative; touch-action: auto; }
  .note-item > .na-note { cursor: grab; overflow-wrap: anywhere; }
  .note-item.dragging { z-index: 2; }
  .note-item.dragging > .na-note { cursor: grabbing; box-shadow: 0 6px 16px rgba(0, 0, 0, 0.35); }
  .note-from { font-size: var(--_na-font-size-sm); font-style: italic; }
  .note-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0; margin-block-start: var(--_na-space-block-xs); }
  .note-actions .na-button { color: var(--_na-color-accent); padding-inline: var(--_na-space-inline-xs); font-size: var(--_na-font-size-sm); }
  .grip {
    display: inline-flex; align-items: center; justify-content: center;
    min-inline-size: 2rem; min-block-size: var(--_na-target-size-min);
    font-size: var(--_na-font-size-lg); cursor: grab; touch-action: none; user-select: none;
  }
  .removed {
    display: flex; flex-wrap: wrap; align-items: center; gap: 0 var(--_na-space-inline-sm);
    margin-block-start: var(--_na-space-block-xs); padding-inline: var(--_na-space-inline-sm);
    border-inline-start: 4px solid var(--_na-color-accent); background-color: var(--_na-color-background);
  }
  .removed p { margin: 0; font-size: var(--_na-font-size-sm); overflow-wrap: anywhere; }
  .note-editor { display: grid; gap: var(--_na-space-block-xs); }
  .note-editor .na-field { margin: 0; }
  .move-menu {
    margin-block-start: var(--_na-space-block-sm);
    padding: var(--_na-space-block-sm) var(--_na-space-inline-sm);
    background-color: var(--_na-color-background); color: var(--_na-color-text);
    border: var(--_na-border-width-md) solid var(--_na-color-accent); border-radius: var(--_na-border-radius-sm);
  }
  .move-menu ul { list-style: none; margin: 0 0 var(--_na-space-block-xs); padding: 0; }
  .move-menu .na-button { justify-content: flex-start; text-align: start; inline-size: 100%; color: var(--_na-color-accent); }
  .move-menu__label, .move-menu__step { font-weight: var(--_na-font-weight-bold); margin: 0; }
  .move-menu__step { margin-block-start: var(--_na-space-block-xs); font-size: var(--_na-font-size-sm); }
  .add-note { flex-direction: column; align-items: stretch; }
  .add-note__buttons { display: flex; flex-wrap: wrap; gap: var(--_na-space-inline-xs); }
  .add-open { margin-block-start: var(--_na-space-block-xs); }
  .add-open .na-button { padding-inline: var(--_na-space-inline-xs); }
  .swatch--none { background-color: transparent; border-style: dashed; }
  .add-note .na-field { flex: none; }
  .add-note textarea.na-input { min-block-size: 3em; }
  .card-notes { font-size: var(--_na-font-size-sm); margin-block-start: var(--_na-space-block-sm); }

  @container (min-width: 60rem) {
    .step-tabs { display: none; }
    .card { grid-template-columns: repeat(5, minmax(0, 1fr)); }
    .equation { display: contents; }
    .term { grid-row: 1; display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; }
    .term--acties { grid-column: 1; }
    .term--voorwaarden { grid-column: 2; }
    .term--samenwerking { grid-column: 3 / span 2; }
    .term--succes { grid-column: 5; }
    .column { display: block; grid-row: 2; grid-column: var(--_column); }
  }

  /* Facilitator: the session script of 11.4 */
  .facilitator {
    padding: var(--_na-space-block-md) var(--_na-space-inline-md); margin-block-end: var(--_na-space-block-md);
    border: var(--_na-border-width-md) solid var(--_na-color-accent); border-radius: var(--_na-border-radius-md);
  }
  .session-steps { list-style: none; margin: 0 0 var(--_na-space-block-md); padding: 0; display: flex; flex-wrap: wrap; gap: var(--_na-space-inline-xs); }
  .session-current { display: grid; gap: var(--_na-space-inline-md); }
  @container (min-width: 40rem) {
    .session-current { grid-template-columns: minmax(0, 2fr) minmax(12rem, 1fr); }
  }
  .timer { padding: var(--_na-space-block-sm) var(--_na-space-inline-md); background-color: var(--_na-color-surface); border-radius: var(--_na-border-radius-md); }
  .timer__label { font-weight: var(--_na-font-weight-bold); margin: 0; }
  .timer__time { font-size: calc(var(--_na-font-size-xl) * 1.6); font-weight: var(--_na-font-weight-bold); font-variant-numeric: tabular-nums; margin: 0; }
  .timer__buttons, .session-nav, .agreement__buttons { display: flex; flex-wrap: wrap; gap: var(--_na-space-inline-sm); margin-block-start: var(--_na-space-block-sm); }
  .merge { margin-block: var(--_na-space-block-sm); }

  /* Step 6: the agreement text */
  .agreement { margin-block-start: var(--_na-space-block-lg); }
  .agreement__details > summary { cursor: pointer; min-block-size: var(--_na-target-size-min); display: flex; align-items: center; font-weight: var(--_na-font-weight-bold); color: var(--_na-color-accent); }
  .agreement__text {
    white-space: pre-wrap; overflow-wrap: anywhere; max-block-size: 30rem; overflow: auto;
    padding: var(--_na-space-block-sm) var(--_na-space-inline-sm); margin: 0;
    border: var(--_na-border-width-sm) solid var(--_na-color-border); border-radius: var(--_na-border-radius-sm);
    background-color: var(--_na-color-background); font-size: var(--_na-font-size-sm);
  }

  @media (forced-colors: active) {
    .column[data-current] { outline: 3px solid Highlight; }
    .swatch { forced-color-adjust: none; }
  }
  @media (prefers-reduced-motion: no-preference) {
    .column { transition: background-color var(--_na-motion-duration); }
  }

  @media print {
    :host { ${print} }
  }
  :host([print-preview]) { ${print} }
  ${printSmall}
`;
