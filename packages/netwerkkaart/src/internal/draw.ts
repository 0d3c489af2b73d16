import { ringBand, sectorSpan, type Geometry } from '../layout.js';

// How the map is drawn, in CSS px: its frame, the sizes of contacts and names, names in lines,
// the paths of ties and cells. Pure functions of their inputs.

/**
 * The picture in CSS px: SVG user units are CSS px, so text and targets keep their size at every
 * width. `unit` is the radius of the outer ring (map unit 1); `band` the room for the sector
 * names around it. The map is as wide as its box allows and never taller than the viewport.
 */
export interface Frame {
  size: number;
  unit: number;
  band: number;
  /** Font size (px) of the sector names. */
  font: number;
}
export function mapFrame(width: number, viewportHeight: number): Frame {
  const size = Math.round(Math.max(280, Math.min(width, viewportHeight - 16)));
  const font = size >= 640 ? 16 : 13;
  const band = Math.round(font * 2.9);
  return { size, unit: size / 2 - band, band, font };
}

/** Half the least target size (WCAG 2.5.8: 24 × 24 CSS px) of a contact on the map. */
export const targetRadius = 12;
/** The drawn size of a contact (px) from its collision radius: at least 8 px, a third of the room it has. */
export const shapeRadius = (radius: number) => Math.max(8, Math.min(16, radius * 0.32));
/** Font sizes (px) of the contact names, by the room they have; never under 12 px. */
export const labelFont = { l: 16, m: 14, s: 12 } as const;

/** Splits a name into lines of about `width` characters, at spaces only: never cut, never shortened. */
export function lines(name: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  out.push(line);
  return out;
}

/**
 * A tie from a to b (px): straight, or, when the straight line would cross the person in the
 * middle, a curve that goes around the centre disc on the side where the line passes.
 */
export function tiePath(a: number[], b: number[], clear: number): string {
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
  const px = ax + t * dx;
  const py = ay + t * dy;
  const d = Math.hypot(px, py);
  const f = (n: number) => n.toFixed(1);
  if (d >= clear) return `M${f(ax)} ${f(ay)}L${f(bx)} ${f(by)}`;
  // The side of the centre the line passes on (or, straight through it, the left of its direction).
  const [nx, ny] = d > 1e-3 ? [px / d, py / d] : [-dy / (Math.hypot(dx, dy) || 1), dx / (Math.hypot(dx, dy) || 1)];
  // A quadratic curve's middle is halfway between the chord's middle and its control point.
  const mx = (ax + bx) / 2;
  const my = (ay + by) / 2;
  const cx = 2 * nx * clear * 1.25 - mx;
  const cy = 2 * ny * clear * 1.25 - my;
  return `M${f(ax)} ${f(ay)}Q${f(cx)} ${f(cy)} ${f(bx)} ${f(by)}`;
}

/** An SVG path of one cell (ring band × sector), for the drop target while dragging. */
export function cellPath(g: Geometry, ring: number, sector: number, S: number): string {
  const [r0, r1] = ringBand(g, ring).map((r) => r * S) as [number, number];
  const [a0, a1] = sectorSpan(g, sector);
  const p = (r: number, a: number) => `${(r * Math.cos(a)).toFixed(1)} ${(r * Math.sin(a)).toFixed(1)}`;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return `M${p(r0, a0)}L${p(r1, a0)}A${r1} ${r1} 0 ${large} 1 ${p(r1, a1)}L${p(r0, a1)}A${r0} ${r0} 0 ${large} 0 ${p(r0, a0)}Z`;
}
