/**
 * The name layout planned again after each edit (internal/labels.ts, issue 33): whatever the
 * sequence of moves, additions and removals, the incremental plan keeps issue 21's promises (no
 * shown name over another name, another contact, a mark, a ring name or outside the rings), and a
 * name the edit did not reach stays exactly where it was; the grid of obstacles the planner keeps
 * from one plan to the next holds only what is on the map now.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LabelPlanner, textAt, type Box, type LabelItem, type LabelPlan, type LabelScene } from '../src/internal/labels.js';

const scene: LabelScene = { outer: 300, centre: 40, fixed: [{ x0: 4, x1: 90, y0: -200, y1: -185 }], markFont: 12 };
const names = ['Anna', 'Bram de Vries', 'Mijn zus Marieke', 'Buurvrouw', 'Jan', 'Fatima El Amrani', 'Kees', 'Wijkteam Noord'];
const variants = new Map(names.map((n) => [n, [n.split(' ').length > 2 ? [n.split(' ').slice(0, 2).join(' '), n.split(' ').slice(2).join(' ')] : [n], n.split(' ')]]));

const item = (id: string, x: number, y: number, name: string, marks = 0): LabelItem => ({
  id, x, y, r: 8, font: 12, variants: variants.get(name)!, markRight: marks === 1, markLeft: marks === 2,
});

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const boxOf = (i: LabelItem, p: LabelPlan): Box => {
  const { box } = textAt(p.lines, p.place, i.r, i.font);
  return { x0: box.x0 + i.x, x1: box.x1 + i.x, y0: box.y0 + i.y, y1: box.y1 + i.y };
};

/** Issue 21's promises of a plan, as a list of what breaks them (empty: kept). */
function broken(items: LabelItem[], plans: Map<string, LabelPlan>): string[] {
  const shown = items.filter((i) => !plans.get(i.id)!.hidden).map((i) => ({ i, box: boxOf(i, plans.get(i.id)!) }));
  const out: string[] = [];
  for (const { i, box } of shown) {
    const far = Math.max(box.x0 ** 2, box.x1 ** 2) + Math.max(box.y0 ** 2, box.y1 ** 2) > (scene.outer - 2) ** 2;
    if (far) out.push(`${i.id} outside the rings`);
    if (scene.fixed.some((f) => overlaps(f, box))) out.push(`${i.id} over a ring name`);
    for (const o of items) {
      if (o.id === i.id) continue;
      const node = { x0: o.x - o.r - 2, x1: o.x + o.r + 2, y0: o.y - o.r - 2, y1: o.y + o.r + 2 };
      if (overlaps(node, box)) out.push(`${i.id} over contact ${o.id}`);
    }
  }
  for (let a = 0; a < shown.length; a++) for (let b = a + 1; b < shown.length; b++) if (overlaps(shown[a]!.box, shown[b]!.box)) out.push(`${shown[a]!.i.id} over ${shown[b]!.i.id}`);
  return out;
}

const point = fc.tuple(fc.integer({ min: -200, max: 200 }), fc.integer({ min: -200, max: 200 })).filter(([x, y]) => x * x + y * y > 60 * 60 && x * x + y * y < 270 * 270);
const contact = fc.record({ at: point, name: fc.constantFrom(...names), marks: fc.integer({ min: 0, max: 2 }) });
const edit = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), which: fc.nat(), at: point }),
  fc.record({ kind: fc.constant('add' as const), c: contact }),
  fc.record({ kind: fc.constant('remove' as const), which: fc.nat() }),
);

describe('netwerkkaart: names planned again after each edit', () => {
  it('after any moves, additions and removals: no name over another, a contact or a ring name; names the edit did not reach stay where they were', () => {
    fc.assert(
      fc.property(fc.array(contact, { minLength: 5, maxLength: 60 }), fc.array(edit, { minLength: 1, maxLength: 15 }), (cs, edits) => {
        let items = cs.map((c, i) => item(`c${i}`, c.at[0], c.at[1], c.name, c.marks));
        let next = items.length;
        const planner = new LabelPlanner();
        let plans = planner.plan(items, scene);
        expect(broken(items, plans)).to.deep.equal([]);
        for (const e of edits) {
          let moved: LabelItem | undefined;
          if (e.kind === 'move' && items.length) {
            const i = e.which % items.length;
            moved = { ...items[i]!, x: e.at[0], y: e.at[1] };
            items = items.map((it, j) => (j === i ? moved! : it));
          } else if (e.kind === 'add') {
            moved = item(`c${next++}`, e.c.at[0], e.c.at[1], e.c.name, e.c.marks);
            items = [...items, moved];
          } else if (e.kind === 'remove' && items.length > 1) items = items.filter((_, j) => j !== e.which % items.length);
          const before = plans;
          plans = planner.plan(items, scene);
          expect(broken(items, plans), `after ${e.kind}`).to.deep.equal([]);
          expect([...plans.keys()], 'one plan per contact, in their order').to.deep.equal(items.map((i) => i.id));
          // The grid kept from plan to plan holds what is on the map now: no shape, mark or name that left.
          const marks = items.filter((i) => i.markLeft).length + items.filter((i) => i.markRight).length;
          const shownNames = [...plans.values()].filter((p) => !p.hidden).length;
          expect(planner.obstacles, 'boxes in the grid').to.equal(items.length + marks + shownNames);
          // A shown name far from the edit (out of reach of the moved contact's name) is the same plan.
          if (moved) {
            const reach = 160;
            for (const i of items) {
              if (i.id === moved.id) continue;
              const old = before.get(i.id);
              if (!old || old.hidden || Math.hypot(i.x - moved.x, i.y - moved.y) < reach) continue;
              expect(plans.get(i.id), `${i.id}, far from the edit`).to.equal(old);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
