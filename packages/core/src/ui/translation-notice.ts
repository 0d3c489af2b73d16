import { msg } from '../msg.js';
import { html, nothing } from 'lit';
import { getLocale } from '../localization.js';

/**
 * Under a translated instrument: the workbook is Dutch, so any other language is our translation,
 * not the workbook's own text. Nothing in Dutch.
 */
export const translationNotice = () =>
  getLocale() === 'nl' ? nothing : html`<p class="na-subtle">${msg('Deze teksten zijn een vertaling van niet-alleen, niet uit het werkboek.', { desc: 'Shown only in a translation: say which language, e.g. "The English texts are…".' })}</p>`;
