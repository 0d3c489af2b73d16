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
