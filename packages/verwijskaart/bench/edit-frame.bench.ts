// Part of `npm run bench` (issue 32 item 7): one character typed into the title field of the
// verwijskaart editor, timed from its input event to the next painted frame (bench/frame.ts), beside
// one character typed into a plain text field on the same page, interleaved sample by sample; 4×
// CPU throttle; 3 runs, medians of the runs' medians and p95s with their spread.
// BENCH_ONLY=na-verwijskaart BENCH_METRICS=edit node scripts/bench.js --no-build --files packages/verwijskaart/bench/edit-frame.bench.ts
import '@niet-alleen/verwijskaart';
import { setViewport } from '@web/test-runner-commands';
import { verwijskaartExample, type NaVerwijskaart } from '@niet-alleen/verwijskaart';
import { report } from '../../../bench/harness.js';
import { editFrameRows, editFrameRuns, frames, timeEdit, type EditTiming as Timing } from '../../../bench/frame.js';

const { __benchOnly: only = '', __benchMetrics: metrics = '' } = window as Window & { __benchOnly?: string; __benchMetrics?: string };
const quick = (window as Window & { __benchQuick?: boolean }).__benchQuick === true;
const runs = quick ? 1 : 3;
const perRun = quick ? 3 : 20;
const rate = 4;

/** One character typed into `input` (its value and an input event, as the browser gives), timed to the painted frame. */
async function typeOne(el: NaVerwijskaart, input: HTMLInputElement, i: number): Promise<Timing> {
  if (input.value.length > 60) input.value = 'Verwijskaart';
  input.focus();
  await frames(1);
  return timeEdit(input, 'input', async () => {
    input.value += String.fromCharCode(97 + (i % 26));
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'a' }));
  }, () => el.updateComplete);
}

describe('verwijskaart editor: edit → painted frame', () => {
  if ((only && !'na-verwijskaart'.includes(only)) || (metrics && !metrics.split(',').includes('edit'))) return;
  it(`one character in the title, CPU ${rate}×`, async () => {
    await setViewport({ width: 1280, height: 800 });
    const { edits, plain } = await editFrameRuns({ runs, perRun, rate, kind: 'type' }, async (host) => {
      const el = document.createElement('na-verwijskaart');
      el.mode = 'edit';
      el.value = structuredClone(verwijskaartExample);
      host.append(el);
      await el.updateComplete;
      const input = el.shadowRoot!.getElementById('title') as HTMLInputElement;
      return (i) => typeOne(el, input, i);
    });
    await report(editFrameRows('na-verwijskaart (mode="edit", example card)', 'one character typed in the title, input → painted frame', 'plain text field beside it: one character typed, input → painted frame', edits, plain, { rate, runs }));
  });
});
