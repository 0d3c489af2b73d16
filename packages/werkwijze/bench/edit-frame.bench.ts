// Part of `npm run bench` (issue 32 item 7): a click on a signal's checkbox in the signaleringskaart
// inside the werkwijze dossier (example dossier, phase 1), timed from the click to the next painted
// frame (bench/frame.ts), beside a click on a plain checkbox on the same page, interleaved sample by
// sample; 4× CPU throttle; 3 runs, medians of the runs' medians and p95s with their spread.
// BENCH_ONLY=na-werkwijze BENCH_METRICS=edit node scripts/bench.js --no-build --files packages/werkwijze/bench/edit-frame.bench.ts
import '@niet-alleen/werkwijze';
import { setViewport } from '@web/test-runner-commands';
import { werkwijzeExample, type NaWerkwijze } from '@niet-alleen/werkwijze';
import { report, type Row } from '../../../bench/harness.js';
import { frames, plainControls, stats, throttle, timeEdit } from '../../../bench/frame.js';

const { __benchOnly: only = '', __benchMetrics: metrics = '' } = window as Window & { __benchOnly?: string; __benchMetrics?: string };
const quick = (window as Window & { __benchQuick?: boolean }).__benchQuick === true;
const runs = quick ? 1 : 3;
const perRun = quick ? 3 : 20;
const rate = 4;

type Timing = { frame: number; script: number };
type Lit = HTMLElement & { updateComplete: Promise<unknown> };

async function click(el: NaWerkwijze, child: Lit, box: HTMLInputElement): Promise<Timing> {
  await frames(1);
  return timeEdit(box, 'click', async () => box.click(), async () => {
    await child.updateComplete;
    await el.updateComplete;
  });
}

/** The same rows as the verwijskaart editor's bench (packages/verwijskaart/bench/edit-frame.bench.ts). */
function editRows(element: string, metric: string, plainMetric: string, edits: Timing[][], plain: Timing[][]): Row[] {
  const cpu = `${rate}× CPU throttle`;
  const mid = (xs: number[]) => stats(xs).median;
  const row = (what: string, series: Timing[][], script: boolean): Row => {
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

describe('werkwijze dossier: edit → painted frame', () => {
  if ((only && !'na-werkwijze'.includes(only)) || (metrics && !metrics.split(',').includes('edit'))) return;
  it(`a signal clicked in the nested signaleringskaart, CPU ${rate}×`, async () => {
    await setViewport({ width: 1280, height: 800 });
    const edits: Timing[][] = [];
    const plainTimes: Timing[][] = [];
    for (let run = 0; run < runs; run++) {
      const host = document.createElement('div');
      document.body.append(host);
      const plain = plainControls(host);
      const el = document.createElement('na-werkwijze');
      el.value = structuredClone(werkwijzeExample);
      host.append(el);
      await el.updateComplete;
      const child = el.shadowRoot!.querySelector('na-signaleringskaart') as unknown as Lit;
      await child.updateComplete;
      await frames(3);
      const one: Timing[] = [];
      const two: Timing[] = [];
      await throttle(rate);
      try {
        for (let i = 0; i < perRun; i++) {
          // Looked up each time: the checkbox is the child's, re-rendered in place.
          const box = child.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
          one.push(await click(el, child, box));
          two.push(await plain.click());
        }
      } finally {
        await throttle(1);
      }
      edits.push(one);
      plainTimes.push(two);
      host.remove();
      await frames(2);
    }
    await report(editRows('na-werkwijze (example dossier, phase 1)', 'a signal clicked in the nested signaleringskaart, click → painted frame', 'plain checkbox beside it: click → painted frame', edits, plainTimes));
  });
});
