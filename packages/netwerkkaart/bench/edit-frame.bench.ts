// Part of `npm run bench` (issue 33 item 2): on a netwerkkaart of 150 and 300 placed contacts,
// each edit a person makes, timed from its committing input event to the next painted frame
// (bench/frame.ts), beside a plain checkbox (pointer) or plain text field (keys) on the same page,
// interleaved sample by sample; unthrottled and at 4× CPU throttle; 3 runs, medians of the runs'
// medians and p95s with their spread. Edits: a pointer drag dropped in another ring (timed from the
// pointerup), a keyboard move (the arrow key that moves a picked-up contact), adding a contact
// (the add form submitted) and a ring change in the editor (the select's change event).
import '@niet-alleen/netwerkkaart';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { generatedNetwerkkaart, type NaNetwerkkaart, type NetwerkkaartValue } from '@niet-alleen/netwerkkaart';
import { report, type Row } from '../../../bench/harness.js';
import { frames, plainControls, stats, throttle, timeEdit } from '../../../bench/frame.js';

const { __benchOnly: only = '', __benchMetrics: metrics = '', __benchSizes: sizeList = '' } = window as Window & { __benchOnly?: string; __benchMetrics?: string; __benchSizes?: string };
/** BENCH_SIZES=300 npm run bench: only those netwerkkaart sizes. */
const sizes = (sizeList || '150,300').split(',').map(Number);
/** BENCH_QUICK=1: one run of 3 samples, to try the bench itself out (figures not to be quoted). */
const quick = (window as Window & { __benchQuick?: boolean }).__benchQuick === true;
const runs = quick ? 1 : 3;
/** BENCH_LIST_OPEN=1: the list of all contacts open under the map (closed is what a person gets first; issue 33). */
const listOpen = (window as Window & { __benchListOpen?: boolean }).__benchListOpen === true;
const perRun = quick ? 3 : 10;
/**
 * BENCH_TRACE=1: after the timed runs, each edit again 10 times on its own under a DevTools timeline
 * trace; prints the main thread's self time per event (script, style, layout, paint, …) per edit.
 */
const traced = (window as Window & { __benchTrace?: boolean }).__benchTrace === true;

type Timing = { frame: number; script: number };
type Series = Record<string, Timing[][]>; // edit → runs → samples

function placed(el: NaNetwerkkaart, v: NetwerkkaartValue): NetwerkkaartValue {
  const p = el.positions;
  return { ...v, contacts: v.contacts.map((c) => ({ ...c, x: p.get(c.id)![0], y: p.get(c.id)![1] })) };
}

async function page(n: number) {
  await setViewport({ width: 1280, height: 800 });
  const host = document.createElement('div');
  document.body.append(host);
  const plain = plainControls(host);
  const el = document.createElement('na-netwerkkaart');
  el.value = generatedNetwerkkaart(n, Math.round(n / 4));
  el.listOpen = listOpen;
  host.append(el);
  await el.updateComplete;
  el.value = placed(el, el.value);
  await el.updateComplete;
  await frames(3);
  return { host, plain, el };
}

const root = (el: NaNetwerkkaart) => el.shadowRoot!;
const contactG = (el: NaNetwerkkaart, id: string) => root(el).querySelector<SVGGElement>(`g.contact[data-id="${id}"]`)!;
const ringOf = (el: NaNetwerkkaart, id: string) => el.value.contacts.find((c) => c.id === id)!.ring;
const settled = (el: NaNetwerkkaart) => () => el.updateComplete;

/** The screen point of map point (x, y) (map units). */
function screen(el: NaNetwerkkaart, x: number, y: number): [number, number] {
  const svg = root(el).querySelector<SVGSVGElement>('svg.map-svg')!;
  const S = el.frame.unit;
  const p = new DOMPoint(x * S, y * S).matrixTransform(svg.getScreenCTM()!);
  return [Math.round(p.x), Math.round(p.y)];
}

const pointer = (type: string, [x, y]: [number, number]) =>
  new PointerEvent(type, { bubbles: true, composed: true, pointerId: 7, button: 0, buttons: type === 'pointerup' ? 0 : 1, clientX: x, clientY: y });

/** Drags contact `id` with a pointer into the middle of ring 2 or 3 of its own sector; timed from the pointerup. */
async function drag(el: NaNetwerkkaart, id: string): Promise<Timing> {
  const g = contactG(el, id);
  g.scrollIntoView({ block: 'center' });
  await frames(1);
  const [x, y] = el.positions.get(id)!;
  const ring = ringOf(el, id) === 3 ? 2 : 3;
  const w = (1 - 0.17) / 3;
  const r = 0.17 + (ring - 0.5) * w;
  const a = Math.atan2(y, x);
  const from = screen(el, x, y);
  const to = screen(el, r * Math.cos(a), r * Math.sin(a));
  g.dispatchEvent(pointer('pointerdown', from));
  await el.updateComplete;
  await frames(1);
  g.dispatchEvent(pointer('pointermove', [Math.round((from[0] + to[0]) / 2), Math.round((from[1] + to[1]) / 2)]));
  await frames(1);
  g.dispatchEvent(pointer('pointermove', to));
  await frames(1);
  return timeEdit(g, 'pointerup', async () => g.dispatchEvent(pointer('pointerup', to)), settled(el));
}

const key = (k: string) => new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true });

/** Picks contact `id` up with Space (once), then one arrow key moves it a ring: timed from that keydown. */
async function keyMove(el: NaNetwerkkaart, id: string): Promise<Timing> {
  const g = contactG(el, id);
  if (g.getAttribute('aria-pressed') !== 'true') {
    g.focus();
    g.dispatchEvent(key(' '));
    await el.updateComplete;
    await frames(1);
  }
  const k = ringOf(el, id) === 3 ? 'ArrowUp' : 'ArrowDown';
  await frames(1);
  return timeEdit(g, 'keydown', async () => g.dispatchEvent(key(k)), settled(el));
}

/** A name typed into the add form (untimed), then the form submitted (Enter): timed from the submit event; undone after. */
async function add(el: NaNetwerkkaart, i: number): Promise<Timing> {
  const name = root(el).querySelector<HTMLInputElement>('#add-name')!;
  name.value = `Nieuw contact ${i}`;
  name.focus();
  await frames(1);
  const t = await timeEdit(name.form!, 'submit', async () => name.form!.requestSubmit(), settled(el));
  el.undo();
  await el.updateComplete;
  await frames(1);
  return t;
}

/** The editor of contact `id` open (untimed); another ring chosen in its select: timed from the change event. */
async function ringInEditor(el: NaNetwerkkaart, id: string): Promise<Timing> {
  let select = root(el).querySelector<HTMLSelectElement>('#edit-ring');
  if (!select) {
    el.edit(id);
    await el.updateComplete;
    await frames(1);
    select = root(el).querySelector<HTMLSelectElement>('#edit-ring')!;
  }
  const s = select;
  s.focus();
  await frames(1);
  return timeEdit(s, 'change', async () => {
    s.value = String(ringOf(el, id) === 3 ? 2 : 3);
    s.dispatchEvent(new Event('change', { bubbles: true }));
  }, settled(el));
}

/** BENCH_TRACE=1: each edit 10 times under a trace (not timed), its main-thread time per event printed per edit. */
async function trace(el: NaNetwerkkaart, id: string, n: number, rate: number) {
  const edits: [string, (i: number) => Promise<unknown>][] = [
    ['drop', () => drag(el, id)],
    ['key', () => keyMove(el, id)],
    ['add', (i) => add(el, i)],
    ['ring', () => ringInEditor(el, id)],
  ];
  await throttle(rate);
  try {
    for (const [name, edit] of edits) {
      if (name === 'add') contactG(el, id).dispatchEvent(key(' ')); // put the contact down
      const label = `netwerkkaart-${n}-${rate}x-${name}`;
      await executeServerCommand('bench-trace', { action: 'start' });
      for (let i = 0; i < 10; i++) await edit(i);
      const top = await executeServerCommand<{ name: string; ms: number }[], object>('bench-trace', { action: 'stop', label });
      const lines = top.map((t) => `${(t.ms / 10).toFixed(2).padStart(7)} ms  ${t.name}`).join('\n');
      await executeServerCommand('bench-log', { text: `${label}: main-thread self time per edit (with the frames around it):\n${lines}` });
    }
  } finally {
    await throttle(1);
  }
}

async function measure(n: number, rate: number): Promise<Series> {
  const series: Series = { drag: [], 'plain click': [], key: [], 'plain key': [], add: [], ring: [] };
  for (let run = 0; run < runs; run++) {
    const { host, plain, el } = await page(n);
    let changes = 0;
    el.addEventListener('na-change', () => changes++);
    const one: Record<string, Timing[]> = Object.fromEntries(Object.keys(series).map((k) => [k, []]));
    // A contact with a tie, in the middle of the list (c1 is tied to c14).
    const id = `c${Math.floor(n / 2) + 1}`;
    await throttle(rate);
    const log = (what: string) => executeServerCommand('bench-log', { text: `netwerkkaart ${n} contacts ${rate}×: ${what}` });
    try {
      await log('start');
      for (let i = 0; i < perRun; i++) {
        // Interleaved: the element's edit, then the plain control's edit of the same kind.
        one.drag!.push(await drag(el, id));
        one['plain click']!.push(await plain.click());
      }
      for (let i = 0; i < perRun; i++) {
        one.key!.push(await keyMove(el, id));
        one['plain key']!.push(await plain.type(i));
      }
      await log('drag done');
      contactG(el, id).dispatchEvent(key(' ')); // put the contact down
      await log('keys done');
      for (let i = 0; i < perRun; i++) {
        one.add!.push(await add(el, i));
        one['plain key']!.push(await plain.type(i));
      }
      await log('add done');
      for (let i = 0; i < perRun; i++) {
        one.ring!.push(await ringInEditor(el, id));
        one['plain click']!.push(await plain.click());
      }
    } finally {
      await throttle(1);
    }
    if (traced && run === runs - 1) await trace(el, id, n, rate);
    if (changes < perRun * 3) console.warn(`netwerkkaart ${n}: only ${changes} na-change events in ${perRun * 4} edits`);
    for (const k of Object.keys(series)) series[k]!.push(one[k]!);
    host.remove();
    await frames(2);
  }
  return series;
}

const labels: Record<string, [string, string]> = {
  drag: ['move: pointer drag dropped in another ring, pointerup → painted frame', 'plain click'],
  key: ['move: arrow key on a picked-up contact, keydown → painted frame', 'plain key'],
  add: ['add a contact: the add form submitted, submit → painted frame', 'plain key'],
  ring: ['ring change in the editor: the ring select changed, change → painted frame', 'plain click'],
  'plain click': ['plain checkbox beside it: click → painted frame', ''],
  'plain key': ['plain text field beside it: one character typed, input → painted frame', ''],
};

export function rows(n: number, rate: number, series: Series): Row[] {
  const element = `na-netwerkkaart (${n} contacts${listOpen ? ', list open' : ''})`;
  const cpu = rate === 1 ? 'unthrottled' : `${rate}× CPU throttle`;
  const per = (k: string, f: (t: Timing) => number) => series[k]!.map((run) => stats(run.map(f)));
  const mid = (xs: number[]) => stats(xs).median;
  const out: Row[] = [];
  for (const k of Object.keys(series)) {
    const runsOf = per(k, (t) => t.frame);
    const all = stats(series[k]!.flat().map((t) => t.frame));
    const median = mid(runsOf.map((s) => s.median));
    const p95 = mid(runsOf.map((s) => s.p95));
    const spread = `runs' medians ${runsOf.map((s) => s.median.toFixed(1)).join(' / ')}, p95s ${runsOf.map((s) => s.p95.toFixed(1)).join(' / ')}`;
    const [metric, plainKey] = labels[k]!;
    const script = k.startsWith('plain') ? '' : `; input → updateComplete ${mid(per(k, (t) => t.script).map((s) => s.median)).toFixed(1)} ms median`;
    out.push({ element, metric: `${metric} (${cpu})`, median, p95, min: all.min, max: all.max, samples: series[k]!.flat().length, unit: 'ms', note: `${spread}${script}` });
    if (plainKey) {
      const plain = per(plainKey, (t) => t.frame);
      const addsP95 = p95 - mid(plain.map((s) => s.p95));
      const addsMedian = median - mid(plain.map((s) => s.median));
      const goal = n === 300 && k !== 'plain' ? ` (goal ≤ ${rate === 1 ? 8 : 16} ms: ${addsP95 <= (rate === 1 ? 8 : 16) ? 'met' : 'missed'})` : '';
      out.push({ element, metric: `${k}: adds to the plain ${plainKey === 'plain click' ? 'checkbox' : 'text field'}'s p95 (${cpu})`, median: addsMedian, p95: addsP95, min: NaN, max: NaN, samples: runs, unit: 'ms', note: `median column: adds to the median${goal}` });
    }
  }
  return out;
}

describe('netwerkkaart: edit → painted frame', () => {
  if ((only && !'na-netwerkkaart'.includes(only)) || (metrics && !metrics.split(',').includes('edit'))) return;
  for (const n of sizes) {
    for (const rate of [1, 4]) {
      it(`${n} contacts, CPU ${rate}×`, async () => {
        await report(rows(n, rate, await measure(n, rate)));
      });
    }
  }
});
