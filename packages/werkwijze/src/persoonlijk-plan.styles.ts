import { css } from 'lit';

const print = css`
  .suggestions { display: none; }
  .print-lines span { display: block; border-block-end: 1px solid #000; block-size: 7mm; }
  .row .na-button, .look-back .na-button { display: none; }
  .look-back { break-inside: avoid; }
`;

export const persoonlijkPlanStyles = css`
  .goal .na-section {
    background-color: var(--na-persoonlijk-plan-goal-background-color, var(--_na-color-accent-subtle));
  }
  .rows, .suggestion-list, .look-back-list { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_na-space-block-sm); }
  ol.rows { list-style: none; }
  .row { display: flex; flex-wrap: wrap; align-items: end; gap: var(--_na-space-inline-xs); }
  .row .na-field { flex: 1 1 16rem; margin: 0; }
  .suggestion-list li { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_na-space-inline-sm); }
  .look-back {
    background-color: var(--na-persoonlijk-plan-look-back-background-color, var(--_na-color-surface));
    border: var(--_na-border-width-sm) solid var(--_na-color-border);
    border-radius: var(--_na-border-radius-md);
    padding: var(--_na-space-block-sm) var(--_na-space-inline-md);
  }
  @media print {
    :host { ${print} }
  }
  :host([print-preview]) { ${print} }
`;
