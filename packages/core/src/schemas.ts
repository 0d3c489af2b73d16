import * as z from 'zod/mini';

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
