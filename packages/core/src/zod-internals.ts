/**
 * The one module that reads zod's internals: `schema._zod.def`, the definition of a schema node,
 * which zod 4 offers to library authors but not as a stable API. Shipped code (samen's shape of a
 * value, packages/samen/src/shape.ts) and the walkers of the property tests (core/testing) read a
 * node only through {@link defOf} and {@link checksOf}, which check the fields they read and throw
 * {@link ZodShapeError} when zod changes their shape, rather than letting a reader quietly see
 * nothing (a shared value merged as one atom, a property passing on no values).
 * packages/core/test/zod-internals.test.ts builds a schema of each kind read and fails when zod
 * changes shape; {@link ZodDefFieldsRead} fails the typecheck when zod renames a field.
 * Imported as `@niet-alleen/core/zod-internals`: not part of the main entry, whose bundle does not need it.
 */
import type * as core from 'zod/v4/core';

/** A schema node: any zod (mini or classic) schema. */
export interface ZodNode {
  readonly _zod: { readonly def: { readonly type: string } };
  safeParse(value: unknown): { success: boolean };
}

/** A node's definition, per kind, with the fields read; other kinds as `other`. */
export type ZodDef =
  | { readonly type: 'string' | 'number' | 'boolean' | 'null' | 'transform' | 'unknown' | 'any' }
  | { readonly type: 'object'; readonly shape: Readonly<Record<string, ZodNode>> }
  | { readonly type: 'array'; readonly element: ZodNode }
  | { readonly type: 'tuple'; readonly items: readonly ZodNode[] }
  | { readonly type: 'record'; readonly keyType: ZodNode; readonly valueType: ZodNode }
  /** Optional and nullable; the other wrappers only samen looks through (the instrument schemas use none of them). */
  | { readonly type: 'optional' | 'nullable' | 'default' | 'prefault' | 'readonly' | 'nonoptional'; readonly innerType: ZodNode }
  | { readonly type: 'union'; readonly options: readonly ZodNode[] }
  | { readonly type: 'pipe'; readonly in: ZodNode }
  /** A literal's values, or an enum's (the values of its entries). */
  | { readonly type: 'literal' | 'enum'; readonly values: readonly unknown[] }
  /** A kind not read here, by zod's name. */
  | { readonly type: 'other'; readonly zodType: string };

export type ZodKind = ZodDef['type'];

/** A check on a node (a length, a bound, a format, a refine), with the fields read. */
export interface ZodCheckDef {
  readonly check: string;
  readonly maximum?: number;
  readonly minimum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: RegExp;
}

/**
 * Compile-time: each def field read here under zod's own name, from zod's own types. A rename in
 * zod makes this type an error in `npm run typecheck`.
 */
export type ZodDefFieldsRead = [
  core.$ZodTypeDef['type' | 'checks'],
  core.$ZodObjectDef['shape'],
  core.$ZodArrayDef['element'],
  core.$ZodTupleDef['items'],
  core.$ZodRecordDef['keyType' | 'valueType'],
  core.$ZodOptionalDef['innerType'],
  core.$ZodNullableDef['innerType'],
  core.$ZodDefaultDef['innerType'],
  core.$ZodPrefaultDef['innerType'],
  core.$ZodReadonlyDef['innerType'],
  core.$ZodNonOptionalDef['innerType'],
  core.$ZodUnionDef['options'],
  core.$ZodPipeDef['in'],
  core.$ZodLiteralDef<string>['values'],
  core.$ZodEnumDef['entries'],
  core.$ZodCheckDef['check'],
  core.$ZodCheckMaxLengthDef['maximum'],
  core.$ZodCheckMinLengthDef['minimum'],
  core.$ZodCheckGreaterThanDef['value' | 'inclusive'],
  core.$ZodCheckLessThanDef['value' | 'inclusive'],
  core.$ZodCheckNumberFormatDef['format'],
  core.$ZodCheckStringFormatDef['format' | 'pattern'],
];

/** Thrown when a zod def lacks a field read here, or holds it in another shape. */
export class ZodShapeError extends Error {
  override name = 'ZodShapeError';
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null;
const isNode = (v: unknown): v is ZodNode => isObject(v) && isObject(v._zod) && isObject(v._zod.def) && typeof v._zod.def.type === 'string';

function field<T>(def: Raw, name: string, is: (v: unknown) => v is T, what: string): T {
  const v = def[name];
  if (!is(v)) throw new ZodShapeError(`zod's ${String(def.type)} def has no ${what} under '${name}' (zod changed shape: see packages/core/src/zod-internals.ts)`);
  return v;
}
const nodeList = (v: unknown): v is readonly ZodNode[] => Array.isArray(v) && v.every(isNode);
const nodeRecord = (v: unknown): v is Record<string, ZodNode> => isObject(v) && Object.values(v).every(isNode);
const anyArray = (v: unknown): v is unknown[] => Array.isArray(v);

/** The raw def of a node: the one read of `_zod.def`. */
function rawDef(node: ZodNode): Raw {
  const def: unknown = (node as { _zod?: { def?: unknown } })._zod?.def;
  if (!isObject(def) || typeof def.type !== 'string') throw new ZodShapeError('a zod schema has no _zod.def with a type (zod changed shape: see packages/core/src/zod-internals.ts)');
  return def;
}

const defs = new WeakMap<ZodNode, ZodDef>();

/** A node's definition, checked once per node. Throws {@link ZodShapeError} when zod's shape differs. */
export function defOf(node: ZodNode): ZodDef {
  let def = defs.get(node);
  if (def) return def;
  const raw = rawDef(node);
  const type = raw.type as string;
  switch (type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
    case 'transform':
    case 'unknown':
    case 'any':
      def = { type };
      break;
    case 'object':
      def = { type, shape: field(raw, 'shape', nodeRecord, 'a record of schemas') };
      break;
    case 'array':
      def = { type, element: field(raw, 'element', isNode, 'a schema') };
      break;
    case 'tuple':
      def = { type, items: field(raw, 'items', nodeList, 'a list of schemas') };
      break;
    case 'record':
      def = { type, keyType: field(raw, 'keyType', isNode, 'a schema'), valueType: field(raw, 'valueType', isNode, 'a schema') };
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      def = { type, innerType: field(raw, 'innerType', isNode, 'a schema') };
      break;
    case 'union':
      def = { type, options: field(raw, 'options', nodeList, 'a list of schemas') };
      break;
    case 'pipe':
      def = { type, in: field(raw, 'in', isNode, 'a schema') };
      break;
    case 'literal':
      def = { type, values: field(raw, 'values', anyArray, 'a list of values') };
      break;
    case 'enum':
      def = { type, values: Object.values(field(raw, 'entries', isObject, 'an object of entries')) };
      break;
    default:
      def = { type: 'other', zodType: type };
  }
  defs.set(node, def);
  return def;
}

/** The kind of a node ('other' for a kind not read here). */
export const kindOf = (node: ZodNode): ZodKind => defOf(node).type;

/** zod's name for the kind of a node, also for kinds not read here. */
export const zodTypeOf = (node: ZodNode): string => {
  const def = defOf(node);
  return def.type === 'other' ? def.zodType : def.type;
};

const string = (v: unknown): v is string => typeof v === 'string';
const optionalRegExp = (v: unknown): v is RegExp | undefined => v === undefined || v instanceof RegExp;
const bool = (v: unknown): v is boolean => typeof v === 'boolean';
const number = (v: unknown): v is number => typeof v === 'number';

/** The fields read per check, and what each must be. */
const checkFields: Record<string, Record<string, (v: unknown) => boolean>> = {
  max_length: { maximum: number },
  min_length: { minimum: number },
  greater_than: { value: number, inclusive: bool },
  less_than: { value: number, inclusive: bool },
  number_format: { format: string },
  string_format: { format: string, pattern: optionalRegExp },
};

const checks = new WeakMap<ZodNode, readonly ZodCheckDef[]>();

/** One check's def, its fields checked. */
function checkDef(def: unknown, node: ZodNode): ZodCheckDef {
  if (!isObject(def) || typeof def.check !== 'string') throw new ZodShapeError(`a check of zod's ${zodTypeOf(node)} def has no _zod.def.check (zod changed shape: see packages/core/src/zod-internals.ts)`);
  for (const [name, is] of Object.entries(checkFields[def.check] ?? {})) {
    if (!is(def[name])) throw new ZodShapeError(`zod's ${def.check} check has no fitting '${name}' (zod changed shape: see packages/core/src/zod-internals.ts)`);
  }
  return { check: def.check, maximum: def.maximum, minimum: def.minimum, value: def.value, inclusive: def.inclusive, format: def.format, pattern: def.pattern } as ZodCheckDef;
}

/**
 * A node's checks (lengths, bounds, formats, refines), checked once per node. A format schema
 * (`z.int()`, `z.email()`) is its own check: its def comes first.
 */
export function checksOf(node: ZodNode): readonly ZodCheckDef[] {
  let list = checks.get(node);
  if (list) return list;
  const def = rawDef(node);
  const raw = def.checks ?? [];
  if (!Array.isArray(raw)) throw new ZodShapeError(`zod's ${zodTypeOf(node)} def holds its checks in another shape than a list (see packages/core/src/zod-internals.ts)`);
  list = [...(typeof def.check === 'string' ? [def] : []), ...raw.map((c: unknown) => (isObject(c) && isObject(c._zod) ? c._zod.def : undefined))].map((c) => checkDef(c, node));
  checks.set(node, list);
  return list;
}
