import { css } from 'lit';

const print = css`
  .people { grid-template-columns: repeat(auto-fit, minmax(60mm, 1fr)); gap: 4mm; }
  .person { border: 1px solid #000; background: none; padding: 3mm; }
  .person .starters, .person .wishes { grid-template-columns: 1fr; }
  .person .name-date { grid-template-columns: 1fr; }
`;

export const groepStyles = css`
  .people-empty { margin-block: var(--_na-space-block-md); }
  .steps { margin-block: 0 var(--_na-space-block-sm); }
  .people {
    display: grid;
    gap: var(--_na-space-block-md) var(--_na-space-inline-md);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--na-talentenkaart-groep-person-min-inline-size, 20rem)), 1fr));
    margin-block: var(--_na-space-block-md);
  }
  .person {
    min-inline-size: 0;
    padding: var(--_na-space-block-sm) var(--_na-space-inline-sm);
    border: var(--_na-border-width-md) solid var(--_na-color-border-subtle);
    border-radius: var(--_na-border-radius-md);
    background-color: var(--na-talentenkaart-groep-person-background-color, var(--_na-color-background));
  }
  /* Inside a narrow card the two-column layouts stay one column. */
  .person .starters, .person .wishes, .person .name-date { grid-template-columns: 1fr; }
  .person .na-section { padding-inline: var(--_na-space-inline-sm); }
  .suggestions, .actions { margin: 0; padding-inline-start: var(--_na-space-inline-lg); display: grid; gap: var(--_na-space-block-md); }
  .suggestion ul { margin-block: 0 var(--_na-space-block-sm); }
  .lead { font-weight: var(--_na-font-weight-bold); }
  .action .na-heading { font-size: var(--_na-font-size-md); }
  @media print {
    :host { ${print} }
  }
  :host([print-preview]) { ${print} }
`;
