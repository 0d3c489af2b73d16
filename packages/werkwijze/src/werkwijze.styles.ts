import { css } from 'lit';

const print = css`
  .phases { display: none; }
  .phase-panel[hidden] { display: block; }
  .phase-panel { break-before: page; }
  .phase-panel:first-of-type { break-before: auto; }
  .link { display: none; }
  .instrument { content-visibility: visible; }
  details.na-guidance { display: none; }
  table { font-size: 9pt; }
  th, td { border: 1px solid #000; }
`;

export const werkwijzeStyles = css`
  .phases {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_na-space-inline-xs);
    margin-block: var(--_na-space-block-md);
    border-block-end: var(--_na-border-width-md) solid var(--_na-color-border);
    padding-block-end: var(--_na-space-block-xs);
  }
  .phase-tab {
    min-block-size: var(--_na-target-size-min);
    min-inline-size: var(--_na-target-size-min);
    padding-block: var(--_na-space-block-xs);
    padding-inline: var(--_na-space-inline-sm);
    font: inherit;
    color: var(--na-werkwijze-phase-tab-color, var(--_na-color-text));
    background-color: var(--na-werkwijze-phase-tab-background-color, var(--_na-color-surface));
    border: var(--_na-border-width-sm) solid var(--_na-color-border);
    border-radius: var(--_na-border-radius-sm);
    cursor: pointer;
  }
  .phase-tab[aria-selected='true'] {
    color: var(--na-werkwijze-phase-tab-current-color, var(--_na-color-accent-text));
    background-color: var(--na-werkwijze-phase-tab-current-background-color, var(--_na-color-accent));
    border-color: var(--na-werkwijze-phase-tab-current-background-color, var(--_na-color-accent));
    font-weight: var(--_na-font-weight-bold);
    text-decoration: underline;
    text-underline-offset: 0.25em;
  }
  .phase-tab:focus-visible {
    outline: var(--_na-focus-outline-width) solid var(--_na-color-focus);
    outline-offset: var(--_na-focus-outline-offset);
  }
  .phase-number {
    display: inline-block;
    min-inline-size: 1.5em;
    font-weight: var(--_na-font-weight-bold);
  }
  .phase-panel > * + * { margin-block-start: var(--_na-space-block-md); }
  /*
   * An edit in one instrument changes others (a marked signal highlights options on the verwijskaart):
   * an instrument off screen is laid out and painted only once it comes near, keeping its last size
   * meanwhile (issue 32: the edit's frame at 4× CPU throttle). On paper every one is laid out.
   */
  .instrument {
    display: block; content-visibility: auto; contain-intrinsic-size: auto 40rem;
    /* Its containment clips what is painted outside it: not the focus rings of what is inside. */
    overflow-clip-margin: calc(var(--_na-focus-outline-width) + var(--_na-focus-outline-offset));
  }
  .instrument:focus, .knowledge details:focus { outline: var(--_na-focus-outline-width) solid var(--_na-color-focus); outline-offset: var(--_na-focus-outline-offset); }
  .link {
    background-color: var(--na-werkwijze-link-background-color, var(--_na-color-accent-subtle));
    border-inline-start: var(--_na-border-width-md) solid var(--_na-color-accent);
    padding-block: var(--_na-space-block-sm);
    padding-inline: var(--_na-space-inline-md);
  }
  .link-actions { display: flex; flex-wrap: wrap; gap: var(--_na-space-inline-sm); }
  .sub { list-style: none; padding-inline-start: var(--_na-space-inline-md); }
  dt { font-weight: var(--_na-font-weight-bold); }
  dd { margin-inline-start: 0; margin-block-end: var(--_na-space-block-sm); }
  .table-scroll { overflow-x: auto; }
  table { border-collapse: collapse; inline-size: 100%; }
  th, td { text-align: start; vertical-align: top; padding: var(--_na-space-block-xs) var(--_na-space-inline-xs); border: var(--_na-border-width-sm) solid var(--_na-color-border); }
  td ul { margin: 0; padding-inline-start: var(--_na-space-inline-md); }
  @media print {
    :host { ${print} }
  }
  :host([print-preview]) { ${print} }
`;
