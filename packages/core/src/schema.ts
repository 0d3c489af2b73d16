// @niet-alleen/core/schema: what validating a stored value needs, and nothing that needs a DOM. It
// imports neither Lit nor the localisation and defines no element, so a server in Node can parse a
// value with the same definitions as the elements (every instrument package has a ./schema entry
// built on this one).
export * from './instrument.js';
export type { ValueIssue, InvalidSource } from './events.js';
export { textSchema, idSchema, boundedObjectSchema, maxKeysCheck, dateSchema, isCalendarDate } from './schemas.js';
export { plainData, valueLimits, type DataLimits, type PlainResult } from './plain-data.js';
export { own } from './records.js';
export { isolate } from './bidi.js';
