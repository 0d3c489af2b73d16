#!/usr/bin/env node
// The samen demo: `node packages/samen/demo.js` (after node scripts/build.js). Starts the local
// y-websocket server (server.js) on 127.0.0.1:1234 and serves docs/demo/samen.html with its script
// (demo/samen-demo.js, bundled from the built packages) on http://127.0.0.1:1235/. Open that address
// in two browsers (or a normal and a private window), give each a name, and share the link.
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSamenServer } from './server.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const out = mkdtempSync(join(tmpdir(), 'na-samen-demo-'));
execFileSync(join(root, 'node_modules/.bin/esbuild'), [join(here, 'demo/samen-demo.js'), '--bundle', '--format=esm', '--target=es2022', `--outfile=${join(out, 'samen-demo.js')}`, '--log-level=warning'], { cwd: root });

// The page's CSP allows ws://127.0.0.1:1234 only: keep the port.
const samen = await startSamenServer({ port: 1234, dataDir: process.env.SAMEN_DATA ?? '.samen-data' });
const files = {
  '/': [join(root, 'docs/demo/samen.html'), 'text/html'],
  '/samen.html': [join(root, 'docs/demo/samen.html'), 'text/html'],
  '/demo.css': [join(root, 'docs/demo/demo.css'), 'text/css'],
  '/samen-demo.js': [join(out, 'samen-demo.js'), 'text/javascript'],
};
const port = Number(process.env.DEMO_PORT ?? 1235);
http
  .createServer((request, response) => {
    const file = files[new URL(request.url, 'http://x').pathname];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file[1] }).end(readFileSync(file[0]));
  })
  .listen(port, '127.0.0.1', () => {
    console.log(`samen demo: http://127.0.0.1:${port}/ (server ws://127.0.0.1:${samen.port}; Ctrl+C stops both)`);
  });
