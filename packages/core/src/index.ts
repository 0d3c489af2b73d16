// @niet-alleen/core — the contract every instrument shares, written once.
import './locales/translations.js';

export * from './events.js';
export * from './instrument.js';
export { own } from './records.js';
export { textSchema, idSchema, boundedObjectSchema, maxKeysCheck, dateSchema, isCalendarDate } from './schemas.js';
export { plainData, valueLimits, type DataLimits, type PlainResult } from './plain-data.js';
export { NaInstrumentElement } from './instrument-element.js';
export { setLocale, getLocale, textsKey, matchLocale, registerTranslations, setTexts, sourceLocale, targetLocales, allLocales, type Locale } from './localization.js';
export { clearStoredData, readStored } from './storage.js';
export { printElement, type PageSize } from './print.js';
export { downloadFile, datedFilename } from './files.js';
export { defineElement } from './define.js';
export { createId } from './id.js';
export { isolate } from './bidi.js';
export { dateTimeFormat, listFormat, localDate } from './format.js';
export { memoizeLast } from './memo.js';
export { tokenStyles } from './generated/tokens.styles.js';
export { baseStyles } from './styles/base.styles.js';
export * from './ui/button.js';
export * from './ui/field.js';
export * from './ui/choice.js';
export * from './ui/section.js';
export * from './ui/add-item.js';
export * from './ui/note-card.js';
export * from './ui/error-summary.js';
export * from './ui/roving-focus.js';
export * from './ui/translation-notice.js';
