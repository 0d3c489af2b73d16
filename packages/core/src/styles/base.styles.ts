import { css } from 'lit';

/**
 * The shared look of every element, built only from the private token variables that
 * tokenStyles resolves on :host. Primitive classes (na-button, na-field, …) live here once.
 */
/**
 * What changes on paper, written once and applied both under @media print and to
 * :host([print-preview]) (CSS nesting: each rule is scoped to the host).
 */
export const printRules = css`
  font-size: var(--_na-print-font-size);
  color: #000;
  background: #fff;
  .na-toolbar, .na-no-print, .na-add-item, details.na-guidance { display: none !important; }
  .na-section { background: none; border: 1px solid #000; }
  .na-input { border: 0; border-block-end: 1px dotted #000; border-radius: 0; }
  .na-print-only { display: block !important; }
  /* Paper gets a blank to write on: no 'dd-mm-jjjj' placeholder, no calendar icon, no resize grip. */
  .na-input[data-empty] { color: transparent; }
  .na-input::-webkit-calendar-picker-indicator { display: none; }
  .na-summary { content-visibility: visible; }
  textarea.na-input { resize: none; }
`;

export const baseStyles = css`
  .na-print-only { display: none; }
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_na-color-text);
    background-color: var(--_na-color-background);
    font-family: var(--_na-font-family-body);
    font-size: var(--_na-font-size-md);
    line-height: var(--_na-line-height-body);
    container-type: inline-size;
    /* Long Dutch compounds ('Ondersteuningsvaardigheden') break rather than stick out at 320 px. */
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Every element isolates its text, as <bdi> does: a bidi override typed into a name cannot
     reverse the text after it (a phone number, say). Text joined into one string uses isolate(). */
  * {
    unicode-bidi: isolate;
  }
  h2, h3, h4, h5, h6, .na-heading {
    font-family: var(--_na-font-family-heading);
    line-height: var(--_na-line-height-heading);
    font-weight: var(--_na-font-weight-bold);
    margin-block: 0 var(--_na-space-block-sm);
  }
  .na-title { font-size: var(--_na-font-size-xl); }
  .na-subtitle { font-size: var(--_na-font-size-lg); }
  /* Inside a larger tool the instrument is a section of it: its headings stay below the tool's own. */
  :host([embedded]) .na-title, :host([embedded]) .na-subtitle { font-size: var(--_na-font-size-md); }
  p { margin-block: 0 var(--_na-space-block-sm); }
  .na-subtle { color: var(--_na-color-text-subtle); }

  /* A date or time field entered with Shift+Tab focuses a part inside it: then only
     :focus-within matches the field, so it gets the same ring. A radio or checkbox shows it
     whenever it has focus (as GOV.UK Frontend does): WebKit does not match :focus-visible when
     the arrow keys move through a radio group. */
  :focus-visible,
  .na-input:focus-within,
  .na-choice input:focus {
    outline: var(--_na-focus-outline-width) solid var(--_na-color-focus);
    outline-offset: var(--_na-focus-outline-offset);
    box-shadow: 0 0 0 calc(var(--_na-focus-outline-offset) + var(--_na-focus-outline-width)) var(--_na-color-focus-inverse);
  }

  .na-visually-hidden {
    position: absolute !important;
    inline-size: 1px; block-size: 1px;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap;
  }

  /* Button */
  .na-button {
    display: inline-flex; align-items: center; justify-content: center; gap: var(--_na-space-inline-xs);
    min-block-size: var(--_na-target-size-min); min-inline-size: var(--_na-target-size-min);
    padding-block: var(--_na-space-block-xs); padding-inline: var(--_na-space-inline-md);
    border: var(--_na-border-width-md) solid var(--_na-color-accent);
    border-radius: var(--_na-border-radius-sm);
    background-color: var(--_na-color-background); color: var(--_na-color-accent);
    font: inherit; font-weight: var(--_na-font-weight-bold);
    cursor: pointer;
  }
  .na-button[data-variant='primary'] { background-color: var(--_na-color-accent); color: var(--_na-color-accent-text); }
  .na-button[data-variant='subtle'] { border-color: transparent; background-color: transparent; text-decoration: underline; }
  .na-button[aria-disabled='true'], .na-button:disabled { opacity: 0.55; cursor: not-allowed; }
  .na-button:hover:not([aria-disabled='true']) { text-decoration: underline; }
  /* A toggle that is on: filled, and a check mark so it is not colour alone (the mark is not read out). */
  .na-button[aria-pressed='true'] { background-color: var(--_na-color-accent); color: var(--_na-color-accent-text); }
  .na-button[aria-pressed='true']::before { content: '✓' / ''; }

  /* Form field: label, description, error message, control (NL Design System anatomy) */
  .na-field { display: grid; gap: var(--_na-space-block-xs); margin-block-end: var(--_na-space-block-md); }
  .na-field__label { font-weight: var(--_na-font-weight-bold); }
  .na-field__marker { font-weight: var(--_na-font-weight-normal); color: var(--_na-color-text-subtle); }
  .na-field__description { color: var(--_na-color-text-subtle); font-size: var(--_na-font-size-sm); margin: 0; }
  .na-field__error { color: var(--_na-color-error); font-weight: var(--_na-font-weight-bold); margin: 0; }
  .na-input {
    inline-size: 100%; min-block-size: var(--_na-target-size-min);
    padding-block: var(--_na-space-block-sm); padding-inline: var(--_na-space-inline-sm);
    border: var(--_na-border-width-sm) solid var(--_na-color-border); border-radius: var(--_na-border-radius-sm);
    background-color: var(--_na-color-background); color: var(--_na-color-text); font: inherit;
  }
  textarea.na-input { min-block-size: 5em; resize: vertical; }
  /* Disabled (a <fieldset disabled> around the element): greyed like the buttons, so it does not look editable. */
  .na-input:disabled { background-color: var(--_na-color-surface); color: var(--_na-color-text-subtle); cursor: not-allowed; }
  .na-input[aria-invalid='true'] { border-color: var(--_na-color-error); border-width: var(--_na-border-width-md); }
  .na-readonly-text { white-space: pre-wrap; margin: 0; }
  .na-empty-answer { color: var(--_na-color-text-subtle); font-style: italic; }

  /* Choice: checkbox and radio with a large target */
  .na-choice {
    display: flex; align-items: flex-start; gap: var(--_na-space-inline-sm);
    min-block-size: var(--_na-target-size-min);
    padding-block: var(--_na-space-block-xs); padding-inline: var(--_na-space-inline-sm);
    border-radius: var(--_na-border-radius-sm); cursor: pointer;
  }
  .na-choice input { inline-size: 1.5rem; block-size: 1.5rem; margin: 0; flex: none; accent-color: var(--_na-color-accent); cursor: inherit; }
  .na-choice:has(input:checked) { background-color: var(--_na-color-accent-subtle); }
  .na-choice:has(input:disabled) { cursor: default; }
  fieldset.na-fieldset { border: 0; padding: 0; margin: 0; min-inline-size: 0; }
  /* The instrument's controls sit in one fieldset, so a <fieldset disabled> around the element disables them all; it adds no box. */
  fieldset.na-form-scope { display: contents; border: 0; padding: 0; margin: 0; min-inline-size: 0; }
  /* Why a form was not sent (NL Design System form field error message): red, bold, a bar at the start. */
  .na-form-error {
    border-inline-start: var(--_na-border-width-md) solid var(--_na-color-error);
    padding-inline-start: var(--_na-space-inline-sm);
    margin-block: var(--_na-space-block-sm);
  }
  fieldset.na-fieldset > legend { padding: 0; font-weight: var(--_na-font-weight-bold); margin-block-end: var(--_na-space-block-xs); }

  /* Section with heading */
  .na-section {
    padding-block: var(--_na-space-block-md); padding-inline: var(--_na-space-inline-md);
    background-color: var(--_na-color-surface);
    border-radius: var(--_na-border-radius-md);
    margin-block-end: var(--_na-space-block-md);
    break-inside: avoid;
  }

  /* 'Add your own item' */
  .na-add-item { display: flex; flex-wrap: wrap; gap: var(--_na-space-inline-sm); align-items: end; margin-block-start: var(--_na-space-block-sm); }
  .na-add-item .na-field { flex: 1 1 12rem; margin: 0; }

  /* Note card (sticky note, colour per author) */
  .na-note {
    background-color: var(--_na-note-color, var(--_na-color-note-1)); color: #1a1a1a;
    padding: var(--_na-space-block-sm) var(--_na-space-inline-sm);
    box-shadow: var(--_na-elevation-note); border-radius: 2px;
    border-inline-start: 6px solid rgba(0, 0, 0, 0.35);
  }
  .na-note[data-color='2'] { --_na-note-color: var(--_na-color-note-2); }
  .na-note[data-color='3'] { --_na-note-color: var(--_na-color-note-3); }
  .na-note[data-color='4'] { --_na-note-color: var(--_na-color-note-4); }
  .na-note[data-color='5'] { --_na-note-color: var(--_na-color-note-5); }
  .na-note[data-color='6'] { --_na-note-color: var(--_na-color-note-6); }
  .na-note__author { font-size: var(--_na-font-size-sm); font-weight: var(--_na-font-weight-bold); }

  /* A summary of what is filled in elsewhere in the instrument: every edit above it changes it, and
     while it is off screen the browser lays it out and paints it only once it comes near (issue 32:
     an edit's frame at 4× CPU throttle). Meanwhile it keeps the size it last had. */
  .na-summary { content-visibility: auto; contain-intrinsic-size: auto 20rem; }

  /* Toolbar */
  .na-toolbar { display: flex; flex-wrap: wrap; gap: var(--_na-space-inline-sm); margin-block-start: var(--_na-space-block-md); }
  .na-confirm-clear { align-self: center; font-weight: var(--_na-font-weight-bold); }

  /* Error summary and alerts */
  .na-error-summary, .na-alert {
    border: var(--_na-border-width-md) solid var(--_na-color-error);
    background-color: var(--_na-color-error-subtle);
    padding: var(--_na-space-block-sm) var(--_na-space-inline-md);
    border-radius: var(--_na-border-radius-sm);
    margin-block: var(--_na-space-block-sm);
  }
  .na-error-summary ul { margin: 0; padding-inline-start: var(--_na-space-inline-lg); }
  .na-error-summary a { color: var(--_na-color-error); font-weight: var(--_na-font-weight-bold); }
  .na-notice {
    border-inline-start: 4px solid var(--_na-color-accent);
    background-color: var(--_na-color-accent-subtle);
    padding: var(--_na-space-block-sm) var(--_na-space-inline-md);
    margin-block: var(--_na-space-block-sm);
  }

  /* Empty state */
  .na-empty-state { text-align: center; color: var(--_na-color-text-subtle); padding: var(--_na-space-block-lg) var(--_na-space-inline-md); border: var(--_na-border-width-sm) dashed var(--_na-color-border-subtle); border-radius: var(--_na-border-radius-md); }

  /* Guidance on demand */
  details.na-guidance { margin-block: var(--_na-space-block-sm); }
  details.na-guidance > summary { cursor: pointer; min-block-size: var(--_na-target-size-min); display: flex; align-items: center; font-weight: var(--_na-font-weight-bold); color: var(--_na-color-accent); }

  .na-credit { font-size: var(--_na-font-size-sm); color: var(--_na-color-text-subtle); margin-block-start: var(--_na-space-block-md); }

  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { transition-duration: 0s !important; animation-duration: 0s !important; }
  }

  @media (forced-colors: active) {
    .na-choice:has(input:checked) { outline: 2px solid CanvasText; }
    .na-button[data-variant='primary'] { border-color: ButtonText; }
    .na-button[aria-pressed='true'] { forced-color-adjust: none; background-color: Highlight; color: HighlightText; border-color: Highlight; }
    .na-note { border: 1px solid CanvasText; }
    :focus-visible, .na-input:focus-within, .na-choice input:focus { outline-color: Highlight; }
  }

  @media print {
    :host { ${printRules} }
  }
  /* print-preview shows on screen what paper will show (Storybook, a 'preview' button). */
  :host([print-preview]) { ${printRules} }
`;
