import './define.js';

export { NaVerwijskaart, type VerwijskaartMode, type VerwijskaartPrintFormat } from './verwijskaart.js';
export * from './schema.js';
export * from './content.js';
export * from './example.js';
export { reachability, dayRuns, type Reachability } from './schedule.js';
export {
  normalizePhone, normalizeEmail, normalizeUrl, normalizeTime, telHref, mailtoHref, urlHref, urlText,
  type Checked, type FieldErrorCode,
} from './validation.js';
