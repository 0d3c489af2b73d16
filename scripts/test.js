// `npm test`: generate sources, build the packages and the bundle (the embedding tests load
// dist/niet-alleen.js), then run every test:
//   - web-test-runner (web-test-runner.config.js), one group per engine: Chromium runs every test
//     file and every story (axe + screenshots); Firefox (firefox-esr) and WebKit (webkit2gtk-driver
//     + xvfb) run the package tests, when they are installed;
//   - node's test runner for the scripts (packing, size budget, shipped-code check), beside it;
// and print the totals on a line of their own.
//   --files <glob>   only these test files (web-test-runner's option), in Chromium unless ENGINES says
//                    otherwise (e.g. ENGINES=firefox or ENGINES=chromium,webkit); no script tests
//   --no-build       skip the build (generate still runs and keeps the generated sources current)
//   --no-generate    skip generate too (.ci/run: npm ci's postinstall generated them a moment ago)
//   --no-firefox, --no-webkit, --no-scripts   leave that part out
// Environment: GREP (mocha's grep), STORIES (part of a story title or path), FULL=1 (full
// property-test counts, FC_RUNS=1000; FC_RUNS=n sets another count), CONCURRENT_BROWSERS (engines
// side by side; default 2), UPDATE_VISUAL_BASELINE=1. Other arguments go to web-test-runner.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './chromium.js';

const chromium = findChromium();
if (!chromium) {
  console.error('Chromium not found. Install it (Debian: apt-get install -y chromium, or bash scripts/setup.sh) or set CHROME_PATH.');
  process.exit(1);
}
process.env.CHROME_PATH = chromium;
if (process.env.FULL === '1') process.env.FC_RUNS ??= '1000';

const argv = process.argv.slice(2);
const flags = new Set(argv.filter((a) => a.startsWith('--no-')));
const wtrArgs = argv.filter((a) => !flags.has(a));
const narrowed = wtrArgs.some((a) => a === '--files' || a.startsWith('--files='));
if (!narrowed && !process.env.ENGINES) {
  process.env.ENGINES = ['chromium', !flags.has('--no-firefox') && 'firefox', !flags.has('--no-webkit') && 'webkit'].filter(Boolean).join(',');
}
process.env.CONCURRENT_BROWSERS ??= '2';

const timed = (name, fn) => {
  const start = Date.now();
  const result = fn();
  console.log(`${name}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
  return result;
};
if (!flags.has('--no-generate')) timed('generate', () => execFileSync(process.execPath, ['scripts/generate.js'], { stdio: 'inherit' }));
if (!flags.has('--no-build')) timed('build', () => execFileSync(process.execPath, ['scripts/build.js'], { stdio: 'inherit' }));

/** Runs a node script; resolves with its exit code and how long it took. Output goes straight through. */
function run(name, args, env = {}) {
  return new Promise((resolve) => {
    const start = Date.now();
    console.log(`\n== ${name} (started)`);
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
    child.on('close', (code) => resolve({ code: code ?? 1, seconds: (Date.now() - start) / 1000 }));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'na-test-'));
const totalsFile = join(dir, 'wtr.json');
const browsers = run(`web-test-runner: ${process.env.ENGINES}`, ['node_modules/@web/test-runner/dist/bin.js', ...wtrArgs], { NA_TOTALS: totalsFile });
// The *.test.js files by name: given the folder, node 20 runs every .js in a folder named test, and
// the parts packages.test.js imports (react-package.js, app-localize-package.js) ran a second time,
// with a second pack and install (~150 s of CI).
const scriptTests = readdirSync('scripts/test').filter((f) => f.endsWith('.test.js')).map((f) => join('scripts/test', f));
const scripts = narrowed || flags.has('--no-scripts') ? null : run('scripts (node --test)', ['--test', '--test-reporter=tap', '--test-reporter-destination=' + join(dir, 'scripts.tap'), '--test-reporter=spec', '--test-reporter-destination=stdout', ...scriptTests]);

const results = [];
const wtr = await browsers;
let engines = {};
let files = [];
try {
  ({ engines, files } = JSON.parse(readFileSync(totalsFile, 'utf8')));
} catch {
  // no report: web-test-runner did not get as far as running tests; its exit code says it failed
}
for (const [name, t] of Object.entries(engines)) {
  results.push({ name, passed: t.passed, failed: t.failed, note: [t.skipped && `${t.skipped} skipped`, t.brokenFiles && `${t.brokenFiles} files failed to run`].filter(Boolean).join(', ') });
}
if (wtr.code && !results.some((r) => r.failed)) results.push({ name: 'web-test-runner', passed: 0, failed: 1, note: `exit ${wtr.code}` });
// Where the time goes: the slowest files per engine (their tests' own durations), for CI's log.
for (const engine of Object.keys(engines)) {
  const slowest = files.filter((f) => f.engine === engine).slice(0, 8);
  const sum = files.filter((f) => f.engine === engine).reduce((n, f) => n + f.ms, 0);
  console.log(`\n${engine}: tests took ${(sum / 1000).toFixed(0)} s in all; slowest files:`);
  for (const f of slowest) console.log(`  ${(f.ms / 1000).toFixed(1).padStart(6)} s  ${f.file.replace(process.cwd() + '/', '')}`);
}
const timings = [`web-test-runner ${wtr.seconds.toFixed(0)} s`];
if (scripts) {
  const done = await scripts;
  // node's TAP summary (# pass / # fail) is its own report of the totals.
  const tap = (() => {
    try {
      return readFileSync(join(dir, 'scripts.tap'), 'utf8');
    } catch {
      return '';
    }
  })();
  const passed = Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
  const failed = Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0) + (done.code && !/^# fail [1-9]/m.test(tap) ? 1 : 0);
  results.push({ name: 'scripts', passed, failed, note: done.code ? `exit ${done.code}` : '' });
  timings.push(`scripts ${done.seconds.toFixed(0)} s`);
}
rmSync(dir, { recursive: true, force: true });

console.log('');
for (const r of results) console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`);
console.log(`time: ${timings.join(', ')}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0) + (passed === 0 && results.every((r) => !r.failed) ? 1 : 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
