import * as Y from 'yjs';
import { fieldShape, fits, isContainer, itemShape, type Shape } from './shape.js';

/** The Yjs containers a value is made of. */
export type YContainer = Y.Map<unknown> | Y.Array<unknown> | Y.Text;

const jsonEqual = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An instrument's value inside a Y.Doc, laid out by its {@link Shape}.
 *
 * The containers that every value has (the root object's fields, and the fields of objects in it)
 * are top-level types of the document, named by their path (`value`, `value.notes`,
 * `value.filledBy`): two people who open an empty card at the same time both write into the same
 * `value.notes`, instead of each creating a list of their own of which only one would survive.
 * Everything inside a list (a note, a person) is created once, by whoever adds it.
 */
export class ValueDoc {
  readonly types: YContainer[] = [];

  constructor(
    readonly doc: Y.Doc,
    readonly shape: Shape,
    readonly prefix = 'value',
  ) {
    if (shape.kind !== 'map') throw new Error('samen: an instrument value is an object');
    this.#collect(shape, prefix);
  }

  /** True while nobody wrote a value into the document yet. */
  get isEmpty(): boolean {
    return this.doc.getMap(this.prefix).size === 0;
  }

  /** The value as plain data, as it is in the document now: still to be validated. */
  read(): unknown {
    return this.#readStatic(this.shape, this.prefix);
  }

  /** Changes the document to hold `value`, touching only what differs. Call inside `doc.transact`. */
  write(value: unknown): void {
    this.#writeStatic(this.shape, this.prefix, value);
  }

  /** A fixed object (map) or a tuple of containers: lives at a path of its own. */
  #isStatic(shape: Shape): boolean {
    return shape.kind === 'map' || (shape.kind === 'tuple' && shape.items.every(isContainer));
  }

  #collect(shape: Shape, path: string): void {
    if (shape.kind === 'map') {
      this.types.push(this.doc.getMap(path));
      for (const [key, field] of Object.entries(shape.fields)) if (isContainer(field)) this.#collect(field, `${path}.${key}`);
    } else if (this.#isStatic(shape) && shape.kind === 'tuple') {
      shape.items.forEach((item, i) => this.#collect(item, `${path}.${i}`));
    } else {
      this.types.push(this.#topLevel(shape, path));
    }
  }

  #topLevel(shape: Shape, path: string): YContainer {
    if (shape.kind === 'text') return this.doc.getText(path);
    if (shape.kind === 'list' || shape.kind === 'tuple') return this.doc.getArray(path);
    return this.doc.getMap(path);
  }

  #readStatic(shape: Shape, path: string): unknown {
    if (shape.kind === 'map') {
      const map = this.doc.getMap(path);
      const out: Record<string, unknown> = {};
      for (const [key, y] of map.entries()) if (!isContainer(fieldShape(shape, key))) out[key] = readYjs(fieldShape(shape, key), y);
      for (const [key, field] of Object.entries(shape.fields)) if (isContainer(field)) out[key] = this.#readStatic(field, `${path}.${key}`);
      return out;
    }
    if (shape.kind === 'tuple' && this.#isStatic(shape)) return shape.items.map((item, i) => this.#readStatic(item, `${path}.${i}`));
    return readYjs(shape, this.#topLevel(shape, path));
  }

  #writeStatic(shape: Shape, path: string, value: unknown): void {
    if (shape.kind === 'map') {
      const map = this.doc.getMap<unknown>(path);
      const object = isRecord(value) ? value : {};
      for (const key of [...map.keys()]) {
        if (isContainer(fieldShape(shape, key)) || object[key] === undefined) map.delete(key);
      }
      for (const [key, field] of Object.entries(shape.fields)) if (isContainer(field)) this.#writeStatic(field, `${path}.${key}`, object[key]);
      for (const [key, v] of Object.entries(object)) if (!isContainer(fieldShape(shape, key))) setField(map, key, fieldShape(shape, key), v);
      return;
    }
    if (shape.kind === 'tuple' && this.#isStatic(shape)) {
      const items = Array.isArray(value) ? value : [];
      shape.items.forEach((item, i) => this.#writeStatic(item, `${path}.${i}`, items[i]));
      return;
    }
    const type = this.#topLevel(shape, path);
    patch(shape, type, value ?? emptyOf(shape));
  }
}

function emptyOf(shape: Shape): unknown {
  if (shape.kind === 'text') return '';
  if (shape.kind === 'list' || shape.kind === 'tuple') return [];
  return {};
}

/** Plain data from a Yjs value, read by its shape (a peer may have put anything there: zod decides). */
export function readYjs(shape: Shape, y: unknown): unknown {
  if (y instanceof Y.Text) return y.toString();
  if (y instanceof Y.Map) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of y.entries()) out[key] = readYjs(fieldShape(shape, key), v);
    return out;
  }
  if (y instanceof Y.Array) return y.toArray().map((v, i) => readYjs(itemShape(shape, i), v));
  if (y instanceof Y.AbstractType) return y.toJSON();
  return y;
}

/** A new Yjs value holding `value` (an atom when the value does not have the shape's kind of data). */
function create(shape: Shape, value: unknown): unknown {
  if (shape.kind === 'text' && typeof value === 'string') return new Y.Text(value);
  if ((shape.kind === 'map' || shape.kind === 'record') && isRecord(value)) {
    const map = new Y.Map<unknown>();
    for (const [key, v] of Object.entries(value)) if (v !== undefined) map.set(key, create(fieldShape(shape, key), v));
    return map;
  }
  if ((shape.kind === 'list' || shape.kind === 'tuple') && Array.isArray(value)) {
    const array = new Y.Array<unknown>();
    array.push(value.map((v, i) => create(itemShape(shape, i), v)));
    return array;
  }
  return structuredClone(value);
}

function setField(map: Y.Map<unknown>, key: string, shape: Shape, value: unknown): void {
  if (value === undefined) {
    if (map.has(key)) map.delete(key);
    return;
  }
  const current = map.get(key);
  if (map.has(key) && fits(shape, current) && matchesData(shape, value)) {
    if (isContainer(shape)) patch(shape, current as YContainer, value);
    else if (!jsonEqual(current, value)) map.set(key, structuredClone(value));
    return;
  }
  map.set(key, create(shape, value));
}

/** The data is of the kind the shape stores as a container (else it is stored as an atom). */
function matchesData(shape: Shape, value: unknown): boolean {
  if (shape.kind === 'text') return typeof value === 'string';
  if (shape.kind === 'map' || shape.kind === 'record') return isRecord(value);
  if (shape.kind === 'list' || shape.kind === 'tuple') return Array.isArray(value);
  return true;
}

/** Changes the container `y` (of the shape's kind) to hold `value`, touching only what differs. */
function patch(shape: Shape, y: YContainer, value: unknown): void {
  if (shape.kind === 'text' && y instanceof Y.Text) patchText(y, typeof value === 'string' ? value : '');
  else if ((shape.kind === 'map' || shape.kind === 'record') && y instanceof Y.Map) {
    const object = isRecord(value) ? value : {};
    for (const key of [...y.keys()]) if (object[key] === undefined) y.delete(key);
    for (const [key, v] of Object.entries(object)) setField(y, key, fieldShape(shape, key), v);
  } else if (shape.kind === 'list' && shape.keyed && y instanceof Y.Array) patchKeyed(y, shape.item, Array.isArray(value) ? value : []);
  else if ((shape.kind === 'list' || shape.kind === 'tuple') && y instanceof Y.Array) patchIndexed(y, shape, Array.isArray(value) ? value : []);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** One contiguous change (what typing, pasting or deleting makes): the common start and end stay. */
function patchText(text: Y.Text, next: string): void {
  const old = text.toString();
  if (old === next) return;
  let start = 0;
  const max = Math.min(old.length, next.length);
  while (start < max && old.charCodeAt(start) === next.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(old.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < max - start && old.charCodeAt(old.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
  if (end > 0 && isHighSurrogate(old.charCodeAt(old.length - end - 1))) end--;
  const removed = old.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted) text.insert(start, inserted);
}

/** Items without ids (answers, names): changed in place when the count stays, else the changed middle is replaced. */
function patchIndexed(array: Y.Array<unknown>, shape: Shape, values: unknown[]): void {
  const current = array.toArray();
  if (current.length === values.length) {
    values.forEach((v, i) => {
      const s = itemShape(shape, i);
      const y = current[i];
      if (isContainer(s) && fits(s, y) && matchesData(s, v)) patch(s, y as YContainer, v);
      else if (!jsonEqual(readYjs(s, y), v)) {
        array.delete(i, 1);
        array.insert(i, [create(s, v)]);
      }
    });
    return;
  }
  const same = (i: number, j: number) => jsonEqual(readYjs(itemShape(shape, i), current[i]), values[j]);
  let start = 0;
  while (start < current.length && start < values.length && same(start, start)) start++;
  let end = 0;
  while (end < current.length - start && end < values.length - start && same(current.length - 1 - end, values.length - 1 - end)) end++;
  const removed = current.length - start - end;
  if (removed > 0) array.delete(start, removed);
  const added = values.slice(start, values.length - end);
  if (added.length) array.insert(start, added.map((v, j) => create(itemShape(shape, start + j), v)));
}

const idOf = (y: unknown): unknown => (y instanceof Y.Map ? y.get('id') : undefined);

/**
 * Items with ids (notes, people, actions), matched by id: an item that stays is changed in place
 * (so another person's concurrent edit inside it merges); one that is gone is deleted; a new one
 * is inserted where it belongs. An item moved to another place is deleted and inserted there
 * (a Yjs array has no 'move'): the longest run of items already in order stays where it is.
 */
function patchKeyed(array: Y.Array<unknown>, shape: Shape, values: unknown[]): void {
  const current = array.toArray();
  const target = new Map<unknown, number>();
  values.forEach((v, i) => {
    if (isRecord(v) && !target.has(v.id)) target.set(v.id, i);
  });
  const seen = new Set<unknown>();
  const positions = current.map((y) => {
    const id = idOf(y);
    if (typeof id !== 'string' || !target.has(id) || seen.has(id)) return -1;
    seen.add(id);
    return target.get(id)!;
  });
  const keep = longestIncreasing(positions);
  for (let i = current.length - 1; i >= 0; i--) if (!keep.has(i)) array.delete(i, 1);
  const kept = current.filter((_, i) => keep.has(i)) as Y.Map<unknown>[];
  let k = 0;
  values.forEach((v, i) => {
    const y = kept[k];
    if (y && isRecord(v) && y.get('id') === v.id) {
      patch(shape, y, v);
      k++;
    } else {
      array.insert(i, [create(shape, v)]);
    }
  });
}

/** Indices of a longest strictly increasing subsequence of the non-negative entries. O(n log n). */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((v, i) => {
    if (v < 0) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  });
  const out = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) out.add(i);
  return out;
}
