// `npm test`: generate sources, build the packages and the bundle (the embedding tests load
// dist/niet-alleen.js), run every test in headless Chromium, then print the totals on a
// line of their own. Extra arguments go to web-test-runner (e.g. --files 'packages/core/**').
import { spawn, execFileSync } from 'node:child_process';
import { findChromium } from './chromium.js';

const chromium = findChromium();
if (!chromium) {
  console.error('Chromium not found. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}
process.env.CHROME_PATH = chromium;

execFileSync(process.execPath, ['scripts/generate.js'], { stdio: 'inherit' });
if (!process.argv.includes('--no-build')) execFileSync(process.execPath, ['scripts/build.js'], { stdio: 'inherit' });

const args = process.argv.slice(2).filter((a) => a !== '--no-build');
const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
let last = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const plain = chunk.toString().replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
  const matches = [...plain.matchAll(/(\d+) passed, (\d+) failed(, (\d+) skipped)?/g)];
  if (matches.length) last = matches.at(-1)[0];
});
child.on('close', (code) => {
  console.log(`\n${last || '0 passed, 0 failed'}`);
  process.exit(code ?? 1);
});
