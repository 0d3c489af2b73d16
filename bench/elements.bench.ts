// Benchmarks every element of the library with its example value (see bench/harness.ts).
import { emptyHeight, firstRender, interaction, layoutShift, longTasks, memory, report, type Row } from './harness.js';
import { elements } from './elements.js';

const only = (window as Window & { __benchOnly?: string }).__benchOnly ?? '';

describe('niet-alleen benchmarks', () => {
  if (!only || 'niet-alleen.js'.includes(only)) {
    it('niet-alleen.js: loading the bundle', async () => {
      await report([await longTasks(null, undefined), await longTasks(null, undefined, { loader: true })]);
    });
  }
  for (const entry of elements.filter((e) => e.tag.includes(only))) {
    it(entry.tag, async () => {
      const rows: Row[] = [];
      rows.push(...(await firstRender(entry.tag, entry.value)));
      rows.push(await interaction(entry.tag, entry.value, entry.editAttributes));
      rows.push(await longTasks(entry.tag, entry.value));
      rows.push(await longTasks(entry.tag, entry.value, { loader: true }));
      rows.push(...(await memory(entry.tag, entry.value)));
      const height = await emptyHeight(entry.tag);
      rows.push({ element: entry.tag, metric: 'block size when empty at 1000 px', median: height, p95: NaN, min: NaN, max: NaN, samples: 1, unit: 'px' });
      rows.push(...(await layoutShift(entry.tag)));
      await report(rows);
    });
  }
});
