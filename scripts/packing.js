// Helpers for the tests that use the packages as a stranger gets them (scripts/test/packages.test.js, which
// runs scripts/test/react-package.js and scripts/test/app-localize-package.js too): `npm pack` every workspace, install the tarballs into an empty
// folder outside the workspace, type-check and bundle a consumer there with the workspace's own tsc and
// esbuild, and render its page in headless Chromium over a tiny local HTTP server.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.js';

const run = promisify(execFile);
export const root = fileURLToPath(new URL('..', import.meta.url));
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** Workspace folders, e.g. packages/core. */
export const workspaces = rootPackage.workspaces;
const npm = (args, cwd) => run('npm', args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } });

/** The version installed in the workspace, so a consumer's install is served from npm's cache. */
export const installedVersion = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Fails with a clear message when the packages are not built (npm test builds them first). */
export function assertBuilt() {
  const missing = workspaces.filter((w) => !existsSync(join(root, w, 'dist/index.js')) || !existsSync(join(root, w, 'LICENSE')));
  if (missing.length) throw new Error(`not built: ${missing.join(', ')} (run npm run build)`);
}

/** `npm pack` of every workspace into a new temporary folder: npm's JSON report per package. */
export async function packAll() {
  const dir = mkdtempSync(join(tmpdir(), 'na-pack-'));
  const { stdout } = await npm(['pack', '--workspaces', '--json', '--pack-destination', dir], root);
  return { dir, packed: JSON.parse(stdout).map((p) => ({ ...p, tarball: join(dir, p.filename) })) };
}

/**
 * An empty project outside the workspace (mktemp -d) that depends on the given tarballs (all of ours,
 * so our packages' dependencies on each other are the packed ones) and on `registry` packages.
 */
export async function installConsumer(packed, registry = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'na-consumer-'));
  const dependencies = Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`]));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { ...dependencies, ...registry } }, null, 2));
  await npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], dir);
  return dir;
}

let shared;
/**
 * One pack and one consumer (our tarballs plus React 18 and its types, at the workspace's versions) for
 * every consumer test in this process: packing and installing are the slow part. Each test writes its own
 * files under its own names. `removeShared()` deletes both folders.
 */
export function sharedConsumer() {
  shared ??= (async () => {
    assertBuilt();
    const pack = await packAll();
    const registry = Object.fromEntries(['react', 'react-dom', '@types/react', '@types/react-dom'].map((name) => [name, installedVersion(name)]));
    const consumer = await installConsumer(pack.packed, registry);
    return { pack, consumer };
  })();
  return shared;
}
export async function removeShared() {
  if (!shared) return;
  const { pack, consumer } = await shared.catch(() => ({}));
  for (const dir of [pack?.dir, consumer]) if (dir) rmSync(dir, { recursive: true, force: true });
}

export function writeFiles(dir, files) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** A strict tsconfig for the consumer: what a careful TypeScript project has, our .d.ts checked too. */
export const strictTsconfig = (include, extra = {}) =>
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      strict: true, noEmit: true, skipLibCheck: false, types: [], ...extra,
    },
    include,
  });

/**
 * The errors of a tsc run by file (paths as tsc prints them, relative to the project): a consumer
 * and its wrong twin are checked in one program, and each must have exactly the errors expected.
 */
export function errorsByFile(output) {
  const errors = new Map();
  for (const line of output.split('\n')) {
    const m = /^(\S+?)\(\d+,\d+\): error /.exec(line);
    if (m) errors.set(m[1], [...(errors.get(m[1]) ?? []), line]);
  }
  return errors;
}

/** tsc --strict --noEmit with the workspace's TypeScript; resolves to { ok, output }. */
export async function typecheck(dir, project = 'tsconfig.json') {
  try {
    await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, project)], { cwd: dir });
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: `${error.stdout}${error.stderr}` };
  }
}

/** esbuild (the workspace's) bundles entry into outfile, resolving packages from the consumer's node_modules. */
export async function bundle(dir, entry, outfile, args = []) {
  await run(join(root, 'node_modules/.bin/esbuild'), [entry, '--bundle', '--format=esm', '--target=es2022', `--outfile=${outfile}`, '--log-level=warning', ...args], { cwd: dir });
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** Serves dir on 127.0.0.1 (a free port). */
export async function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** The DOM of url after it ran (headless Chromium, --dump-dom). */
export async function dumpDom(url) {
  const chromium = findChromium();
  if (!chromium) throw new Error('Chromium not found (apt-get install chromium, or CHROME_PATH)');
  const profile = mkdtempSync(join(tmpdir(), 'na-chromium-'));
  const { stdout } = await run(chromium, [
    '--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-dev-shm-usage', `--user-data-dir=${profile}`, '--virtual-time-budget=15000', '--dump-dom', url,
  ], { maxBuffer: 16 * 1024 * 1024, timeout: 60_000 });
  return stdout;
}

/** The JSON a test page wrote into <pre id="result">, or null. */
export function pageResult(dom) {
  const text = /<pre id="result">([\s\S]*?)<\/pre>/.exec(dom)?.[1];
  return text ? JSON.parse(text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')) : null;
}
