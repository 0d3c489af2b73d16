import { defineElement, registerTranslations } from '@niet-alleen/core';
import { templates as en } from './locales/en.js';
import { NaVerwijskaart } from './verwijskaart.js';

registerTranslations('en', en);
defineElement('na-verwijskaart', NaVerwijskaart);

export { NaVerwijskaart, type VerwijskaartMode, type VerwijskaartPrintFormat } from './verwijskaart.js';
export * from './schema.js';
export * from './content.js';
export * from './example.js';
export { reachability, dayRuns, type Reachability } from './schedule.js';
export {
  normalizePhone, normalizeEmail, normalizeUrl, normalizeTime, telHref, mailtoHref, urlHref,
  type Checked, type FieldErrorCode,
} from './validation.js';
