import { forceCollide, forceRadial, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { ringBand, sectorSpan, settleWith, wrap, type Geometry, type LayoutInput, type SettleNode } from './layout.js';

// The force layout of the map (d3-force), a chunk of its own (issue 32): only a map where nobody
// has a place yet, "Opnieuw schikken" and a change of rings or sectors need it; adding, moving and
// drawing contacts do not (internal/place.ts).

type Node = SettleNode & SimulationNodeDatum;

/**
 * Keeps every node in its ring band and sector: a soft wall pushes it back in, and a weak
 * angular pull draws it towards the middle of its sector.
 */
function cellForce(g: Geometry, pad: number) {
  let nodes: Node[] = [];
  const force = (alpha: number) => {
    for (const d of nodes) {
      const x = d.x;
      const y = d.y;
      const r = Math.hypot(x, y) || 1e-6;
      const a = Math.atan2(y, x);
      const [r0, r1] = ringBand(g, d.ring);
      const [a0, a1] = sectorSpan(g, d.sector);
      const rp = Math.min(pad, (r1 - r0) / 2);
      const dr = r < r0 + rp ? r0 + rp - r : r > r1 - rp ? r1 - rp - r : 0;
      const half = (a1 - a0) / 2;
      const ap = Math.min(pad / r, half * 0.9);
      const da = wrap(a - (a0 + a1) / 2);
      const out = da < -(half - ap) ? -(half - ap) - da : da > half - ap ? half - ap - da : 0;
      const t = (out * 0.6 - da * 0.04) * r * alpha;
      d.vx! += dr * 0.6 * alpha * Math.cos(a) - t * Math.sin(a);
      d.vy! += dr * 0.6 * alpha * Math.sin(a) + t * Math.cos(a);
    }
  };
  force.initialize = (n: Node[]) => (nodes = n);
  return force;
}

/**
 * Runs the force layout on `nodes` (a collision radius of `radius`): see settleWith in layout.ts.
 * Its signature names no d3 type, so a TypeScript consumer needs no @types/d3-force.
 */
export function simulate(g: Geometry, settleNodes: SettleNode[], radius: number): void {
  const nodes = settleNodes as Node[];
  const anchored = nodes.filter((n) => n.anchored).length;
  const allAnchored = anchored === nodes.length;
  // Fewer ticks when only a few contacts look for a place: the rest stays where it was.
  const ticks = allAnchored ? 30 : anchored >= nodes.length * 0.8 ? 70 : 140;
  const ringMid = (d: Node) => ringBand(g, d.ring).reduce((p, q) => p + q) / 2;
  const simulation = forceSimulation<Node>(nodes)
    .stop()
    .alpha(allAnchored ? 0.3 : 1)
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .velocityDecay(0.35)
    .force('radial', forceRadial<Node>(ringMid).strength((d) => (d.anchored ? 0 : 0.08)))
    .force('cell', cellForce(g, radius))
    .force('x', forceX<Node>((d) => d.ax).strength((d) => (d.anchored ? 0.25 : 0)))
    .force('y', forceY<Node>((d) => d.ay).strength((d) => (d.anchored ? 0.25 : 0)))
    .force('collide', forceCollide<Node>(radius).strength(0.9).iterations(2));
  simulation.tick(ticks);
}

/**
 * The settled layout of `input` (see settleWith in layout.ts), with the force layout at hand: what
 * the package exports as `settleNetwerkkaart`.
 */
export function settle(g: Geometry, input: readonly LayoutInput[], free: ReadonlySet<string> = new Set()): Map<string, [number, number]> {
  return settleWith(simulate, g, input, free)!;
}
