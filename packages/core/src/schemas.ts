import * as z from 'zod/mini';
import { plainData, type DataLimits } from './plain-data.js';

const texts = new Map<number, z.ZodMiniString<string>>();

/**
 * The schema of a text someone writes: a string of at most `max` characters. One schema per length,
 * shared by every instrument (zod schemas are immutable), so loading the library builds each once
 * instead of once per field.
 */
export function textSchema(max: number): z.ZodMiniString<string> {
  let schema = texts.get(max);
  if (!schema) texts.set(max, (schema = z.string().check(z.maxLength(max))));
  return schema;
}

/** The schema of an item's id (`createId()` and ids in imported files): at most 64 characters. */
export const idSchema = (): z.ZodMiniString<string> => textSchema(64);

/**
 * The schema of data this build cannot check field by field (e.g. an instrument a newer build
 * added to a dossier): a plain JSON object within `limits`, kept as it is.
 */
export function boundedObjectSchema(limits: DataLimits): z.ZodMiniCustom<Record<string, unknown>, Record<string, unknown>> {
  return z.custom<Record<string, unknown>>((value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    try {
      return plainData(value, limits, { copy: false }).ok;
    } catch {
      return false;
    }
  }, { message: `Expected a JSON object of at most ${limits.maxDepth} levels, ${limits.maxNodes} values and ${limits.maxText} characters` });
}

/** At most `max` keys in a record (or, with `known`, at most `max` keys not in `known`). */
export function maxKeysCheck(max: number, known: readonly string[] = []) {
  return z.refine((record: unknown) => Object.keys(record as object).filter((k) => !known.includes(k)).length <= max, {
    message: known.length ? `At most ${max} unknown entries` : `At most ${max} entries`,
  });
}

const dateShape = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True for a day that exists in the calendar, written 'YYYY-MM-DD' (2024-02-29 yes, 2026-02-29 no). */
export function isCalendarDate(text: string): boolean {
  if (!dateShape.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

let dates: { required: z.ZodMiniString<string>; optional: z.ZodMiniString<string> } | undefined;

/**
 * The schema of a day, 'YYYY-MM-DD', that exists in the calendar; with `{ optional: true }` also ''
 * (not filled in). The shape is a regex, so test values can be generated from it; the refine only
 * refuses days that do not exist (2026-02-30).
 */
export function dateSchema({ optional = false } = {}): z.ZodMiniString<string> {
  dates ??= {
    required: z.string().check(z.regex(dateShape), z.refine(isCalendarDate, { message: 'Not a day in the calendar' })),
    optional: z.string().check(
      z.regex(new RegExp(`^(${dateShape.source.slice(1, -1)})?$`)),
      z.refine((s) => s === '' || isCalendarDate(s), { message: 'Not a day in the calendar' }),
    ),
  };
  return optional ? dates.optional : dates.required;
}
