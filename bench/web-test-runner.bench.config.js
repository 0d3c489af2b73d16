// `npm run bench`: benchmarks in headless Chromium, NOT part of npm test (timing is never a
// test assertion). Browser-side code measures; server commands give it what only the browser
// driver can (CPU throttling, garbage collection, DOM counters) and collect the results.
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import base from '../web-test-runner.config.js';
import { surveyJs, surveyJsFiles, versionOf } from '../scripts/peers.js';

const results = [];
const throttleSessions = new WeakMap();
const profileSessions = new WeakMap();

/** A V8 CPU profile's self time per function (name, file:line), in ms, the largest first. */
function selfTimes(profile, top) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const times = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byNode.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(packages|node_modules)\//, '$1/').replace(/\?.*$/, '')}:${lineNumber + 1}`;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    times.set(key, (times.get(key) ?? 0) + ms);
    total += ms;
  });
  return { total, top: [...times].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, ms]) => ({ fn, ms: Math.round(ms * 100) / 100 })) };
}

/**
 * A DevTools timeline trace's main-thread self time per event name (script, style, layout, paint,
 * …), in ms, the largest first: what the renderer's main thread spent its time on.
 */
function mainThreadTimes(events, top) {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const own = events
    .filter((e) => e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const times = new Map();
  const stack = [];
  for (const e of own) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) times.set(parent.name, (times.get(parent.name) ?? 0) - e.dur / 1000);
    times.set(e.name, (times.get(e.name) ?? 0) + e.dur / 1000);
    stack.push(e);
  }
  return [...times].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => ({ name, ms: Math.round(ms * 100) / 100 }));
}

/** Server commands for bench/harness.ts. */
function benchCommands() {
  return {
    name: 'niet-alleen-bench',
    async executeCommand({ command, payload, session }) {
      const page = () => session.browser.getPage(session.id);
      if (command === 'bench-throttle') {
        // One DevTools session per page for throttling. With a new session per call, a reset to 1
        // held only for the page itself: once it closed, the next test file ran 4× throttled
        // (the netwerkkaart figures were 4× too slow in a full run).
        let cdp = throttleSessions.get(page());
        if (!cdp) throttleSessions.set(page(), (cdp = await page().createCDPSession()));
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
      if (command === 'bench-heap-objects') {
        // Heap snapshot after a forced GC, split into V8's compiled code and everything else. The
        // optimising compilers keep adding code while a benchmark loop warms up; that is not a leak.
        const cdp = await page().createCDPSession();
        await cdp.send('HeapProfiler.collectGarbage');
        const chunks = [];
        cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
        await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
        await cdp.detach();
        const { snapshot, nodes } = JSON.parse(chunks.join(''));
        const fields = snapshot.meta.node_fields;
        const [typeAt, sizeAt, width] = [fields.indexOf('type'), fields.indexOf('self_size'), fields.length];
        const codeType = snapshot.meta.node_types[0].indexOf('code');
        let objects = 0;
        let code = 0;
        for (let i = 0; i < nodes.length; i += width) {
          if (nodes[i + typeAt] === codeType) code += nodes[i + sizeAt];
          else objects += nodes[i + sizeAt];
        }
        return { objects, code };
      }
      if (command === 'bench-profile') {
        // A CPU profile of what the page does between 'start' and 'stop' (V8's sampling profiler,
        // 50 µs). 'stop' writes the whole profile to node_modules/.cache/<label>.cpuprofile (open it
        // in Chromium's DevTools, Performance panel) and returns the functions with the most self time.
        let cdp = profileSessions.get(page());
        if (!cdp) profileSessions.set(page(), (cdp = await page().createCDPSession()));
        if (payload.action === 'start') {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
          await cdp.send('Profiler.start');
          return true;
        }
        const { profile } = await cdp.send('Profiler.stop');
        mkdirSync('node_modules/.cache', { recursive: true });
        writeFileSync(`node_modules/.cache/${payload.label.replace(/[^\w.-]+/g, '-')}.cpuprofile`, JSON.stringify(profile));
        return selfTimes(profile, payload.top ?? 25);
      }
      if (command === 'bench-trace') {
        // A DevTools timeline trace between 'start' and 'stop': 'stop' returns the main thread's
        // self time per event name (mainThreadTimes) and writes the whole trace to
        // node_modules/.cache/<label>.trace.json (open it in DevTools, Performance panel).
        let cdp = profileSessions.get(page());
        if (!cdp) profileSessions.set(page(), (cdp = await page().createCDPSession()));
        if (payload.action === 'start') {
          await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'v8.execute', 'blink', 'cc'] } });
          return true;
        }
        const events = [];
        const collect = (e) => events.push(...e.value);
        cdp.on('Tracing.dataCollected', collect);
        const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
        await cdp.send('Tracing.end');
        await complete;
        cdp.off('Tracing.dataCollected', collect);
        mkdirSync('node_modules/.cache', { recursive: true });
        writeFileSync(`node_modules/.cache/${payload.label.replace(/[^\w.-]+/g, '-')}.trace.json`, JSON.stringify({ traceEvents: events }));
        return mainThreadTimes(events, payload.top ?? 20);
      }
      if (command === 'bench-log') {
        // Progress of a long bench file, printed as it happens (browser logs come only at its end).
        process.stderr.write(`bench: ${payload.text}\n`);
        return true;
      }
      if (command === 'bench-gzip') {
        // What a page loaded, by URL path: each file gzipped on its own, as scripts/size.js does.
        return payload.paths.map((path) => {
          const file = fileOf(path);
          if (!file) return { path, file: null, bytes: 0, gzip: 0 };
          const bytes = readFileSync(file);
          return { path, file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
        });
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

/**
 * /bench-bundle/<n>/niet-alleen.bundle.js, /bench-bundle/<n>/niet-alleen.js and its chunks/: the
 * single file and the loader's files byte for byte, past the dev server's esbuild transform (which would re-print
 * them), so that loading them costs what it costs on a real site. <n> is new for every page, so no
 * load reuses the browser's memory or code cache (chunks resolve under the same <n>).
 */
const bundleFile = (path) => {
  const match = /^\/bench-bundle\/\d+\/((?:chunks\/)?[\w.-]+\.js)$/.exec(path);
  return match ? `packages/niet-alleen/dist/${match[1]}` : undefined;
};
const shippedBundle = async (context, next) => {
  const file = bundleFile(context.path);
  if (!file) return next();
  // ?delay=ms: as if it came over a network, so that the page paints before the elements upgrade.
  const delay = Number(context.query.delay ?? 0);
  if (delay) await new Promise((r) => setTimeout(r, delay));
  context.type = 'application/javascript';
  context.set('Cache-Control', 'no-store');
  context.body = readFileSync(file);
};

/**
 * /bench-peer/<n>/<file>: SurveyJS's files (scripts/peers.js) byte for byte from node_modules, the
 * same way as the bundle above: past the dev server's transforms, no-store, a new <n> for every page.
 */
const peerFile = (path) => {
  const match = /^\/bench-peer\/\d+\/(.+)$/.exec(path);
  return match && surveyJsFiles.includes(match[1]) ? `node_modules/${match[1]}` : undefined;
};
const shippedPeer = async (context, next) => {
  const file = peerFile(context.path);
  if (!file) return next();
  context.type = file.endsWith('.css') ? 'text/css' : 'application/javascript';
  context.set('Cache-Control', 'no-store');
  context.body = readFileSync(file);
};

/**
 * Every response cross-origin isolated (COOP same-origin, COEP require-corp; everything the bench
 * loads is same-origin), so that performance.now() in the page is fine-grained (5 µs instead of
 * 100 µs) for the render ratios (issue 32 item 6). The page reports `crossOriginIsolated` in its rows.
 */
const crossOriginIsolated = async (context, next) => {
  await next();
  context.set('Cross-Origin-Opener-Policy', 'same-origin');
  context.set('Cross-Origin-Embedder-Policy', 'require-corp');
  context.set('Cross-Origin-Resource-Policy', 'same-origin');
};

/** The file behind a URL path served by the two middlewares above, or undefined. */
const fileOf = (path) => bundleFile(path) ?? peerFile(path);

/** What bench/peers.ts needs to build the SurveyJS page. */
const peerPage = { ...surveyJs, version: versionOf('survey-core') };

export default {
  ...base,
  files: ['bench/**/*.bench.ts', 'packages/*/bench/**/*.bench.ts'],
  // Not the tests' page wrapper (it turns Lit dev warnings into errors; the bench runs Lit's
  // production build). BENCH_ONLY=na-netwerkkaart npm run bench: only the elements whose tag matches.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>window.__benchOnly = ${JSON.stringify(process.env.BENCH_ONLY ?? '')}; ` +
    `window.__benchMetrics = ${JSON.stringify(process.env.BENCH_METRICS ?? '')}; window.__benchSizes = ${JSON.stringify(process.env.BENCH_SIZES ?? '')}; window.__benchQuick = ${JSON.stringify(Boolean(process.env.BENCH_QUICK))}; window.__benchListOpen = ${JSON.stringify(process.env.BENCH_LIST_OPEN === '1')}; window.__benchProfile = ${JSON.stringify(process.env.BENCH_PROFILE === '1')}; window.__benchTrace = ${JSON.stringify(process.env.BENCH_TRACE === '1')}; window.__benchSurveyJs = ${JSON.stringify(peerPage)};</script>` +
    `<script type="module" src="${testFramework}"></script></head><body></body></html>`,
  middleware: [crossOriginIsolated, shippedBundle, shippedPeer, ...(base.middleware ?? [])],
  plugins: [...base.plugins.filter((p) => !String(p.name).includes('visual')), benchCommands()],
  testFramework: { config: { timeout: 900000 } },
  nodeResolve: { exportConditions: ['source', 'browser', 'production'] },
};
