// Benchmarks every element of the library with its example value (see bench/harness.ts).
import { firstRender, interaction, longTasks, memory, report, type Row } from './harness.js';
import { elements } from './elements.js';

describe('niet-alleen benchmarks', () => {
  for (const entry of elements) {
    it(entry.tag, async () => {
      const rows: Row[] = [];
      rows.push(...(await firstRender(entry.tag, entry.value)));
      if (entry.edit) rows.push(await interaction(entry.tag, entry.value, entry.edit));
      rows.push(await longTasks(entry.tag, entry.value));
      rows.push(...(await memory(entry.tag, entry.value)));
      await report(rows);
    });
  }
});
