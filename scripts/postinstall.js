// Runs after `npm install` / `npm ci` at the root, so one command sets up a fresh machine:
// 1. Chromium for tests and benchmarks: found via CHROME_PATH or /usr/bin/chromium; when
//    missing on Debian as root, installed with apt-get (npm cannot download browsers here).
// 2. tachometer's chromedriver points at Debian's (npm cannot download one either).
// 3. generated sources: design tokens and locale modules.
import { existsSync, mkdirSync, symlinkSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { findChromium } from './chromium.js';

if (!findChromium() && !process.env.NIET_ALLEEN_SKIP_BROWSER) {
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('niet-alleen: Chromium not found; installing Debian chromium and chromium-driver …');
    try {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'chromium-driver'], { stdio: 'inherit', env });
    } catch {
      console.warn('niet-alleen: could not install Chromium; tests need it (see README).');
    }
  } else {
    console.warn('niet-alleen: Chromium not found. Install it (Debian: sudo apt-get install chromium) or set CHROME_PATH.');
  }
}

const debianDriver = '/usr/bin/chromedriver';
const target = 'node_modules/chromedriver/lib/chromedriver/chromedriver';
if (existsSync('node_modules/chromedriver') && existsSync(debianDriver)) {
  mkdirSync('node_modules/chromedriver/lib/chromedriver', { recursive: true });
  rmSync(target, { force: true });
  symlinkSync(debianDriver, target);
}

await import('./generate.js');
