// Benchmarks every element of the library with its example value (see bench/harness.ts).
import { editFrame, emptyHeight, firstPhaseOpen, layoutShift, longTasks, memory, renderRatio, report, type Row } from './harness.js';
import { elements } from './elements.js';
import { besideSurveyJs } from './peers.js';

const { __benchOnly: only = '', __benchMetrics: metrics = '' } = window as Window & { __benchOnly?: string; __benchMetrics?: string };
/** BENCH_METRICS=memory,layout npm run bench: only those groups (render, edit, tasks, memory, layout, peers). */
const measures = (group: string) => !metrics || metrics.split(',').includes(group);

describe('niet-alleen benchmarks', () => {
  if ((!only || 'niet-alleen.bundle.js'.includes(only)) && measures('tasks')) {
    it('loading the bundle and the loader', async () => {
      await report([...(await longTasks(null, undefined)), ...(await longTasks(null, undefined, { loader: true }))]);
    });
  }
  if (!only && measures('memory')) {
    it('memory: the harness alone', async () => {
      await report(await memory(null, undefined));
    });
  }
  if ((!only || ['na-reflector-eenzaamheid', 'surveyjs'].some((name) => name.includes(only.toLowerCase()))) && measures('peers')) {
    it('beside SurveyJS: the reflector\'s 11×3 grid, both pages in the same run', async () => {
      await report(await besideSurveyJs());
    });
  }
  for (const entry of elements.filter((e) => e.tag.includes(only))) {
    it(entry.tag, async () => {
      const rows: Row[] = [];
      // Issue 32: the view a page shows first (no value) and a filled one (the example value).
      const states = [['empty', undefined], ['filled', entry.value]] as const;
      if (measures('render')) for (const [state, value] of states) rows.push(...(await renderRatio(entry.tag, value, state)));
      if (measures('render') && entry.tag === 'na-werkwijze') rows.push(...(await firstPhaseOpen(entry.value)));
      if (measures('edit')) for (const [state, value] of states) rows.push(...(await editFrame(entry.tag, value, state, entry.editAttributes)));
      if (measures('tasks')) rows.push(...(await longTasks(entry.tag, entry.value)), ...(await longTasks(entry.tag, entry.value, { loader: true })));
      if (measures('memory')) rows.push(...(await memory(entry.tag, entry.value)));
      if (measures('layout')) {
        const height = await emptyHeight(entry.tag);
        rows.push({ element: entry.tag, metric: 'block size when empty at 1000 px', median: height, p95: NaN, min: NaN, max: NaN, samples: 1, unit: 'px' });
        rows.push(...(await layoutShift(entry.tag)));
      }
      await report(rows);
    });
  }
});
