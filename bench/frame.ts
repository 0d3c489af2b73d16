/**
 * Edit → the next painted frame (issue 32 item 6, issue 33 item 2): what a person waits for.
 *
 * The clock starts at the committing input event's own `timeStamp` (the event is dispatched to the
 * element's own control, through its own handlers, as the browser would after hit testing) and
 * stops in a user-blocking task posted from the next animation frame: that task runs only after the
 * frame's style, layout, paint and commit. `updateComplete` is not the end: it misses the style,
 * layout and paint that follow Lit's render. (Real input through the DevTools protocol was tried
 * first: on this machine the page's renderer disconnected within the first drags, so the events are
 * dispatched in the page; the browser's input routing, the same for element and plain control, is
 * not in the figures.)
 *
 * Every edit is measured beside a plain control's edit of the same kind on the same page, in the
 * same run, interleaved sample by sample (a plain checkbox clicked with the mouse for pointer edits,
 * one character typed into a plain text field for key edits), because the frame clock and the
 * machine cost something by themselves. What the element adds is its p95 minus the plain p95.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { Row } from './harness.js';

export const throttle = (rate: number) => executeServerCommand('bench-throttle', { rate });

type Scheduler = { postTask?: (cb: () => void, o: { priority: string }) => Promise<void> };
/** A task after the current one, at user-blocking priority where the Scheduler API exists. */
function task(cb: () => void): void {
  const s = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (s?.postTask) void s.postTask(cb, { priority: 'user-blocking' });
  else {
    const c = new MessageChannel();
    c.port1.onmessage = () => cb();
    c.port2.postMessage(0);
  }
}
/** Resolves with performance.now() in a task after the next rendered frame. */
export const painted = () => new Promise<number>((r) => requestAnimationFrame(() => task(() => r(performance.now()))));
export const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await painted();
};

/**
 * Times one edit: `fire` causes it (through real input); the first `type` event at `target` (or
 * inside it: listened for in the capture phase) starts the clock. Resolves with the milliseconds
 * from that event's timeStamp to the painted frame, and to `settled()` (updateComplete) for the
 * split between script and rendering.
 */
export async function timeEdit(target: EventTarget, type: string, fire: () => Promise<unknown>, settled?: () => Promise<unknown>): Promise<{ frame: number; script: number }> {
  let start = NaN;
  let script = NaN;
  let done!: Promise<number>;
  const seen = new Promise<void>((resolve) => {
    const on = (e: Event) => {
      target.removeEventListener(type, on, true);
      start = e.timeStamp;
      done = painted();
      resolve();
    };
    target.addEventListener(type, on, true);
  });
  await fire();
  await seen;
  // Lit updates in a microtask queued by the handlers: asked after them, updateComplete waits for it.
  if (settled) {
    await settled();
    script = performance.now() - start;
  }
  const end = await done;
  return { frame: end - start, script };
}

/** A plain checkbox and a plain text field, the baselines of pointer and key edits. */
export function plainControls(host: HTMLElement) {
  const box = document.createElement('div');
  box.innerHTML = '<label><input type="checkbox" id="plain-checkbox"> Gewoon vinkje</label> <label>Gewoon tekstveld <input type="text" id="plain-text"></label>';
  host.prepend(box);
  const checkbox = box.querySelector<HTMLInputElement>('#plain-checkbox')!;
  const text = box.querySelector<HTMLInputElement>('#plain-text')!;
  return {
    box,
    /** A click on the checkbox (it toggles and fires input and change), timed from the click. */
    click: async () => {
      await frames(1);
      return timeEdit(checkbox, 'click', async () => checkbox.click());
    },
    /** One character typed into the text field (its value and an input event), timed from the input event. */
    type: async (i: number) => {
      if (text.value.length > 40) text.value = '';
      text.focus();
      await frames(1);
      return timeEdit(text, 'input', async () => {
        text.value += String.fromCharCode(97 + (i % 26));
        text.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'a' }));
      });
    },
  };
}

export function stats(values: number[]) {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}

/** One timed edit: input event → painted frame, and its script part (→ updateComplete). */
export type EditTiming = { frame: number; script: number };

/**
 * The rows of an edit → painted-frame bench beside a plain control (the verwijskaart editor's and the
 * dossier's): per series the median of the runs' medians and p95s with every run's figures, and
 * what the element adds to the plain control.
 */
export function editFrameRows(element: string, metric: string, plainMetric: string, edits: EditTiming[][], plain: EditTiming[][], { rate, runs }: { rate: number; runs: number }): Row[] {
  const cpu = `${rate}× CPU throttle`;
  const mid = (xs: number[]) => stats(xs).median;
  const row = (what: string, series: EditTiming[][], script: boolean): Row => {
    const per = series.map((run) => stats(run.map((t) => t.frame)));
    const all = stats(series.flat().map((t) => t.frame));
    const spread = `runs' medians ${per.map((s) => s.median.toFixed(1)).join(' / ')}, p95s ${per.map((s) => s.p95.toFixed(1)).join(' / ')}`;
    const scriptNote = script ? `; input → updateComplete ${mid(series.map((run) => stats(run.map((t) => t.script)).median)).toFixed(1)} ms median` : '';
    return { element, metric: `${what} (${cpu})`, median: mid(per.map((s) => s.median)), p95: mid(per.map((s) => s.p95)), min: all.min, max: all.max, samples: series.flat().length, unit: 'ms', note: spread + scriptNote };
  };
  const e = row(metric, edits, true);
  const p = row(plainMetric, plain, false);
  return [e, p, { element, metric: `adds to the plain control (${cpu})`, median: e.median - p.median, p95: e.p95 - p.p95, min: NaN, max: NaN, samples: runs, unit: 'ms', note: 'median column: adds to the median; p95 column: adds to the p95' }];
}

/**
 * The runs of an edit → painted-frame bench: per run a fresh host with the plain controls and the
 * element `setup` puts in it (resolving with its edit once rendered), then `perRun` samples of that
 * edit and the plain control's edit of the same `kind`, interleaved, under `rate`× CPU throttle.
 */
export async function editFrameRuns(
  { runs, perRun, rate, kind }: { runs: number; perRun: number; rate: number; kind: 'click' | 'type' },
  setup: (host: HTMLElement) => Promise<(i: number) => Promise<EditTiming>>,
): Promise<{ edits: EditTiming[][]; plain: EditTiming[][] }> {
  const edits: EditTiming[][] = [];
  const plainTimes: EditTiming[][] = [];
  for (let run = 0; run < runs; run++) {
    const host = document.createElement('div');
    document.body.append(host);
    const plain = plainControls(host);
    const edit = await setup(host);
    await frames(3);
    const one: EditTiming[] = [];
    const two: EditTiming[] = [];
    await throttle(rate);
    try {
      for (let i = 0; i < perRun; i++) {
        one.push(await edit(i));
        two.push(await (kind === 'click' ? plain.click() : plain.type(i)));
      }
    } finally {
      await throttle(1);
    }
    edits.push(one);
    plainTimes.push(two);
    host.remove();
    await frames(2);
  }
  return { edits, plain: plainTimes };
}
