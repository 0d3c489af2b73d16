import type { ZodMiniType } from 'zod/mini';
import type { ValueIssue } from './events.js';
import { plainData, valueLimits } from './plain-data.js';

/** Every instrument value carries the version of the schema it was written with. */
export interface VersionedValue {
  schemaVersion: number;
}

/**
 * What core needs to know about an instrument's data: its schema, the current
 * version, an empty value, and how to lift older data to the current version.
 */
export interface InstrumentDefinition<T extends VersionedValue> {
  schema: ZodMiniType<T>;
  version: number;
  empty(): T;
  /** Lifts raw data written with `fromVersion` (< `version`) to the current shape. Pure. */
  migrate?(raw: Record<string, unknown>, fromVersion: number): unknown;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ValueIssue[] };

const issue = (message: string, code: string, path: PropertyKey[] = []): ValueIssue => ({ path, message, code });

/**
 * The one way untrusted data becomes an instrument value: parse (when text),
 * migrate older versions, validate against the schema. Never throws.
 */
export function parseValue<T extends VersionedValue>(
  definition: InstrumentDefinition<T>,
  input: unknown,
  { text = false } = {},
): ParseResult<T> {
  let raw = input;
  if (text) {
    if (typeof input !== 'string') return { ok: false, issues: [issue('Expected JSON text', 'invalid_type')] };
    try {
      raw = JSON.parse(input);
    } catch (error) {
      return { ok: false, issues: [issue(`Not valid JSON: ${(error as Error).message}`, 'invalid_json')] };
    }
  }
  try {
    // Plain JSON data within limits first (parsed text is plain already: only checked, not copied).
    // A getter or Proxy that throws, a cycle or deep nesting is a refusal here, not a crash later.
    const plain = plainData(raw, valueLimits, { copy: !text });
    if (!plain.ok) return { ok: false, issues: [issue(plain.message, 'too_big_or_not_data', plain.path)] };
    raw = plain.value;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return { ok: false, issues: [issue('Expected an object', 'invalid_type')] };
    }
    const record = raw as Record<string, unknown>;
    const version = record.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return { ok: false, issues: [issue('Missing or invalid schemaVersion', 'invalid_version', ['schemaVersion'])] };
    }
    if (version > definition.version) {
      return {
        ok: false,
        issues: [issue(`Written by a newer version (schemaVersion ${version} > ${definition.version})`, 'newer_version', ['schemaVersion'])],
      };
    }
    let candidate: unknown = record;
    if (version < definition.version && definition.migrate) candidate = definition.migrate(record, version);
    const result = definition.schema.safeParse(candidate);
    if (result.success) return { ok: true, value: result.data };
    return {
      ok: false,
      issues: result.error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code })),
    };
  } catch (error) {
    // A schema, migration, getter or Proxy that throws on hostile input is still a refusal, not a crash.
    return { ok: false, issues: [issue(describeError(error), 'exception')] };
  }
}

/** A message for anything thrown, also by hostile objects whose own message getter throws. */
function describeError(error: unknown): string {
  try {
    return String((error as Error)?.message ?? error);
  } catch {
    return 'The input threw an error when it was read';
  }
}

/** Deep structural equality for JSON-like values (used for `required` and change detection). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The empty value of each definition, made once: `isEmptyValue` runs on every render. */
const empties = new WeakMap<object, unknown>();

/** True when `value` equals the definition's empty value (as JSON data). */
export function isEmptyValue<T extends VersionedValue>(definition: InstrumentDefinition<T>, value: unknown): boolean {
  if (!empties.has(definition)) empties.set(definition, definition.empty());
  return sameJson(value, empties.get(definition));
}

/**
 * `jsonEqual` without writing the JSON: stops at the first difference, so a large filled-in value
 * is found not empty at once. Like JSON, properties that are undefined do not count.
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false;
  return keys.every((k) => Object.hasOwn(y, k) && sameJson(x[k], y[k]));
}
