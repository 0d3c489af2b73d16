// `msg` and `str` for niet-alleen's own texts (import them from here, not from '@lit/localize'):
// the same functions to `lit-localize extract`, but looked up in niet-alleen's catalogue and locale,
// so an app keeps @lit/localize's one `configureLocalization` for itself. See texts.ts.
export { msg, str } from './texts.js';
