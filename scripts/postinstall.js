// Runs after `npm install` / `npm ci` at the root. Installing system packages (the browsers) is
// not done here but in scripts/setup.sh, which the README's commands and .ci/run call.
// 1. tachometer's chromedriver points at Debian's (npm cannot download one here).
// 2. generated sources: design tokens and locale modules.
import { existsSync, mkdirSync, symlinkSync, rmSync } from 'node:fs';

const debianDriver = '/usr/bin/chromedriver';
const target = 'node_modules/chromedriver/lib/chromedriver/chromedriver';
if (existsSync('node_modules/chromedriver') && existsSync(debianDriver)) {
  mkdirSync('node_modules/chromedriver/lib/chromedriver', { recursive: true });
  rmSync(target, { force: true });
  symlinkSync(debianDriver, target);
}

await import('./generate.js');
