/**
 * Three-way merge of plain data (an instrument's value as JSON): `local` is `base` with this
 * participant's edit, `remote` is `base` with the changes other participants made meanwhile. The
 * result keeps both: what local did not change comes from remote, and local's own changes are laid
 * over it. Needed because remote changes reach the card once per batch (see SamenBinding): an edit
 * made on the card between a remote change's arrival and its batch is made on the older value, and
 * written as such it would take back everything it had not seen.
 *
 * - Objects merge per key.
 * - Lists of items with ids (notes, people, actions) merge per id: items local added are kept (after
 *   the item they followed), items local removed are removed, items both kept merge; remote's order
 *   stays unless remote did not reorder.
 * - Texts merge when the two changes touch different parts of the text, else local's text wins.
 * - Anything else (numbers, flags, lists without ids) that both changed: local's value wins, as the
 *   newer intent of the person at this card.
 */
export function merge3(base: unknown, local: unknown, remote: unknown): unknown {
  if (same(local, base)) return remote;
  if (same(remote, base) || same(local, remote)) return local;
  if (isRecord(local) && isRecord(remote)) {
    const baseRecord = isRecord(base) ? base : {};
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(remote), ...Object.keys(local)])) {
      const merged = merge3(baseRecord[key], local[key], remote[key]);
      if (merged !== undefined) out[key] = merged;
    }
    return out;
  }
  if (isKeyed(local) && isKeyed(remote)) return mergeKeyed(isKeyed(base) ? base : [], local, remote);
  if (typeof local === 'string' && typeof remote === 'string' && typeof base === 'string') return mergeText(base, local, remote);
  return local;
}

type Item = Record<string, unknown> & { id: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isKeyed = (v: unknown): v is Item[] => Array.isArray(v) && v.every((item) => isRecord(item) && typeof item.id === 'string');
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
const ids = (items: Item[]) => items.map((item) => item.id);

function mergeKeyed(base: Item[], local: Item[], remote: Item[]): Item[] {
  const baseById = new Map(base.map((item) => [item.id, item]));
  const localById = new Map(local.map((item) => [item.id, item]));
  const remoteById = new Map(remote.map((item) => [item.id, item]));
  const both = (item: Item) => merge3(baseById.get(item.id), localById.get(item.id), remoteById.get(item.id)) as Item;
  // Remote only changed items in place: local's order (with its additions and removals) stands.
  if (same(ids(remote), ids(base))) return local.map((item) => (remoteById.has(item.id) ? both(item) : item));

  const removedHere = (id: string) => baseById.has(id) && !localById.has(id);
  const out = remote.filter((item) => !removedHere(item.id)).map((item) => (localById.has(item.id) ? both(item) : item));
  local.forEach((item, i) => {
    if (baseById.has(item.id) || remoteById.has(item.id)) return;
    // A new item goes after the item it followed here (or first, when it led the list).
    let at = 0;
    for (let j = i - 1; j >= 0; j--) {
      const before = out.findIndex((o) => o.id === local[j]!.id);
      if (before >= 0) {
        at = before + 1;
        break;
      }
    }
    out.splice(at, 0, item);
  });
  return out;
}

/** The one contiguous change from `a` to `b`: where it starts, where it ends in `a`, and what replaces it. */
function change(a: string, b: string): { start: number; end: number; text: string } {
  let start = 0;
  const max = Math.min(a.length, b.length);
  while (start < max && a[start] === b[start]) start++;
  let tail = 0;
  while (tail < max - start && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { start, end: a.length - tail, text: b.slice(start, b.length - tail) };
}

/** Both changes when they do not touch each other (typing at two places of one text); else local's text. */
function mergeText(base: string, local: string, remote: string): string {
  const mine = change(base, local);
  const theirs = change(base, remote);
  const [first, second] = mine.start <= theirs.start ? [mine, theirs] : [theirs, mine];
  // Overlapping, or both starting at one place (whose text would come first is anyone's guess).
  if (first.end > second.start || first.start === second.start) return local;
  return base.slice(0, first.start) + first.text + base.slice(first.end, second.start) + second.text + base.slice(second.end);
}

/**
 * `value` with each part that an issue points at put back as it is in `known`: the item of a list
 * with ids that holds the refused part (one level: a note, a person) (removed when `known` does not have it), else the top-level
 * field. What else arrived with the refused part stays: a batch of changes from several people is
 * not lost for one bad note.
 */
export function restoreRefused(value: unknown, known: unknown, paths: readonly PropertyKey[][]): unknown {
  let out = structuredClone(value);
  // Later items of a list first, so that removing one does not move the ones still to restore.
  const at = (path: readonly PropertyKey[]) => (typeof path[1] === 'number' ? path[1] : -1);
  for (const path of [...paths].sort((a, b) => at(b) - at(a))) out = restoreAt(out, known, path);
  return out;
}

function restoreAt(value: unknown, known: unknown, path: readonly PropertyKey[]): unknown {
  if (path.length === 0 || !isRecord(value)) return structuredClone(known);
  const [key, index] = path as [string, PropertyKey?];
  const knownRecord = isRecord(known) ? known : {};
  const field = value[key];
  if (isKeyed(field) && typeof index === 'number' && field[index]) {
    const id = field[index].id;
    const knownItem = isKeyed(knownRecord[key]) ? (knownRecord[key] as Item[]).find((item) => item.id === id) : undefined;
    const items = field.slice();
    if (knownItem) items[index] = structuredClone(knownItem);
    else items.splice(index, 1);
    return { ...value, [key]: items };
  }
  const restored = { ...value };
  if (knownRecord[key] === undefined) delete restored[key];
  else restored[key] = structuredClone(knownRecord[key]);
  return restored;
}
