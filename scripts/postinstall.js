// Runs after `npm install` / `npm ci` at the root: generates tokens and locale modules,
// and points tachometer's chromedriver at Debian's when present (npm cannot download one here).
import { existsSync, mkdirSync, symlinkSync, rmSync } from 'node:fs';

const debianDriver = '/usr/bin/chromedriver';
const target = 'node_modules/chromedriver/lib/chromedriver/chromedriver';
if (existsSync('node_modules/chromedriver') && existsSync(debianDriver)) {
  mkdirSync('node_modules/chromedriver/lib/chromedriver', { recursive: true });
  rmSync(target, { force: true });
  symlinkSync(debianDriver, target);
}
await import('./generate.js');
