// @niet-alleen/core — the contract every instrument shares, written once.
import './locales/translations.js';

export * from './events.js';
export * from './instrument.js';
export { own } from './records.js';
export { textSchema, idSchema, boundedObjectSchema, maxKeysCheck, dateSchema, isCalendarDate } from './schemas.js';
export { plainData, valueLimits, type DataLimits, type PlainResult } from './plain-data.js';
export { NaInstrumentElement } from './instrument-element.js';
export type { UndoHistory } from './undo.js';
export { FormAssociated, type FormAssociatedElement, type FormValidity } from './form-associated.js';
export { setLocale, getLocale, textsKey, textsReady, matchLocale, registerTranslations, registerTranslationsLoader, setTexts, sourceLocale, targetLocales, allLocales, type Locale } from './localization.js';
export { clearStoredData, readStored } from './storage.js';
export { printElement, type PageSize } from './print.js';
export { downloadFile, datedFilename } from './files.js';
export { defineElement } from './define.js';
export { createId } from './id.js';
export { isolate } from './bidi.js';
export { dateTimeFormat, formatCalendarDate, listFormat, localDate } from './format.js';
export { datedName, sameDayOrdinals, type Dated } from './dated.js';
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
export { focusAfterRender, byId, type FocusHost, type FocusTarget, type FocusAfterRenderOptions } from './controllers/focus.js';
// OnDemand is '@niet-alleen/core/on-demand': only the pages whose elements load a part on demand transfer it.
export { partsLoaded, partsLoading } from './controllers/parts-loading.js';
export { Progressive } from './controllers/progressive.js';
export { ClockController, type ClockOptions, type IntervalScheduler } from './controllers/clock.js';
export { DragController, type Drag, type DragEnd, type DragOptions, type DragPoint } from './controllers/drag.js';
