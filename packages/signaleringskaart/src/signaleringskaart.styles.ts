import { css } from 'lit';

const print = css`
  .groups { grid-template-columns: 1fr 1fr; gap: 4mm; margin-block-end: 4mm; }
  /* The chosen next step goes on paper (it is what was decided); the summary repeats the marks. */
  .summary, .next-step .na-button, .forward-status { display: none; }
  /* A pen needs no 44 px target: compact lines keep a filled card on two pages. */
  ul.items { gap: 0; }
  .na-choice { min-block-size: 0; padding-block: 0.6mm; }
  .na-choice input { inline-size: 4mm; block-size: 4mm; }
  .na-section { padding-block: 3mm; padding-inline: 4mm; }
  .print-lines span { display: block; border-block-end: 1px solid #000; block-size: 7mm; }
  .own .na-button { display: none; }
`;

export const signaleringskaartStyles = css`
  .groups {
    display: grid;
    gap: var(--na-signaleringskaart-groups-gap, var(--_na-space-block-md));
    grid-template-columns: 1fr;
    /* The groups' own margins are 0 inside the grid: the card after them keeps the same gap. */
    margin-block-end: var(--na-signaleringskaart-groups-gap, var(--_na-space-block-md));
  }
  @container (min-width: 40rem) {
    .groups { grid-template-columns: 1fr 1fr; }
  }
  .groups .na-section { margin: 0; }
  .na-section {
    background-color: var(--na-signaleringskaart-group-background-color, var(--_na-color-surface));
  }
  ul.items { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_na-space-block-xs); }
  .own { display: flex; align-items: center; gap: var(--_na-space-inline-xs); }
  .own .na-choice { flex: 1; }
  .na-choice:has(input:checked) {
    background-color: var(--na-signaleringskaart-item-checked-background-color, var(--_na-color-accent-subtle));
  }
  .lead { font-weight: var(--_na-font-weight-bold); }
  .forward-status { font-weight: var(--_na-font-weight-bold); }
  .forward-status:empty { margin: 0; }
  .summary ul { margin-block: 0 var(--_na-space-block-sm); }
  @media print {
    :host { ${print} }
  }
  :host([print-preview]) { ${print} }
`;
