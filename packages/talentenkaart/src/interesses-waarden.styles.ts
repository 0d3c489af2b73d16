import { css } from 'lit';

/** On paper: the workbook's four-column grid; liked interests circled, disliked ones crossed. */
const print = css`
  .grid { grid-template-columns: repeat(4, 1fr); gap: 0; border: 1px solid #000; }
  .cell { border: 1px solid #000; padding: 1.5mm; }
  .interest { border: 0; background: none; min-block-size: 9mm; padding: 1mm 3mm; }
  .interest[data-mark='neutraal'] .interest__state { display: none; }
  .interest[data-mark='leuk'] { border: 1.5px solid #000; border-radius: 999px; background: none; }
  .interest[data-mark='hekel'] { border: 1.5px dashed #000; background: none; }
  .interest__symbol { color: #000; }
  .own { display: flex; }
  .own .na-field { margin: 0; }
  .own .interest__name--own, .own .interest__mark { position: static; inline-size: auto; block-size: auto; clip-path: none; white-space: normal; }
  .own:has(.interest) .na-field { display: none; }
  .ask-values { border: 1px solid #000; background: none; }
  .follow-ups { grid-template-columns: 1fr 1fr; }
  .follow-up { border: 1px solid #000; }
  .summary { display: none; }
`;

export const interessesWaardenStyles = css`
  .grid {
    list-style: none; margin: 0; padding: 0;
    display: grid; grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_na-space-block-xs) var(--_na-space-inline-xs);
  }
  @container (min-width: 36rem) {
    .grid { grid-template-columns: repeat(4, minmax(0, 1fr)); }
    .follow-ups { grid-template-columns: 1fr 1fr; }
  }
  .cell { display: flex; min-inline-size: 0; }
  .cell > * { flex: 1; min-inline-size: 0; }
  .interest {
    display: flex; flex-direction: column; align-items: flex-start; justify-content: center; gap: 0.1em;
    inline-size: 100%; min-block-size: max(3rem, var(--_na-target-size-min));
    padding-block: var(--_na-space-block-xs); padding-inline: var(--_na-space-inline-sm);
    border: var(--_na-border-width-md) solid var(--_na-color-border-subtle);
    border-radius: var(--_na-border-radius-sm);
    background-color: var(--na-interesses-waarden-interest-background-color, var(--_na-color-background));
    color: var(--_na-color-text);
    font: inherit; text-align: start; overflow-wrap: anywhere;
  }
  button.interest { cursor: pointer; touch-action: manipulation; }
  button.interest:hover { border-color: var(--_na-color-accent); }
  .interest__name { font-weight: var(--_na-font-weight-bold); }
  .interest__state { display: flex; align-items: baseline; gap: 0.3em; font-size: var(--_na-font-size-sm); }
  .interest__symbol { color: var(--_na-color-text-subtle); }
  /* Liked: circled, as on paper ("omcirkelen"). */
  .interest[data-mark='leuk'] {
    border-color: var(--na-interesses-waarden-interest-liked-border-color, var(--_na-color-accent));
    border-width: 3px;
    border-radius: 1.5rem;
    background-color: var(--na-interesses-waarden-interest-liked-background-color, var(--_na-color-accent-subtle));
  }
  .interest[data-mark='leuk'] .interest__symbol { color: var(--_na-color-accent); }
  /* Disliked: a dashed frame and a cross. */
  .interest[data-mark='hekel'] {
    border-style: dashed; border-width: 3px; border-color: var(--_na-color-text-subtle);
    background-color: var(--na-interesses-waarden-interest-disliked-background-color, var(--_na-color-surface));
  }
  .interest[data-mark='hekel'] .interest__symbol { color: var(--_na-color-text); font-weight: var(--_na-font-weight-bold); }
  .interest--blank { border-style: dotted; }
  .own { display: flex; flex-wrap: wrap; align-items: stretch; gap: var(--_na-space-inline-xs); }
  .own .na-field { margin: 0; gap: 0; flex: 1 1 5rem; min-inline-size: 0; }
  .own .na-input { block-size: 100%; min-inline-size: 0; }
  .own .interest { inline-size: auto; flex: none; align-items: center; min-inline-size: var(--_na-target-size-min); }
  /*
   * The own interest's name is in its field, and beside it the mark shows its symbol and frame
   * only, so the tile stays one row high; screen readers hear name and state in full.
   */
  .own .interest__name--own, .own .interest__mark {
    position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
  }
  .ask-values {
    margin-block: var(--_na-space-block-md);
    padding: var(--_na-space-block-sm) var(--_na-space-inline-md);
    border: var(--_na-border-width-md) solid var(--_na-color-border);
    border-radius: var(--_na-border-radius-md);
    background-color: var(--_na-color-background);
  }
  .ask-values p:last-child { margin: 0; }
  .follow-ups { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_na-space-block-md) var(--_na-space-inline-md); }
  .follow-up {
    padding: var(--_na-space-block-sm) var(--_na-space-inline-md);
    background-color: var(--_na-color-background);
    border: var(--_na-border-width-sm) solid var(--_na-color-border-subtle);
    border-radius: var(--_na-border-radius-md);
    break-inside: avoid;
  }
  .follow-up__heading { font-size: var(--_na-font-size-md); }
  .lead { font-weight: var(--_na-font-weight-bold); }
  .summary-list { margin-block: 0 var(--_na-space-block-sm); }
  .source { font-size: var(--_na-font-size-sm); }
  @media (forced-colors: active) {
    .interest[data-mark='leuk'], .interest[data-mark='hekel'] { border-color: CanvasText; }
  }
  @media print {
    :host { ${print} }
  }
  :host([print-preview]) { ${print} }
`;
