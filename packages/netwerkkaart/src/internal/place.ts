import { clampToCell, nodeRadius, ringBand, sectorSpan, seed, settleWith, type Geometry, type LayoutInput, type Simulate } from '../layout.js';

/**
 * Placement that treats a person's placement as data (issue 33): a contact that has a place keeps
 * it exactly; only contacts without one (new, imported without a position, moved to another cell,
 * or named in `free`) get a place, one at a time, at the free spot of their cell nearest to where
 * they start. Overlap is resolved around the contact being placed, never by shifting the others.
 * Only a map where nobody has a place yet (or "Opnieuw schikken", which frees everyone) is laid
 * out as a whole by the force layout (`simulate`, force.ts): without it, such a map has no
 * positions yet (null) until its code has loaded.
 */
export interface PlaceInput extends LayoutInput {
  /** The contact's own position is kept exactly. */
  kept: boolean;
}

const round = (v: number) => Math.round(v * 1e4) / 1e4 || 0;

/** Candidate points of a cell, about half a contact apart, kept `pad` from its edges. */
function candidates(g: Geometry, ring: number, sector: number, step: number, pad: number): [number, number][] {
  const [r0, r1] = ringBand(g, ring);
  const [a0, a1] = sectorSpan(g, sector);
  const out: [number, number][] = [];
  const rp = Math.min(pad, (r1 - r0) / 2 - 1e-3);
  for (let r = r0 + rp; r <= r1 - rp + 1e-9; r += Math.max(step, 1e-3)) {
    const ap = Math.min(pad / r, (a1 - a0) * 0.45);
    const n = Math.max(1, Math.ceil(((a1 - a0 - 2 * ap) * r) / step));
    for (let i = 0; i <= n; i++) {
      const a = a0 + ap + ((a1 - a0 - 2 * ap) * i) / n;
      out.push([r * Math.cos(a), r * Math.sin(a)]);
    }
  }
  return out;
}

/** The least distance from (x, y) to any of `others`. */
function clearance(x: number, y: number, others: readonly [number, number][]): number {
  let least = Infinity;
  for (const [ox, oy] of others) least = Math.min(least, Math.hypot(ox - x, oy - y));
  return least;
}

/**
 * The spot for one contact: where it starts when that is clear of every placed contact, else the
 * nearest clear point of its cell, else (a full cell) the point of its cell with the most room.
 */
export function spotFor(g: Geometry, ring: number, sector: number, start: [number, number], placed: readonly [number, number][], radius: number): [number, number] {
  const pad = radius * 0.6;
  const [sx, sy] = clampToCell(g, ring, sector, start[0], start[1], pad);
  const room = 2 * radius;
  const points = candidates(g, ring, sector, radius / 2, pad);
  // Only contacts within `room` of the cell's points can limit the room there (min(clearance, room)
  // is the same without the others): on a map of 300 this checks a few dozen instead of all.
  let [x0, y0, x1, y1] = [sx, sy, sx, sy];
  for (const [x, y] of points) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  const near = placed.filter(([x, y]) => x >= x0 - room && x <= x1 + room && y >= y0 - room && y <= y1 + room);
  if (clearance(sx, sy, near) >= room) return [sx, sy];
  // The nearest point with full room wins whenever there is one: try the points nearest first and
  // stop at the first (a stable sort keeps the points' order among equal distances, as below).
  const distance = (p: [number, number]) => Math.hypot(p[0] - sx, p[1] - sy);
  const nearest = points.map((p) => [distance(p), p] as const).sort((a, b) => a[0] - b[0]);
  for (const [, [x, y]] of nearest) if (clearance(x, y, near) >= room) return [x, y];
  // A full cell: the point with the most room, the nearest of those.
  let best: [number, number] = [sx, sy];
  let bestDistance = Infinity;
  let bestRoom = -1;
  for (const [x, y] of points) {
    const c = Math.min(clearance(x, y, near), room);
    const d = Math.hypot(x - sx, y - sy);
    if (c > bestRoom + 1e-9 || (Math.abs(c - bestRoom) <= 1e-9 && d < bestDistance)) {
      best = [x, y];
      bestRoom = c;
      bestDistance = d;
    }
  }
  return best;
}

export function place(g: Geometry, input: readonly PlaceInput[], simulate: Simulate | undefined): Map<string, [number, number]> | null {
  if (input.length && input.every((c) => !c.kept)) {
    // Contacts stacked on one spot would stay stacked (the collision force cannot part two points
    // that coincide): all but the first of them start from their own seed in the cell.
    const seen = new Set<string>();
    const starts = input.map((c) => {
      if (c.x === null || c.y === null) return c;
      const key = `${c.x.toFixed(4)} ${c.y.toFixed(4)}`;
      if (!seen.has(key)) return seen.add(key), c;
      const [x, y] = seed(g, c.ring, c.sector, c.id);
      return { ...c, x, y };
    });
    return settleWith(simulate, g, starts, new Set(input.map((c) => c.id)));
  }
  const radius = nodeRadius(input.length);
  const result = new Map<string, [number, number]>();
  const placed: [number, number][] = [];
  for (const c of input) {
    if (!c.kept) continue;
    result.set(c.id, [c.x!, c.y!]);
    placed.push([c.x!, c.y!]);
  }
  for (const c of input) {
    if (c.kept) continue;
    const start: [number, number] = c.x !== null && c.y !== null ? [c.x, c.y] : seed(g, c.ring, c.sector, c.id);
    const [x, y] = spotFor(g, c.ring, c.sector, start, placed, radius);
    const p: [number, number] = [round(x), round(y)];
    result.set(c.id, p);
    placed.push(p);
  }
  return result;
}
