/**
 * Benchmark of the netwerkkaart (not a test: it asserts nothing, it prints figures).
 *
 *   npx wtr --files packages/netwerkkaart/bench/layout-bench.ts     (headless Chromium, prints to the terminal)
 *   or open layout-bench.html after `sh packages/netwerkkaart/bench/build.sh`
 *
 * For 25, 50, 150 and 300 contacts it measures (30 samples unless said otherwise):
 *  - settle: the synchronous d3-force layout of a map where no contact has a position yet;
 *  - tick: settle ÷ its 140 simulation ticks (an upper bound: it includes setup and clamping);
 *  - add one: the layout after adding one contact to a settled map (others anchored);
 *  - first render: element created with the value until Lit finished rendering (includes settle; 10 samples);
 *  - drag frame: one pointermove while dragging, handler + style + layout forced by reading geometry,
 *    over 60 moves, one per animation frame (median, 95th percentile and worst);
 *  - drop and keyboard move: the edit committed (layout with the others anchored), rendered and laid out by the browser.
 */
import '@niet-alleen/netwerkkaart';
import { generatedNetwerkkaart as generatedNetwork, settleNetwerkkaart as settle, type NaNetwerkkaart } from '@niet-alleen/netwerkkaart';

const sizes = [25, 50, 150, 300];
const domains = ['familie', 'vrienden', 'buren', 'werk', 'professionals', 'initiatieven'];
const geometry = { rings: 3, sectors: 6 };
const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const ms = (x: number) => `${x.toFixed(2)} ms`;

async function benchSize(n: number) {
  const value = generatedNetwork(n, Math.round(n / 4));
  const input = value.contacts.map((c) => ({ id: c.id, ring: c.ring, sector: domains.indexOf(c.domain), x: null, y: null }));

  const settleTimes: number[] = [];
  let positions = settle(geometry, input); // warm up
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    positions = settle(geometry, input);
    settleTimes.push(performance.now() - t);
  }
  const placed = input.map((c) => ({ ...c, x: positions.get(c.id)![0], y: positions.get(c.id)![1] }));
  const addTimes: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    settle(geometry, [...placed, { id: `new${i}`, ring: 2, sector: 2, x: null, y: null }]);
    addTimes.push(performance.now() - t);
  }

  const renderTimes: number[] = [];
  let el!: NaNetwerkkaart;
  for (let i = 0; i < 10; i++) {
    el?.remove();
    const t = performance.now();
    el = document.createElement('na-netwerkkaart');
    el.value = value;
    document.body.append(el);
    await el.updateComplete;
    renderTimes.push(performance.now() - t);
  }

  // Drag the first contact in a circle through several cells.
  const g = el.shadowRoot!.querySelector<SVGGElement>('g.contact')!;
  const box = g.getBoundingClientRect();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const opts = (x: number, y: number) => ({ bubbles: true, composed: true, pointerId: 7, button: 0, clientX: x, clientY: y });
  g.dispatchEvent(new PointerEvent('pointerdown', opts(cx, cy)));
  const dragTimes: number[] = [];
  await frame();
  for (let i = 1; i <= 60; i++) {
    const x = cx + Math.sin(i / 10) * 150;
    const y = cy + (1 - Math.cos(i / 10)) * 150;
    const t = performance.now();
    g.dispatchEvent(new PointerEvent('pointermove', opts(x, y)));
    g.getBoundingClientRect(); // force style and layout of the change
    dragTimes.push(performance.now() - t);
    await frame();
  }
  const t = performance.now();
  g.dispatchEvent(new PointerEvent('pointerup', opts(cx + 60, cy + 60)));
  await el.updateComplete;
  el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
  const drop = performance.now() - t;
  const moveTimes: number[] = [];
  for (let i = 0; i < 30; i++) {
    const m = performance.now();
    el.moveContact('c1', i % 2 ? -1 : 1, 0);
    await el.updateComplete;
    el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    moveTimes.push(performance.now() - m);
  }
  el.remove();
  return {
    contacts: n,
    'settle (median of 30)': ms(median(settleTimes)),
    'tick (settle ÷ 140, median of 30)': ms(median(settleTimes) / 140),
    'add one (median of 30)': ms(median(addTimes)),
    'first render (median of 10)': ms(median(renderTimes)),
    'drag move median': ms(median(dragTimes)),
    'drag move p95': ms(pct(dragTimes, 0.95)),
    'drag move worst': ms(Math.max(...dragTimes)),
    'drop (commit + render + layout)': ms(drop),
    'keyboard move (median of 30)': ms(median(moveTimes)),
    series: { settle: settleTimes, add: addTimes, render: renderTimes, drag: dragTimes, keyboard: moveTimes },
  };
}

export async function runBench(): Promise<Awaited<ReturnType<typeof benchSize>>[]> {
  const rows = [];
  for (const n of sizes) rows.push(await benchSize(n));
  return rows;
}
