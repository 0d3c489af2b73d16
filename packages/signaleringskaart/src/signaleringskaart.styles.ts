import { css } from 'lit';

const print = css`
  .groups { grid-template-columns: 1fr 1fr; gap: 4mm; }
  .next-step, .summary { display: none; }
  .print-lines span { display: block; border-block-end: 1px solid #000; block-size: 7mm; }
  .own .na-button { display: none; }
`;

export const signaleringskaartStyles = css`
  .groups {
    display: grid;
    gap: var(--na-signaleringskaart-groups-gap, var(--_na-space-block-md));
    grid-template-columns: 1fr;
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
  .summary ul { margin-block: 0 var(--_na-space-block-sm); }
  @media print {
    :host { ${print} }
  }
  :host([print-preview]) { ${print} }
`;
