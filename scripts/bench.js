// `npm run bench`: runs bench/**/*.bench.ts in headless Chromium (web-test-runner with the
// bench config), then prints the figures and writes them into docs/performance.md between
// the markers. Timing is measured here, never asserted in npm test.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { findChromium } from './chromium.js';

process.env.CHROME_PATH = findChromium() ?? '';
rmSync('node_modules/.cache/bench-results.json', { force: true });
const run = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'bench/web-test-runner.bench.config.js', ...process.argv.slice(2)], { stdio: 'inherit' });
if (!existsSync('node_modules/.cache/bench-results.json')) process.exit(run.status || 1);

const rows = JSON.parse(readFileSync('node_modules/.cache/bench-results.json', 'utf8'));
const fmt = (n) => (Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2)) : '–');
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on this machine (${process.arch}, Node ${process.version}), headless Chromium, with \`npm run bench\`.`,
  '',
  '| element | metric | median | p95 | min | max | samples | unit |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map((r) => `| ${r.element} | ${r.metric} | ${fmt(r.median)} | ${fmt(r.p95)} | ${fmt(r.min)} | ${fmt(r.max)} | ${r.samples} | ${r.unit}${r.note ? ` (${r.note})` : ''} |`),
].join('\n');
console.log(table);

const doc = 'docs/performance.md';
if (existsSync(doc)) {
  const text = readFileSync(doc, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (text.includes(start)) writeFileSync(doc, `${text.slice(0, text.indexOf(start) + start.length)}\n${table}\n${text.slice(text.indexOf(end))}`);
}
process.exit(run.status ?? 0);
