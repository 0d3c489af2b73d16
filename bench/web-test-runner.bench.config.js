// `npm run bench`: benchmarks in headless Chromium, NOT part of npm test (timing is never a
// test assertion). Browser-side code measures; server commands give it what only the browser
// driver can (CPU throttling, garbage collection, DOM counters) and collect the results.
import { writeFileSync, mkdirSync } from 'node:fs';
import base from '../web-test-runner.config.js';

const results = [];

/** Server commands for bench/harness.ts. */
function benchCommands() {
  return {
    name: 'niet-alleen-bench',
    async executeCommand({ command, payload, session }) {
      const page = () => session.browser.getPage(session.id);
      if (command === 'bench-throttle') {
        const cdp = await page().createCDPSession();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: payload.rate });
        return true;
      }
      if (command === 'bench-gc') {
        const cdp = await page().createCDPSession();
        await cdp.send('HeapProfiler.collectGarbage');
        const heap = await cdp.send('Runtime.getHeapUsage');
        const dom = await cdp.send('Memory.getDOMCounters');
        return { heapUsed: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
      }
      if (command === 'bench-report') {
        results.push(...payload.rows);
        mkdirSync('node_modules/.cache', { recursive: true });
        writeFileSync('node_modules/.cache/bench-results.json', JSON.stringify(results, null, 2));
        return true;
      }
      return undefined;
    },
  };
}

export default {
  ...base,
  files: ['bench/**/*.bench.ts', 'packages/*/bench/**/*.bench.ts'],
  plugins: [...base.plugins.filter((p) => !String(p.name).includes('visual')), benchCommands()],
  testFramework: { config: { timeout: 600000 } },
  nodeResolve: { exportConditions: ['source', 'browser', 'production'] },
};
