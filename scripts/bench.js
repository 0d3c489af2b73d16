// `npm run bench`: generates the sources, builds dist/niet-alleen.bundle.js and the loader
// dist/niet-alleen.js (the long-task, layout-shift and SurveyJS figures load them as shipped), runs bench/**/*.bench.ts and packages/*/bench in
// headless Chromium (web-test-runner with the bench config), then prints the figures and writes
// them into docs/performance.md between the markers. Timing is measured here, never asserted in
// npm test. Usage: npm run bench [-- --no-build] [-- --files bench/elements.bench.ts];
// BENCH_ONLY=<part of a tag> npm run bench for one element, BENCH_METRICS=memory,layout for some
// measurements (render, edit, tasks, memory, layout, peers); BENCH_ONLY=surveyjs for our reflector page
// beside SurveyJS's (bench/peers.ts); a partial run leaves docs/performance.md alone.
// `npm run bench -- --samen` runs samen's load check instead (needs node scripts/build.js first).
// Issue 32 item 6's figures (render ratio, edit → painted frame; empty and filled, 1280 and 390 px) are
// printed first as a table per element, then every row: BENCH_METRICS=render,edit for those alone.
import { spawnSync, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { findChromium } from './chromium.js';

// `npm run bench -- --samen`: only samen's load check (issue 25), 20 participants in one room of a
// local y-websocket server; see packages/samen/bench/samen-load.bench.js for its env variables.
if (process.argv.includes('--samen')) {
  const samen = spawnSync(process.execPath, ['packages/samen/bench/samen-load.bench.js'], { stdio: 'inherit' });
  process.exit(samen.status ?? 1);
}

const chromium = findChromium();
if (!chromium) {
  console.error('Chromium not found. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}
process.env.CHROME_PATH = chromium;
const args = process.argv.slice(2).filter((a) => a !== '--no-build');
execFileSync(process.execPath, ['scripts/generate.js'], { stdio: 'inherit' });
if (!process.argv.includes('--no-build') || !['niet-alleen.js', 'niet-alleen.bundle.js'].every((f) => existsSync(`packages/niet-alleen/dist/${f}`))) {
  execFileSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', 'rollup.config.js', '--silent'], { stdio: 'inherit' });
}
const loadBefore = loadavg()[0];
rmSync('node_modules/.cache/bench-results.json', { force: true });
const run = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'bench/web-test-runner.bench.config.js', ...args], { stdio: 'inherit' });
const loadAfter = loadavg()[0];
if (!existsSync('node_modules/.cache/bench-results.json')) process.exit(run.status || 1);

const rows = JSON.parse(readFileSync('node_modules/.cache/bench-results.json', 'utf8'));
const fmt = (n) => (Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2)) : '–');
const version = (() => {
  try {
    return execFileSync(chromium, ['--version'], { encoding: 'utf8' }).split('\n').find((l) => /\d+\.\d+/.test(l))?.trim() ?? 'Chromium';
  } catch {
    return 'Chromium';
  }
})();
/**
 * Issue 32 item 6 at a glance, from the rows of bench/harness.ts's renderRatio and editFrame: per
 * element the render ratio (median of 3 runs, the runs' min–max) and what an edit adds to the plain
 * control's median / p95, empty and filled, at 1280 and 390 px. Goals: ratio ≤ 1.3×; adds ≤ 4 ms to the median, ≤ 8 ms to the p95.
 */
function goals32(rows) {
  const cases = ['empty, 1280 px', 'empty, 390 px', 'filled, 1280 px', 'filled, 390 px'];
  const shown = (n) => Number(fmt(n)); // judged as printed: 1.30× meets ≤ 1.3×
  const ratio = (r) => (r ? `${fmt(r.median)}× (${fmt(r.min)}–${fmt(r.max)})${shown(r.median) <= 1.3 ? ' ✓' : ' ✗'}` : '–');
  const adds = (r) => (r && Number.isFinite(r.median) ? `${fmt(r.median)} / ${fmt(r.p95)}${shown(r.median) <= 4 && shown(r.p95) <= 8 ? ' ✓' : ' ✗'}` : '–');
  const elements = [...new Set(rows.filter((r) => r.metric.startsWith('first render ÷ static HTML') || r.metric.includes('adds to the plain control')).map((r) => r.element))];
  const find = (element, prefix, c) => rows.find((r) => r.element === element && r.metric.startsWith(prefix) && r.metric.includes(c));
  if (!elements.length) return [];
  return [
    '',
    'Issue 32 at a glance: first render ÷ static HTML (median of 3 runs, runs\' min–max; goal ≤ 1.3×) and edit → painted frame at 4× CPU throttle, what it adds to the plain control\'s median / p95 in ms (goal ≤ 4 / ≤ 8).',
    '',
    `| element | ${cases.map((c) => `ratio, ${c}`).join(' | ')} | ${cases.map((c) => `edit adds, ${c}`).join(' | ')} |`,
    `| --- |${' ---: |'.repeat(cases.length * 2)}`,
    ...elements.map((e) => `| ${e} | ${cases.map((c) => ratio(find(e, 'first render ÷ static HTML', c))).join(' | ')} | ${cases.map((c) => adds(find(e, 'edit, ', c))).join(' | ')} |`),
    '',
    'All rows:',
  ];
}

const table = [
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench\`: ${version} headless, ${cpus().length} CPU cores ` +
    `(${cpus()[0]?.model.trim() ?? process.arch}), Node ${process.version}; load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after the run.`,
  ...goals32(rows),
  '',
  '| element | metric | median | p95 | min | max | samples | unit |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map((r) => `| ${r.element} | ${r.metric} | ${fmt(r.median)} | ${fmt(r.p95)} | ${fmt(r.min)} | ${fmt(r.max)} | ${r.samples} | ${r.unit}${r.note ? ` (${r.note})` : ''} |`),
].join('\n');
console.log(table);

const doc = 'docs/performance.md';
// Only a whole run replaces the figures in the docs; a partial one (BENCH_ONLY, BENCH_METRICS, --files) prints them.
const partial = Boolean(process.env.BENCH_ONLY || process.env.BENCH_METRICS || args.length);
if (existsSync(doc) && !partial) {
  const text = readFileSync(doc, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (text.includes(start)) writeFileSync(doc, `${text.slice(0, text.indexOf(start) + start.length)}\n${table}\n${text.slice(text.indexOf(end))}`);
}
process.exit(run.status ?? 0);
