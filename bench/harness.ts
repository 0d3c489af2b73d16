/**
 * Browser side of `npm run bench`. Every figure is the median (and p95) of ≥ 30 samples.
 * First render is compared with the physical limit: the same final markup and styles
 * inserted as static HTML into a shadow root, measured in the same run.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface Row {
  element: string;
  metric: string;
  median: number;
  p95: number;
  min: number;
  max: number;
  samples: number;
  unit: string;
  note?: string;
}

export const samples = 40;

export function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), min: sorted[0]!, max: sorted.at(-1)! };
}

export const throttle = (rate: number) => executeServerCommand('bench-throttle', { rate });
export const gc = () => executeServerCommand<{ heapUsed: number; nodes: number; listeners: number }, undefined>('bench-gc');
export const report = (rows: Row[]) => executeServerCommand('bench-report', { rows });

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
type Lit = HTMLElement & { updateComplete: Promise<unknown>; value: unknown };

async function create(tag: string, value: unknown, host: HTMLElement): Promise<Lit> {
  const el = document.createElement(tag) as Lit;
  if (value !== undefined) el.value = value;
  host.append(el);
  await el.updateComplete;
  void el.offsetHeight; // layout
  return el;
}

/** First render vs static HTML with the same markup and styles. */
export async function firstRender(tag: string, value: unknown): Promise<Row[]> {
  const host = document.createElement('div');
  document.body.append(host);
  const probe = await create(tag, value, host);
  const markup = probe.shadowRoot!.innerHTML;
  const sheets = probe.shadowRoot!.adoptedStyleSheets;
  probe.remove();
  const element: number[] = [];
  const staticHtml: number[] = [];
  for (let i = 0; i < samples; i++) {
    let t = performance.now();
    const el = await create(tag, value, host);
    element.push(performance.now() - t);
    el.remove();
    await frame();
    t = performance.now();
    const div = document.createElement('div');
    host.append(div);
    const root = div.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    root.innerHTML = markup; // benchmark only: our own rendered markup
    void div.offsetHeight;
    staticHtml.push(performance.now() - t);
    div.remove();
    await frame();
  }
  host.remove();
  const e = stats(element);
  const s = stats(staticHtml);
  return [
    { element: tag, metric: 'first render', ...e, samples, unit: 'ms' },
    { element: tag, metric: 'static HTML (limit)', ...s, samples, unit: 'ms' },
    { element: tag, metric: 'ratio to static', median: e.median / s.median, p95: e.p95 / s.p95, min: NaN, max: NaN, samples, unit: '×' },
  ];
}

/** One edit through the element's API path (commit) → updateComplete, with 4× CPU throttling. */
export async function interaction(tag: string, value: unknown, edit: (el: Lit, i: number) => void): Promise<Row> {
  const host = document.createElement('div');
  document.body.append(host);
  const el = await create(tag, value, host);
  await throttle(4);
  const times: number[] = [];
  try {
    for (let i = 0; i < samples; i++) {
      const t = performance.now();
      edit(el, i);
      await el.updateComplete;
      times.push(performance.now() - t);
      await frame();
    }
  } finally {
    await throttle(1);
    host.remove();
  }
  return { element: tag, metric: 'edit → updateComplete (4× CPU throttle)', ...stats(times), samples, unit: 'ms' };
}

/** Long tasks while creating the element with 4× CPU throttling. */
export async function longTasks(tag: string, value: unknown): Promise<Row> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => durations.push(e.duration)));
  observer.observe({ type: 'longtask', buffered: false });
  await throttle(4);
  const host = document.createElement('div');
  document.body.append(host);
  try {
    for (let i = 0; i < 10; i++) {
      const el = await create(tag, value, host);
      await frame();
      el.remove();
    }
  } finally {
    await throttle(1);
    host.remove();
  }
  await frame();
  observer.disconnect();
  const blocking = durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
  return { element: tag, metric: 'long tasks > 50 ms (10 renders, 4× throttle)', median: durations.length, p95: blocking, min: Math.max(0, ...durations), max: NaN, samples: 10, unit: 'count', note: 'p95 column = total blocking time (ms), min column = longest task (ms)' };
}

/** 50 mount/unmount cycles: growth of DOM nodes and JS heap after GC. */
export async function memory(tag: string, value: unknown): Promise<Row[]> {
  const host = document.createElement('div');
  document.body.append(host);
  for (let i = 0; i < 5; i++) (await create(tag, value, host)).remove();
  const before = await gc();
  for (let i = 0; i < 50; i++) (await create(tag, value, host)).remove();
  await frame();
  const after = await gc();
  host.remove();
  return [
    { element: tag, metric: 'DOM node growth after 50 mounts', median: after.nodes - before.nodes, p95: NaN, min: NaN, max: NaN, samples: 50, unit: 'nodes' },
    { element: tag, metric: 'JS heap growth after 50 mounts', median: (after.heapUsed - before.heapUsed) / 1024, p95: NaN, min: NaN, max: NaN, samples: 50, unit: 'kB' },
  ];
}
