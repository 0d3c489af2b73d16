/**
 * Where each contact's name goes on the map (issue 21: names readable in full, never over a sector
 * name, another name or another contact). All in screen px around the person in the middle, at the
 * zoom the map is shown at: names keep their size on screen while positions scale with the zoom,
 * so zooming in gives names room.
 *
 * Greedy, in the order of the contacts: a name goes below its contact, else above, right or left,
 * first as wrapped for its room, then one word per line. A name that fits nowhere is hidden and
 * shows on focus or under the pointer (drawn on top, inside the rings); the list has every name.
 * Text widths are estimated (no layout is read), on the wide side.
 */
export type Place = 'below' | 'above' | 'right' | 'left' | 'below-right' | 'below-left' | 'above-right' | 'above-left';
const places: Place[] = ['below', 'above', 'right', 'left', 'below-right', 'below-left', 'above-right', 'above-left'];

export interface LabelItem {
  id: string;
  /** Centre of the contact (screen px from the person in the middle). */
  x: number;
  y: number;
  /** Drawn radius of the contact's shape (px). */
  r: number;
  /** Font size (px) of the name. */
  font: number;
  /** The name as lines, in the order to try (e.g. wrapped for its room, one word per line). */
  variants: string[][];
  /** Marks beside the contact: a wish (right) and 'can help' or 'deceased' (left). */
  markRight: boolean;
  markLeft: boolean;
}

export interface LabelScene {
  /** Radius (px) of the outer ring: the sector names lie outside it. */
  outer: number;
  /** Radius (px) of the disc of the person in the middle. */
  centre: number;
  /** Other texts on the map (ring names, the person's name) as boxes. */
  fixed: Box[];
  /** Font size (px) of the marks. */
  markFont: number;
}

export interface LabelPlan {
  lines: string[];
  place: Place;
  /** The name fits nowhere without overlap: shown on focus or hover only. */
  hidden: boolean;
  /** The marks go below the contact (above, they would stick out of the rings). */
  marksBelow: boolean;
  /** Where the text starts: x, first baseline y, anchor. */
  x: number;
  y: number;
  anchor: 'middle' | 'start' | 'end';
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const charWidth = 0.62;
const lineHeight = 1.1;
const halo = 2;

/** The text of `lines` at `place` around a contact of radius r: its anchor, first baseline and box (relative to the contact). */
/** The longest line's length in characters (code points), remembered per lines array: a name's variants are tried at eight places. */
const longest = new WeakMap<readonly string[], number>();
function longestLine(lines: readonly string[]): number {
  let n = longest.get(lines);
  if (n === undefined) {
    n = 0;
    for (const l of lines) n = Math.max(n, [...l].length);
    longest.set(lines, n);
  }
  return n;
}

export function textAt(lines: readonly string[], place: Place, r: number, font: number): { x: number; y: number; anchor: LabelPlan['anchor']; box: Box } {
  const w = longestLine(lines) * font * charWidth;
  const n = lines.length;
  const ascent = 0.8 * font;
  const descent = 0.25 * font;
  const height = ascent + (n - 1) * lineHeight * font + descent;
  let y: number;
  if (place.startsWith('below')) y = r + 2 + ascent;
  else if (place.startsWith('above')) y = -r - 2 - descent - (n - 1) * lineHeight * font;
  else y = -height / 2 + ascent;
  // 'below-right': under the contact, running to the right from its left edge (and so on).
  const anchor = place === 'right' || place.endsWith('-right') ? 'start' : place === 'left' || place.endsWith('-left') ? 'end' : 'middle';
  const x = place === 'right' ? r + 4 : place === 'left' ? -r - 4 : place.endsWith('-right') ? -r : place.endsWith('-left') ? r : 0;
  const x0 = anchor === 'middle' ? -w / 2 : anchor === 'start' ? x : x - w;
  return { x, y, anchor, box: { x0: x0 - halo, x1: x0 + w + halo, y0: y - ascent - halo, y1: y - ascent + height + halo } };
}

const shift = (b: Box, dx: number, dy: number): Box => ({ x0: b.x0 + dx, x1: b.x1 + dx, y0: b.y0 + dy, y1: b.y1 + dy });
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
// Squared distances, not Math.hypot: these run for every candidate place of every name on each edit.
/** Every corner within radius `r` of the middle (the farthest corner is the one that counts). */
const inside = (b: Box, r: number) => Math.max(b.x0 * b.x0, b.x1 * b.x1) + Math.max(b.y0 * b.y0, b.y1 * b.y1) <= r * r;
/** The box touches the disc of radius `r` around the middle. */
const onDisc = (b: Box, r: number) => {
  const x = Math.max(b.x0, Math.min(0, b.x1));
  const y = Math.max(b.y0, Math.min(0, b.y1));
  return x * x + y * y < r * r;
};

/** A coarse grid of boxes, so each test looks only at its neighbours. */
class Grid {
  // Cells by a number (column × 4096 + row, offset so that negative columns and rows stay apart):
  // no key strings made for every test.
  #cells = new Map<number, { box: Box; owner: string }[]>();
  constructor(private size = 48) {}
  #each(b: Box, visit: (key: number) => boolean | void): boolean {
    const i1 = Math.floor(b.x1 / this.size);
    const j1 = Math.floor(b.y1 / this.size);
    for (let i = Math.floor(b.x0 / this.size); i <= i1; i++)
      for (let j = Math.floor(b.y0 / this.size); j <= j1; j++) if (visit((i + 2048) * 4096 + (j + 2048))) return true;
    return false;
  }
  add(box: Box, owner: string) {
    this.#each(box, (k) => {
      const cell = this.#cells.get(k);
      if (cell) cell.push({ box, owner });
      else this.#cells.set(k, [{ box, owner }]);
    });
  }
  /** Every box in the grid, once. */
  boxes(): Set<Box> {
    return new Set([...this.#cells.values()].flatMap((cell) => cell.map((o) => o.box)));
  }
  /** Takes out what `add` put in for this very box. */
  remove(box: Box) {
    this.#each(box, (k) => {
      const cell = this.#cells.get(k);
      const i = cell?.findIndex((o) => o.box === box) ?? -1;
      if (i >= 0) cell!.splice(i, 1);
    });
  }
  hits(box: Box, except: string): boolean {
    return this.#each(box, (k) => this.#cells.get(k)?.some((o) => o.owner !== except && overlaps(o.box, box)));
  }
}

/** The marks' boxes (relative to the contact): above it, or below when above would leave the rings. */
function marks(item: LabelItem, font: number, below: boolean): Box[] {
  const w = font * 0.9;
  const [y0, y1] = below ? [item.r, item.r + 1.1 * font] : [-item.r - 0.85 * font, -item.r + 0.25 * font];
  return [
    ...(item.markRight ? [{ x0: item.r + 2, x1: item.r + 2 + w, y0, y1 }] : []),
    ...(item.markLeft ? [{ x0: -item.r - 2 - w, x1: -item.r - 2, y0, y1 }] : []),
  ];
}

/** One name's plan: the first place, of its variants in turn, that is free and meets nothing in the grid (added to it); else hidden. */
function placeOne(item: LabelItem, grid: Grid, free: (b: Box) => boolean, marksBelow: boolean): { plan: LabelPlan; box: Box | null } {
  let fallback: LabelPlan | null = null;
  for (const lines of item.variants) {
    for (const place of places) {
      const t = textAt(lines, place, item.r, item.font);
      const box = shift(t.box, item.x, item.y);
      if (!free(box)) continue;
      const plan = { lines, place, hidden: false, marksBelow, x: t.x, y: t.y, anchor: t.anchor };
      fallback ??= plan;
      if (grid.hits(box, item.id)) continue;
      grid.add(box, item.id);
      return { plan, box };
    }
  }
  const lines = item.variants[0]!;
  const t = textAt(lines, 'below', item.r, item.font);
  return { plan: { ...(fallback ?? { lines, place: 'below', marksBelow, x: t.x, y: t.y, anchor: t.anchor }), hidden: true }, box: null };
}

/** A contact's shape (with a little room) and its marks, as boxes in the scene. */
type Shapes = { node: Box; marks: Box[]; marksBelow: boolean };

/** The box of a contact's shape (with a little room) and of its marks, in the scene. */
function nodeBoxes(item: LabelItem, markFont: number, outer: number): Shapes {
  const r = item.r + 2;
  const node = { x0: item.x - r, x1: item.x + r, y0: item.y - r, y1: item.y + r };
  const up = marks(item, markFont, false).map((b) => shift(b, item.x, item.y));
  const marksBelow = up.some((b) => !inside(b, outer));
  return { node, marks: marksBelow ? marks(item, markFont, true).map((m) => shift(m, item.x, item.y)) : up, marksBelow };
}

const sameItem = (a: LabelItem, b: LabelItem) =>
  a.x === b.x && a.y === b.y && a.r === b.r && a.font === b.font && a.variants === b.variants && a.markRight === b.markRight && a.markLeft === b.markLeft;

/**
 * The names of one map, planned again after each edit (issue 33: one move, one frame). The first
 * plan, and any plan after the scene changed (zoom, size, rings), places every name greedily in the
 * contacts' order. After that a plan changes only what the edit touched: the names of contacts that
 * moved, came or changed; a name the edit now covers; and a hidden name near where something left,
 * which may now fit. Every other name stays exactly where it was, as the contacts themselves do
 * (issue 33 item 1): a person does not see names jump around a contact somebody else moved.
 */
export class LabelPlanner {
  /**
   * The last plan, with what it was made of: the grid of every shape, mark and shown name stays
   * from one edit to the next, and an edit takes out and puts in only what it changed (issue 33).
   */
  #last: { scene: string; grid: Grid; items: Map<string, LabelItem>; shapes: Map<string, Shapes>; plans: Map<string, LabelPlan>; boxes: Map<string, Box | null> } | null = null;

  /** How many boxes the kept grid holds (for a test: every shape, mark and shown name once, nothing that left). */
  get obstacles(): number {
    return this.#last?.grid.boxes().size ?? 0;
  }

  plan(items: readonly LabelItem[], scene: LabelScene): Map<string, LabelPlan> {
    const sceneKey = JSON.stringify(scene);
    const last = this.#last?.scene === sceneKey ? this.#last : null;
    const grid = last?.grid ?? new Grid();
    const limit = scene.outer - 2;
    const free = (b: Box) => inside(b, limit) && !onDisc(b, scene.centre + 2) && !scene.fixed.some((f) => overlaps(f, b));
    /** Boxes of what the edit put on the map (shapes and marks of changed contacts): a kept name must not meet them. */
    const arrived: Box[] = [];
    /** Where something left or changed: a hidden name near it may fit now. */
    const left: Box[] = [];
    /** A contact moved, changed or went: its old shape, marks and name leave the grid, and leave room. */
    const leaves = (id: string) => {
      const { node, marks } = last!.shapes.get(id)!;
      const box = last!.boxes.get(id);
      for (const b of [node, ...marks, ...(box ? [box] : [])]) grid.remove(b);
      left.push(node, ...(box ? [box] : []));
    };
    const changed = new Set<string>();
    const byId = new Map<string, LabelItem>();
    const shapes = new Map<string, Shapes>();
    for (const item of items) {
      byId.set(item.id, item);
      const before = last?.items.get(item.id);
      if (before && sameItem(before, item)) {
        shapes.set(item.id, last!.shapes.get(item.id)!);
        continue;
      }
      if (before) leaves(item.id);
      const boxes = nodeBoxes(item, scene.markFont, scene.outer);
      shapes.set(item.id, boxes);
      grid.add(boxes.node, item.id);
      for (const b of boxes.marks) grid.add(b, `mark:${item.id}`);
      changed.add(item.id);
      if (last) arrived.push(boxes.node, ...boxes.marks);
    }
    if (last) for (const id of last.items.keys()) if (!byId.has(id)) leaves(id);

    const plans = new Map<string, LabelPlan>();
    const boxes = new Map<string, Box | null>();
    const again: LabelItem[] = [];
    for (const item of items) {
      if (changed.has(item.id)) {
        again.push(item);
        continue;
      }
      // Kept in the grid as it was, unless the edit now covers it or it was hidden near freed room.
      const plan = last!.plans.get(item.id)!;
      const box = last!.boxes.get(item.id) ?? null;
      if (box ? arrived.some((b) => overlaps(b, box)) : this.#nearAny(item, left)) {
        if (box) grid.remove(box);
        again.push(item);
        continue;
      }
      plans.set(item.id, plan);
      boxes.set(item.id, box);
    }
    for (const item of again) {
      const { plan, box } = placeOne(item, grid, free, shapes.get(item.id)!.marksBelow);
      plans.set(item.id, plan);
      boxes.set(item.id, box);
    }
    // In the contacts' order, as the first plan (the map's labels layer sorts them anyway).
    const ordered = new Map(items.map((item) => [item.id, plans.get(item.id)!]));
    this.#last = { scene: sceneKey, grid, items: byId, shapes, plans: ordered, boxes };
    return ordered;
  }

  /** A hidden name could reach one of these boxes from its contact (its widest variant at any place). */
  #nearAny(item: LabelItem, boxes: Box[]): boolean {
    if (!boxes.length) return false;
    let w = 0;
    let h = 0;
    for (const lines of item.variants) {
      w = Math.max(w, longestLine(lines) * item.font * charWidth);
      h = Math.max(h, (lines.length * lineHeight + 0.2) * item.font);
    }
    const [dx, dy] = [item.r + 4 + w + halo, item.r + 2 + h + halo];
    return boxes.some((b) => overlaps(b, { x0: item.x - dx, x1: item.x + dx, y0: item.y - dy, y1: item.y + dy }));
  }
}
