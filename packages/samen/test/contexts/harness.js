// What scripts/test/samen-contexts.test.js and packages/samen/bench/samen-load.bench.js share:
// the page of ./page.js bundled from the built packages (esbuild), served on 127.0.0.1, a samen
// server (packages/samen/server.js) on a free port, and Debian's Chromium through puppeteer-core.
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../../../../scripts/chromium.js';
import { startSamenServer } from '../../server.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');

/** Bundles the page (needs the built dist: node scripts/build.js) and serves it; returns { url, close }. */
export async function servePage() {
  const dir = mkdtempSync(join(tmpdir(), 'na-samen-page-'));
  execFileSync(join(root, 'node_modules/.bin/esbuild'), [join(here, 'page.js'), '--bundle', '--format=esm', '--target=es2022', `--outfile=${join(dir, 'page.js')}`, '--log-level=warning'], { cwd: root });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="nl"><meta charset="utf-8"><title>samen</title><main></main><script type="module" src="page.js"></script></html>');
  const files = { '/': ['index.html', 'text/html'], '/index.html': ['index.html', 'text/html'], '/page.js': ['page.js', 'text/javascript'] };
  const server = createServer((request, response) => {
    const file = files[new URL(request.url, 'http://x').pathname];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file[1] }).end(readFileSync(join(dir, file[0])));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: async () => {
      await new Promise((done) => server.close(done));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A samen server on a free port with its own data directory; `restart()` keeps port and data, as a restarted process would. */
export async function samenServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'na-samen-data-'));
  let server = await startSamenServer({ port: 0, dataDir });
  const port = server.port;
  return {
    port,
    async restart() {
      await server.close();
      server = await startSamenServer({ port, dataDir });
    },
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchChromium(extraArgs = []) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found (apt-get install chromium, or CHROME_PATH)');
  return puppeteer.launch({
    executablePath,
    headless: true,
    protocolTimeout: 600_000,
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage', ...extraArgs],
  });
}

/** A new browser context (its own storage, its own process) with the page in `room` as `name`. */
export async function openParticipant(browser, pageUrl, { port, room, name, facilitator = false }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  // Each context is a window of its own, as each participant's laptop is: focus (and focusin, which
  // presence follows) works in every one of them, not only in the one in front.
  await page.emulateFocusedPage(true);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const query = new URLSearchParams({ port: String(port), room, name });
  if (facilitator) query.set('facilitator', '');
  await page.goto(`${pageUrl}?${query}`);
  await page.waitForFunction(() => Boolean(window.samenTest));
  await page.evaluate(() => window.samenTest.ready());
  return { context, page, name, errors };
}
