// Part of `npm run bench` (issue 33 item 2): what one edit of the netwerkkaart is made of, at 150
// and 300 placed contacts, with the Performance API: the edit's script (handler, save, Lit's render,
// until updateComplete) and then the style and layout the browser does for it, forced and timed
// (`offsetHeight`), each 20 times, unthrottled. The same with the list's table not displayed shows
// what the table costs.
import '@niet-alleen/netwerkkaart';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { generatedNetwerkkaart, type NaNetwerkkaart } from '@niet-alleen/netwerkkaart';
import { report, type Row } from '../../../bench/harness.js';
import { frames, stats } from '../../../bench/frame.js';

const { __benchOnly: only = '', __benchMetrics: metrics = '', __benchSizes: sizeList = '', __benchProfile: profiled = false } = window as Window & { __benchOnly?: string; __benchMetrics?: string; __benchSizes?: string; __benchProfile?: boolean };
const sizes = (sizeList || '150,300').split(',').map(Number);
const samples = 20;

async function map(n: number, css: string) {
  await setViewport({ width: 1280, height: 800 });
  const el = document.createElement('na-netwerkkaart');
  el.value = generatedNetwerkkaart(n, Math.round(n / 4));
  document.body.append(el);
  await el.updateComplete;
  const p = el.positions;
  el.value = { ...el.value, contacts: el.value.contacts.map((c) => ({ ...c, x: p.get(c.id)![0], y: p.get(c.id)![1] })) };
  if (css) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
  }
  await el.updateComplete;
  await frames(3);
  return el;
}

const edits: Record<string, (el: NaNetwerkkaart, id: string, i: number) => void> = {
  'ring move (keyboard)': (el, id) => el.moveContact(id, el.value.contacts.find((c) => c.id === id)!.ring === 3 ? -1 : 1, 0),
  'add a contact': (el, _id, i) => void el.addContact({ name: `Nieuw ${i}`, kind: 'persoon', domain: 'familie', ring: 2 }),
};

async function cost(n: number, variant: string, css: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [name, edit] of Object.entries(edits)) {
    const el = await map(n, css);
    const id = `c${Math.floor(n / 2) + 1}`;
    const script: number[] = [];
    const layout: number[] = [];
    // BENCH_PROFILE=1: a CPU profile of the edits as shipped, its top functions by self time printed.
    const profile = profiled && variant === 'as shipped';
    if (profile) await executeServerCommand('bench-profile', { action: 'start' });
    for (let i = 0; i < samples; i++) {
      const t = performance.now();
      edit(el, id, i);
      await el.updateComplete;
      const u = performance.now();
      void (el as HTMLElement).offsetHeight;
      layout.push(performance.now() - u);
      script.push(u - t);
      await frames(2); // the announcement renders in the next frame
      if (name === 'add a contact') {
        el.undo();
        await el.updateComplete;
        await frames(2);
      }
    }
    if (profile) {
      const label = `netwerkkaart-${n}-${name}`;
      const { total, top } = await executeServerCommand<{ total: number; top: { fn: string; ms: number }[] }, object>('bench-profile', { action: 'stop', label });
      const lines = top.map((t) => `${(t.ms / samples).toFixed(2).padStart(7)} ms  ${t.fn}`).join('\n');
      await executeServerCommand('bench-log', { text: `${label}: ${(total / samples).toFixed(1)} ms profiled per edit (with the frames between edits); self time per edit:\n${lines}` });
    }
    el.remove();
    const element = `na-netwerkkaart (${n} contacts)`;
    rows.push({ element, metric: `${name}: script until updateComplete (${variant})`, ...stats(script), samples, unit: 'ms' });
    rows.push({ element, metric: `${name}: style + layout after it, forced (${variant})`, ...stats(layout), samples, unit: 'ms' });
  }
  return rows;
}

const variants: [string, string][] = [
  ['as shipped', ''],
  ['table not displayed', 'table { display: none; }'],
  ['table-layout: fixed', 'table { table-layout: fixed; }'],
  ['table wrap content-visibility: auto (off screen)', '.table-wrap { content-visibility: auto; contain-intrinsic-size: auto 40rem; }'],
];

describe('netwerkkaart: what an edit costs', () => {
  if ((only && !'na-netwerkkaart'.includes(only)) || (metrics && !metrics.split(',').includes('edit'))) return;
  for (const n of sizes) {
    it(`${n} contacts`, async () => {
      const rows: Row[] = [];
      for (const [variant, css] of variants) rows.push(...(await cost(n, variant, css)));
      await report(rows);
    });
  }
});
