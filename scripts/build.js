// Builds every package: ESM + .d.ts per package (tsc, resolving workspace packages through their
// built types, so a package starts when the packages it depends on are built; independent ones
// build side by side, as many as there are cores), core's testing entry (dist/testing), and the
// self-contained bundle dist/niet-alleen.js (rollup). Each package's custom-elements.json comes
// from generate.js. LICENSE and NOTICE are copied into every package, which publishes them.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const run = async (cmd, args) => {
  try {
    await exec(process.execPath, [cmd, ...args], { maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    process.stdout.write(error.stdout ?? '');
    process.stderr.write(error.stderr ?? '');
    throw new Error(`${cmd} ${args.join(' ')} failed`);
  }
};
const tsc = 'node_modules/typescript/bin/tsc';

const names = JSON.parse(readFileSync('package.json', 'utf8'))
  .workspaces.map((w) => w.replace(/^packages\//, ''))
  .filter((name) => existsSync(`packages/${name}/src/index.ts`));
const manifest = (name) => JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8'));
const byPackageName = new Map(names.map((name) => [manifest(name).name, name]));
const needs = new Map(
  names.map((name) => {
    const m = manifest(name);
    const deps = Object.keys({ ...m.dependencies, ...m.peerDependencies, ...m.devDependencies });
    return [name, deps.map((d) => byPackageName.get(d)).filter((d) => d && d !== name)];
  }),
);

async function buildPackage(name) {
  rmSync(`packages/${name}/dist`, { recursive: true, force: true });
  await run(tsc, ['-p', `packages/${name}/tsconfig.build.json`]);
  if (existsSync(`packages/${name}/tsconfig.testing.json`)) await run(tsc, ['-p', `packages/${name}/tsconfig.testing.json`]);
  for (const file of ['LICENSE', 'NOTICE']) copyFileSync(file, `packages/${name}/${file}`);
}

const done = new Map(); // name -> promise
let running = 0;
const waiting = [];
const slot = async () => {
  if (running < Math.max(1, availableParallelism())) return void running++;
  await new Promise((resolve) => waiting.push(resolve));
};
const release = () => (waiting.length ? waiting.shift()() : running--);
const build = (name) => {
  if (!done.has(name)) {
    done.set(
      name,
      (async () => {
        await Promise.all(needs.get(name).map(build));
        await slot();
        try {
          await buildPackage(name);
        } finally {
          release();
        }
      })(),
    );
  }
  return done.get(name);
};
await Promise.all(names.map(build));
await run('node_modules/rollup/dist/bin/rollup', ['-c', 'rollup.config.js', '--silent']);
console.log('built: packages/*/dist, custom-elements.json, packages/niet-alleen/dist/niet-alleen.js');
