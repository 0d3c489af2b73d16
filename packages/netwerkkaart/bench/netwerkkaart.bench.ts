// Part of `npm run bench`: layout settle, tick, add, first render, drag and keyboard-move figures of
// <na-netwerkkaart> at 25/50/150/300 contacts (layout-bench.ts), reported with the other elements.
// Unthrottled (the goals for 300 contacts: tick ≤ 2 ms, drag frame ≤ 8 ms p95, settled ≤ 300 ms).
import { report, stats, type Row } from '../../../bench/harness.js';
import { runBench } from './layout-bench.js';

const only = (window as Window & { __benchOnly?: string }).__benchOnly ?? '';

describe('netwerkkaart layout and drag', () => {
  if (only && !'na-netwerkkaart'.includes(only)) return;
  it('measures 25 to 300 contacts', async () => {
    const rows: Row[] = [];
    for (const result of await runBench()) {
      const element = `na-netwerkkaart (${result.contacts} contacts)`;
      const row = (metric: string, series: number[], scale = 1): Row => {
        const s = stats(series.map((x) => x * scale));
        return { element, metric, ...s, samples: series.length, unit: 'ms' };
      };
      const { series } = result;
      rows.push(
        row('settle: layout of a map with no positions', series.settle),
        row('simulation tick (settle ÷ 140 ticks)', series.settle, 1 / 140),
        row('add one contact to a settled map', series.add),
        row('first render (includes settle)', series.render),
        row('drag frame: pointermove + style + layout', series.drag),
        row('keyboard move (commit + render + layout)', series.keyboard),
        { element, metric: 'drop (commit + render + layout)', median: Number.parseFloat(result['drop (commit + render + layout)']), p95: NaN, min: NaN, max: NaN, samples: 1, unit: 'ms' },
      );
    }
    await report(rows);
  });
});
