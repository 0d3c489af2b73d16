// Part of `npm run bench` (issue 32 item 7): a click on a signal's checkbox in the signaleringskaart
// inside the werkwijze dossier (example dossier, phase 1), timed from the click to the next painted
// frame (bench/frame.ts), beside a click on a plain checkbox on the same page, interleaved sample by
// sample; 4× CPU throttle; 3 runs, medians of the runs' medians and p95s with their spread.
// BENCH_ONLY=na-werkwijze BENCH_METRICS=edit node scripts/bench.js --no-build --files packages/werkwijze/bench/edit-frame.bench.ts
import '@niet-alleen/werkwijze';
import { setViewport } from '@web/test-runner-commands';
import { werkwijzeExample, type NaWerkwijze } from '@niet-alleen/werkwijze';
import { report } from '../../../bench/harness.js';
import { editFrameRows, editFrameRuns, frames, timeEdit, type EditTiming as Timing } from '../../../bench/frame.js';

const { __benchOnly: only = '', __benchMetrics: metrics = '' } = window as Window & { __benchOnly?: string; __benchMetrics?: string };
const quick = (window as Window & { __benchQuick?: boolean }).__benchQuick === true;
const runs = quick ? 1 : 3;
const perRun = quick ? 3 : 20;
const rate = 4;

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

async function click(el: NaWerkwijze, child: Lit, box: HTMLInputElement): Promise<Timing> {
  await frames(1);
  return timeEdit(box, 'click', async () => box.click(), async () => {
    await child.updateComplete;
    await el.updateComplete;
  });
}

describe('werkwijze dossier: edit → painted frame', () => {
  if ((only && !'na-werkwijze'.includes(only)) || (metrics && !metrics.split(',').includes('edit'))) return;
  it(`a signal clicked in the nested signaleringskaart, CPU ${rate}×`, async () => {
    await setViewport({ width: 1280, height: 800 });
    const { edits, plain } = await editFrameRuns({ runs, perRun, rate, kind: 'click' }, async (host) => {
      const el = document.createElement('na-werkwijze');
      el.value = structuredClone(werkwijzeExample);
      host.append(el);
      await el.updateComplete;
      const child = el.shadowRoot!.querySelector('na-signaleringskaart') as unknown as Lit;
      await child.updateComplete;
      // Looked up each time: the checkbox is the child's, re-rendered in place.
      return () => click(el, child, child.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!);
    });
    await report(editFrameRows('na-werkwijze (example dossier, phase 1)', 'a signal clicked in the nested signaleringskaart, click → painted frame', 'plain checkbox beside it: click → painted frame', edits, plain, { rate, runs }));
  });
});
