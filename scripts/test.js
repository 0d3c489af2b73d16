// `npm test`: generate sources, build the packages and the bundle (the embedding tests load
// dist/niet-alleen.js), then run every test:
//   1. web-test-runner in headless Chromium: packages/*/test and stories/test (axe + screenshots)
//   2. the package tests again in Firefox (firefox-esr), when it is installed
//   3. the package tests again in WebKit (webkit2gtk-driver + xvfb), when they are installed
//   4. node's test runner for the scripts (size budget, shipped-code check)
// and print the totals on a line of their own. Arguments go to web-test-runner (e.g.
// --files 'packages/core/test/**/*.test.ts'); --no-build skips the build, --no-firefox step 2,
// --no-webkit step 3.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.js';
import { firefoxPath } from '../web-test-runner.firefox.config.js';
import { webkitAvailable } from '../web-test-runner.webkit.config.js';

const chromium = findChromium();
if (!chromium) {
  console.error('Chromium not found. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}
process.env.CHROME_PATH = chromium;

const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith('--no-')));
const args = process.argv.slice(2).filter((a) => !flags.has(a));
execFileSync(process.execPath, ['scripts/generate.js'], { stdio: 'inherit' });
if (!flags.has('--no-build')) execFileSync(process.execPath, ['scripts/build.js'], { stdio: 'inherit' });

const plain = (text) => text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');

function run(name, command, commandArgs, parse) {
  return new Promise((resolve) => {
    console.log(`\n== ${name}`);
    const child = spawn(process.execPath, [command, ...commandArgs], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += plain(chunk.toString());
    });
    child.on('close', (code) => resolve({ name, code: code ?? 1, ...parse(output) }));
  });
}

const wtrTotals = (output) => {
  const last = [...output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  return { passed: Number(last?.[1] ?? 0), failed: Number(last?.[2] ?? 0) };
};
const nodeTotals = (output) => ({ passed: Number(/# pass (\d+)/.exec(output)?.[1] ?? 0), failed: Number(/# fail (\d+)/.exec(output)?.[1] ?? 0) });

const wtr = 'node_modules/@web/test-runner/dist/bin.js';
const results = [await run('Chromium', wtr, args, wtrTotals)];
const narrowed = args.some((a) => a.startsWith('--files'));
if (!flags.has('--no-firefox') && !narrowed && existsSync(firefoxPath)) {
  results.push(await run('Firefox', wtr, ['--config', 'web-test-runner.firefox.config.js'], wtrTotals));
}
if (!flags.has('--no-webkit') && !narrowed && webkitAvailable()) {
  results.push(await run('WebKit', wtr, ['--config', 'web-test-runner.webkit.config.js'], wtrTotals));
}
if (!narrowed) results.push(await run('scripts (node --test)', '--test', ['scripts/test/'], nodeTotals));

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('');
for (const r of results) console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed${r.code ? ` (exit ${r.code})` : ''}`);
const ok = results.every((r) => r.code === 0) && passed > 0;
console.log(`${passed} passed, ${failed}${!ok && failed === 0 ? ' (a runner failed)' : ''} failed`.replace(`${failed} (a runner failed) failed`, `${Math.max(failed, 1)} failed`));
process.exit(ok ? 0 : 1);
