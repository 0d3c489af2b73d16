import * as Y from 'yjs';
import { checksOf, defOf, type ZodNode } from '@niet-alleen/core/zod-internals';

/**
 * How a part of an instrument's value lives in a Yjs document, read from its zod schema:
 * - `map`: an object — a Y.Map, so concurrent edits of different fields merge;
 * - `record`: an object with free keys — a Y.Map too;
 * - `list`: an array — a Y.Array; `keyed` when its items are objects with an `id`, so items are
 *   matched by id (a note edited here and another added there both stay);
 * - `tuple`: an array of fixed length (WENS 1 and WENS 2) — a Y.Array changed in place;
 * - `text`: a free text — a Y.Text, so two people typing in one text merge character by character;
 * - `atom`: anything else (ids, numbers, choices, dates) — a plain value, the last write wins.
 */
export type Shape =
  | { kind: 'map'; fields: Record<string, Shape> }
  | { kind: 'record'; value: Shape }
  | { kind: 'list'; item: Shape; keyed: boolean }
  | { kind: 'tuple'; items: Shape[] }
  | { kind: 'text' }
  | { kind: 'atom' };

const atom: Shape = { kind: 'atom' };

/**
 * The shape of a zod (mini or classic) schema, read through core's one module for zod's internals
 * (it throws ZodShapeError when zod changes shape, rather than this quietly making everything an
 * atom). What it does not know is an atom: still validated, only not merged inside.
 */
export function shapeOf(schema: unknown): Shape {
  return fromNode(schema as ZodNode, null);
}

function fromNode(node: ZodNode, key: string | null): Shape {
  const def = defOf(node);
  // Optional, nullable, default, readonly …: the shape of what they wrap.
  if ('innerType' in def) return fromNode(def.innerType, key);
  switch (def.type) {
    case 'pipe':
      return fromNode(def.in, key);
    case 'object': {
      const fields: Record<string, Shape> = {};
      for (const [name, field] of Object.entries(def.shape)) fields[name] = fromNode(field, name);
      return { kind: 'map', fields };
    }
    case 'record':
      return { kind: 'record', value: fromNode(def.valueType, null) };
    case 'array': {
      const item = fromNode(def.element, null);
      return { kind: 'list', item, keyed: item.kind === 'map' && 'id' in item.fields };
    }
    case 'tuple':
      return { kind: 'tuple', items: def.items.map((i) => fromNode(i, null)) };
    case 'string':
      // Ids are atoms; so are strings with a format (a date 'YYYY-MM-DD' is not typed together).
      if (key === 'id' || checksOf(node).some((c) => c.check === 'string_format')) return atom;
      return { kind: 'text' };
    default:
      return atom;
  }
}

/** Shape of a field of a map or record (unknown fields are atoms). */
export function fieldShape(shape: Shape, key: string): Shape {
  if (shape.kind === 'map') return shape.fields[key] ?? atom;
  if (shape.kind === 'record') return shape.value;
  return atom;
}

export function itemShape(shape: Shape, index: number): Shape {
  if (shape.kind === 'list') return shape.item;
  if (shape.kind === 'tuple') return shape.items[index] ?? atom;
  return atom;
}

export const isContainer = (shape: Shape): boolean => shape.kind !== 'atom';

/** True when `y` is the Yjs type `shape` asks for (a peer may have put something else there). */
export function fits(shape: Shape, y: unknown): boolean {
  switch (shape.kind) {
    case 'map':
    case 'record':
      return y instanceof Y.Map;
    case 'list':
    case 'tuple':
      return y instanceof Y.Array;
    case 'text':
      return y instanceof Y.Text;
    default:
      return !(y instanceof Y.AbstractType);
  }
}
