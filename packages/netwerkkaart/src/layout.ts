/**
 * Geometry and force layout of the map in map units: the person is at 0,0, the outer edge of
 * the last ring is at radius 1, angles are SVG angles (0 = right, −π/2 = up). Sector 0 starts
 * at the top and sectors go clockwise.
 */
export const centreRadius = 0.17;
const tau = Math.PI * 2;

export interface Geometry {
  rings: number;
  sectors: number;
}

export const ringBand = (g: Geometry, ring: number): [number, number] => {
  const w = (1 - centreRadius) / g.rings;
  return [centreRadius + (ring - 1) * w, centreRadius + ring * w];
};
export const sectorSpan = (g: Geometry, sector: number): [number, number] => {
  const a0 = -Math.PI / 2 + (sector * tau) / g.sectors;
  return [a0, a0 + tau / g.sectors];
};
/** The angle `a` in −π…π. */
export const wrap = (a: number) => ((((a + Math.PI) % tau) + tau) % tau) - Math.PI;

/** The ring (1…n) and sector (0…m−1) under a point: where a dragged contact lands. */
export function cellAt(g: Geometry, x: number, y: number): { ring: number; sector: number } {
  const r = Math.hypot(x, y);
  const w = (1 - centreRadius) / g.rings;
  const ring = Math.min(g.rings, Math.max(1, Math.floor((r - centreRadius) / w) + 1));
  const turn = (((Math.atan2(y, x) + Math.PI / 2) % tau) + tau) % tau;
  return { ring, sector: Math.min(g.sectors - 1, Math.floor((turn / tau) * g.sectors)) };
}

/** Collision radius of a contact (map units): smaller when the map holds many contacts. */
export const nodeRadius = (count: number) => Math.min(0.11, Math.sqrt(1.4 / (Math.PI * Math.max(1, count))) / 1.5);

/** The nearest point to (x, y) inside the cell, kept `pad` from its edges where the cell allows. */
export function clampToCell(g: Geometry, ring: number, sector: number, x: number, y: number, pad = 0): [number, number] {
  const [r0, r1] = ringBand(g, ring);
  const [a0, a1] = sectorSpan(g, sector);
  const mid = (a0 + a1) / 2;
  const half = (a1 - a0) / 2;
  const rp = Math.min(pad, (r1 - r0) / 2 - 1e-3);
  let r = Math.hypot(x, y);
  r = Math.min(r1 - rp, Math.max(r0 + rp, r));
  const ap = Math.min(pad / r, half * 0.9);
  const a = mid + Math.min(half - ap, Math.max(-(half - ap), wrap(Math.atan2(y, x) - mid)));
  return [r * Math.cos(a), r * Math.sin(a)];
}

/** A point for a contact that has none yet: in its cell, spread by a hash of its id so new contacts do not stack. */
export function seed(g: Geometry, ring: number, sector: number, key: string): [number, number] {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  const u = ((h >>> 0) % 1000) / 1000;
  const v = ((h >>> 10) % 1000) / 1000;
  const [r0, r1] = ringBand(g, ring);
  const [a0, a1] = sectorSpan(g, sector);
  const r = r0 + (r1 - r0) * (0.25 + 0.5 * v);
  const a = a0 + (a1 - a0) * (0.15 + 0.7 * u);
  return [r * Math.cos(a), r * Math.sin(a)];
}

export interface LayoutInput {
  id: string;
  ring: number;
  sector: number;
  x: number | null;
  y: number | null;
}

/** A contact in the force layout: where it starts (a, its anchor when `anchored`) and where it goes (x, y). */
export interface SettleNode {
  id: string;
  ring: number;
  sector: number;
  anchored: boolean;
  ax: number;
  ay: number;
  x: number;
  y: number;
}

/** Moves the nodes to where the force layout settles them (force.ts, a chunk of its own: issue 32). */
export type Simulate = (g: Geometry, nodes: SettleNode[], radius: number) => void;

/** Four decimals, and never -0: JSON writes -0 as 0, so a stored map would differ from the one on screen. */
const round = (v: number) => Math.round(v * 1e4) / 1e4 || 0;

/**
 * The settled layout, computed synchronously (no animation): contacts with a position stay
 * near it (so adding one does not scramble the map), contacts without one, or named in `free`,
 * are seeded in their cell and find a place. Collision keeps labels apart. When the contacts that
 * need a place already have a free spot where they start (a first contact, say) the force layout
 * is not needed; otherwise `simulate` runs it, and without it (its code not loaded yet) the
 * result is null.
 */
export function settleWith(simulate: Simulate | undefined, g: Geometry, input: readonly LayoutInput[], free: ReadonlySet<string> = new Set()): Map<string, [number, number]> | null {
  const radius = nodeRadius(input.length);
  const nodes: SettleNode[] = input.map((c) => {
    const anchored = c.x !== null && c.y !== null && !free.has(c.id);
    const [x, y] = c.x !== null && c.y !== null ? [c.x, c.y] : seed(g, c.ring, c.sector, c.id);
    return { id: c.id, ring: c.ring, sector: c.sector, anchored, ax: x, ay: y, x, y };
  });
  const clear = nodes.every((f) => f.anchored || nodes.every((o) => o === f || Math.hypot(o.x - f.x, o.y - f.y) >= 2 * radius));
  if (nodes.length && !clear) {
    if (!simulate) return null;
    simulate(g, nodes, radius);
  }
  const result = new Map<string, [number, number]>();
  for (const n of nodes) {
    // Two contacts that start a hair's breadth apart make the collision force divide by a distance
    // that underflows to 0: such a node keeps where it started instead of becoming NaN (null in JSON).
    const moved = Number.isFinite(n.x) && Number.isFinite(n.y);
    const [x, y] = clampToCell(g, n.ring, n.sector, moved ? n.x : n.ax, moved ? n.y : n.ay, radius * 0.6);
    result.set(n.id, [round(x), round(y)]);
  }
  return result;
}
