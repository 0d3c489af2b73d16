import { css } from 'lit';

const print = css`
  .map-layer { inline-size: 100%; max-block-size: 175mm; }
  .map-stack { --_zoom: 1 !important; }
  .map-stack .zoom { transform: none !important; }
  .contact .halo { display: none; }
  .ring { fill: #fff; stroke: #000; }
  .ring[data-ring='2'], .ring[data-ring='4'], .ring[data-ring='6'] { fill: #f2f2f2; }
  .shape, .ego-shape { fill: #fff; stroke: #000; }
  .tie, .sector-line { stroke: #000; }
  .ego-label { fill: #000; }
  .list { break-before: page; }
  .table-wrap, .table-wrap[hidden] { display: block; overflow: visible; content-visibility: visible; }
  #list-toggle { display: none; }
  table { font-size: 8pt; }
  th, td { padding-inline: 1mm; overflow-wrap: break-word; hyphens: auto; }
  .editor, .helpers .na-subtle, .view-options { display: none !important; }
`;

export const netwerkkaartStyles = css`
  :host {
    --_ring-border: var(--na-netwerkkaart-ring-border-color, var(--_na-color-border-subtle));
    --_ring-bg: var(--na-netwerkkaart-ring-background-color, var(--_na-color-surface));
    --_contact-bg: var(--na-netwerkkaart-contact-background-color, var(--_na-color-accent-subtle));
    --_contact-border: var(--na-netwerkkaart-contact-border-color, var(--_na-color-accent));
    --_tie: var(--na-netwerkkaart-tie-color, var(--_na-color-text-subtle));
    --_centre-bg: var(--na-netwerkkaart-centre-background-color, var(--_na-color-accent));
  }
  .fields { display: grid; gap: var(--_na-space-inline-md); grid-template-columns: 1fr; }
  @container (min-width: 40rem) {
    .fields { grid-template-columns: 2fr 1fr 1.5fr; }
    .editor-grid { grid-template-columns: 1fr 1fr; }
  }
  .view-options { display: flex; flex-wrap: wrap; gap: var(--_na-space-inline-sm); margin-block-end: var(--_na-space-block-sm); }

  .map { margin-block-end: var(--_na-space-block-sm); }
  /* Zoom (internal/zoom.ts): the map group scales by --_zoom; texts, contacts and lines keep their size on screen. */
  .zoom-controls { display: flex; flex-wrap: wrap; gap: var(--_na-space-inline-sm); margin-block-end: var(--_na-space-block-xs); }
  .map-svg { touch-action: pan-x pan-y; }
  .map-stack[data-zoomed] .map-svg { cursor: grab; }
  .map-stack[data-zoomed] .contact > *, .map-stack[data-zoomed] .contact-label > * { transform: scale(calc(1 / var(--_zoom, 1))); }
  .ring, .centre, .sector-line, .tie, .drop-target { vector-effect: non-scaling-stroke; }
  /*
   * The picture is a stack of <svg>s in one grid cell (internal/map-view.ts), painted in their
   * order: grid, ties, contacts, names. Each is a layer the browser paints on its own, so an edit
   * paints only the layers it changed. Only the contacts' layer takes the pointer.
   */
  .map-stack { display: grid; }
  .map-layer { grid-area: 1 / 1; position: relative; display: block; max-inline-size: 100%; block-size: auto; margin-inline: auto; user-select: none; -webkit-user-select: none; font-family: var(--_na-font-family-body); pointer-events: none; }
  .map-svg { pointer-events: auto; }
  .ring { fill: var(--_ring-bg); stroke: var(--_ring-border); stroke-width: 2; }
  .ring[data-ring='2'], .ring[data-ring='4'], .ring[data-ring='6'] { fill: var(--_na-color-background); }
  .centre { fill: var(--_na-color-background); stroke: var(--_ring-border); stroke-width: 2; }
  .sector-line { stroke: var(--_ring-border); stroke-width: 2; }
  .sector-label { fill: var(--_na-color-text); font-size: calc(13px / var(--_zoom, 1)); font-weight: var(--_na-font-weight-bold); text-anchor: middle; }
  .map-stack[data-size='wide'] .sector-label { font-size: calc(16px / var(--_zoom, 1)); }
  .sector-arc { fill: none; stroke: none; }
  .ring-label { fill: var(--_na-color-text-subtle); font-size: calc(13px / var(--_zoom, 1)); paint-order: stroke; stroke: var(--_na-color-background); stroke-width: calc(3px / var(--_zoom, 1)); }
  .drop-target { fill: var(--_na-color-highlight); stroke: var(--_na-color-focus); stroke-width: 3; stroke-dasharray: 8 6; opacity: 0.8; }
  .tie { stroke: var(--_tie); stroke-width: 2.5; fill: none; }
  /* Strained tie or conflict: a dashed line (no colour alone), also in the legend. */
  .tie[data-strained], .legend-tie[data-strained] { stroke-dasharray: 6 4; stroke-width: 3; }
  .ego-shape { fill: var(--_centre-bg); }
  .ego-label { fill: var(--_na-color-accent-text); font-size: calc(13px / var(--_zoom, 1)); font-weight: var(--_na-font-weight-bold); text-anchor: middle; }
  .contact { cursor: grab; outline: none; }
  .contact.dragging { cursor: grabbing; opacity: 0.85; }
  .contact .shape { fill: var(--_contact-bg); stroke: var(--_contact-border); stroke-width: 3; }
  .contact[data-valuation='positief'] .shape { stroke-width: 5; }
  .contact[data-valuation='lastig'] .shape { stroke-dasharray: 5 4; }
  /* Overleden: a light shape with its outline kept (3:1 against the ring), and the cross mark beside it. */
  .contact[data-deceased] .shape { fill: var(--_na-color-surface); }
  .contact-label { pointer-events: none; }
  .label[data-size='l'] { font-size: 16px; }
  .label[data-size='m'] { font-size: 14px; }
  .label[data-size='s'] { font-size: 12px; }
  .label[data-anchor='start'] { text-anchor: start; }
  .label[data-anchor='end'] { text-anchor: end; }
  .label { fill: var(--_na-color-text); text-anchor: middle; paint-order: stroke; stroke: var(--_na-color-background); stroke-width: 4px; stroke-linejoin: round; }
  .mark { fill: var(--_na-color-text); font-size: 18px; font-weight: var(--_na-font-weight-bold); }
  .contact .halo { fill: none; stroke: none; pointer-events: all; }
  .contact:focus-visible .halo, .contact:focus .halo { stroke: var(--_na-color-focus); stroke-width: 4; fill: var(--_na-color-focus-inverse); }
  .contact[aria-pressed='true'] .halo { stroke: var(--_na-color-focus); stroke-width: 4; stroke-dasharray: 6 4; fill: var(--_na-color-highlight); }
  .map-stack[data-density='high'] .mark { font-size: 12px; }
  /* A crowded map shows a name on focus or under the pointer (the list has them all), so names never pile up. */
  .contact-label[data-hidden]:not([data-shown]) .label { display: none; }
  .contact-label[data-shown] .label { font-weight: var(--_na-font-weight-bold); }

  .legend { display: flex; flex-wrap: wrap; gap: var(--_na-space-inline-md); list-style: none; padding: 0; margin-block: 0 var(--_na-space-block-md); font-size: var(--_na-font-size-sm); }
  .legend li { display: flex; align-items: center; gap: var(--_na-space-inline-xs); }
  .legend-icon { inline-size: 1.25rem; block-size: 1.25rem; fill: var(--_contact-bg); stroke: var(--_contact-border); stroke-width: 2; }
  .legend-tie { stroke: var(--_tie); stroke-width: 3; }
  .legend-lastig { stroke-dasharray: 3 2; }
  .legend-mark { font-weight: var(--_na-font-weight-bold); min-inline-size: 1.25rem; text-align: center; }

  /*
   * The form of the chosen contact stays with the map: beside it on a wide screen, on a narrow one
   * a sheet that sticks to the bottom of the screen over the map's lower edge.
   */
  .stage[data-editing] .editor {
    position: sticky; inset-block-end: 0; z-index: 1; max-block-size: 50dvh; overflow-y: auto;
    background: var(--_na-color-background); box-shadow: 0 -4px 12px rgb(0 0 0 / 0.2);
  }
  @container (min-width: 60rem) {
    .stage[data-editing] { display: grid; grid-template-columns: minmax(0, 1fr) minmax(20rem, 26rem); gap: var(--_na-space-inline-md); align-items: start; }
    .stage[data-editing] .editor { inset-block: 0 auto; max-block-size: 100dvh; box-shadow: none; }
  }
  .editor-grid { display: grid; gap: var(--_na-space-inline-md); }
  .editor .na-section { border: var(--_na-border-width-md) solid var(--_na-color-accent); }
  .actions, .row-actions, .compare-choice { display: flex; flex-wrap: wrap; gap: var(--_na-space-inline-sm); align-items: end; }
  .ties-list, .snapshot-list { margin-block: 0 var(--_na-space-block-sm); }
  .ties-list li, .snapshot-list li { display: flex; align-items: center; gap: var(--_na-space-inline-sm); flex-wrap: wrap; }
  .add-contact { display: flex; flex-wrap: wrap; gap: var(--_na-space-inline-sm); align-items: end; margin-block-end: var(--_na-space-block-md); }
  .add-contact .na-field { flex: 1 1 10rem; margin: 0; }
  .table-wrap { overflow-x: auto; margin-block-start: var(--_na-space-block-sm); }
  /*
   * While a person works on the map, the list is below it: off screen, the browser skips laying
   * out its table (a ring change there re-laid out the whole table: ~94 ms traced, issue 33). The
   * table keeps its last size, is found by search and read by screen readers as before.
   */
  .table-wrap { content-visibility: auto; contain-intrinsic-size: auto 40rem; }
  table { border-collapse: collapse; inline-size: 100%; font-size: var(--_na-font-size-sm); }
  th, td { text-align: start; vertical-align: top; padding-block: var(--_na-space-block-xs); padding-inline: var(--_na-space-inline-sm); border-block-end: var(--_na-border-width-sm) solid var(--_na-color-border-subtle); }
  td.note { white-space: pre-wrap; }
  /* Support direction: the select sits under its checkbox. Summary: counts right-aligned, totals set apart. */
  .direction { margin-inline-start: var(--_na-space-inline-lg, 1.5rem); }
  .direction .na-field { margin-block: 0 var(--_na-space-block-sm); }
  .summary-table td, .summary-table thead th:not(:first-child) { text-align: end; font-variant-numeric: tabular-nums; }
  .summary-table tfoot th, .summary-table tfoot td { font-weight: var(--_na-font-weight-bold); border-block-start: var(--_na-border-width-md) solid var(--_na-color-border-subtle); }
  .wish { font-style: italic; }
  .compare { display: grid; gap: var(--_na-space-block-sm); }
  @container (min-width: 40rem) {
    .compare { grid-template-columns: repeat(2, 1fr); }
    .compare > p { grid-column: 1 / -1; }
  }

  @media (forced-colors: active) {
    .contact .shape, .ego-shape { fill: Canvas; stroke: CanvasText; }
    .contact .label, .sector-label, .ring-label, .ego-label, .mark { fill: CanvasText; stroke: none; }
    .contact:focus .halo { stroke: Highlight; }
    .tie, .ring, .sector-line { stroke: CanvasText; }
  }
  @media print {
    :host { ${print} }
  }
  :host([print-preview]) { ${print} }
`;
