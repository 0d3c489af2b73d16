// Part of `npm run bench`: layout settle, add, first render, drag and keyboard-move figures of
// <na-netwerkkaart> at 25/50/150/300 contacts (layout-bench.ts), reported with the other elements.
import { report, type Row } from '../../../bench/harness.js';
import { runBench } from './layout-bench.js';

describe('netwerkkaart layout and drag', () => {
  it('measures 25 to 300 contacts', async () => {
    const rows: Row[] = [];
    for (const result of await runBench()) {
      const { contacts, ...metrics } = result;
      for (const [metric, value] of Object.entries(metrics)) {
        const ms = Number.parseFloat(String(value));
        rows.push({ element: `na-netwerkkaart (${contacts} contacts)`, metric, median: ms, p95: NaN, min: NaN, max: NaN, samples: /median of (\d+)/.exec(metric) ? Number(/median of (\d+)/.exec(metric)![1]) : 60, unit: 'ms' });
      }
    }
    await report(rows);
  });
});
