// Builds every package: ESM + .d.ts for every package's src (and core's testing entry) in one
// TypeScript program (tsc once: the workspace's packages resolve to each other's sources, so no
// package waits for another and lit's and zod's types are read once, not once per package), each
// moved to its package's dist/; then the self-contained bundle and the loader
// (packages/niet-alleen/dist, rollup). Each package's custom-elements.json comes from generate.js.
// LICENSE and NOTICE are copied into every package, which publishes them.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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

const out = 'node_modules/.cache/niet-alleen-build';
const names = JSON.parse(readFileSync('package.json', 'utf8'))
  .workspaces.map((w) => w.replace(/^packages\//, ''))
  .filter((name) => existsSync(`packages/${name}/src/index.ts`));
/** What tsc writes under `out` (program/package/folder) and the package folder it belongs in. */
const targets = [
  ...names.map((name) => [`src/${name}/src`, `packages/${name}/dist`]),
  ['testing/core/testing', 'packages/core/dist/testing'],
];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
/**
 * Two programs, side by side, each into its own folder: the packages' sources, and core's testing
 * entry (which imports @open-wc/testing, whose global types must not reach the packages'
 * declarations; the core sources it also compiles are not taken from it).
 */
const program = (name, froms, types) => {
  const config = `${out}.${name}.tsconfig.json`;
  writeFileSync(
    config,
    JSON.stringify({
      extends: '../../tsconfig.build.json',
      compilerOptions: { rootDir: '../../packages', outDir: `../../${out}/${name}`, customConditions: ['source'], types },
      include: froms.map((from) => `../../packages/${from}/**/*.ts`),
    }),
  );
  return run('node_modules/typescript/bin/tsc', ['-p', config]);
};
await Promise.all([program('src', names.map((name) => `${name}/src`), []), program('testing', ['core/testing'], ['mocha'])]);

/** A moved source map still names its source relative to itself. */
function fixMaps(dir, from) {
  for (const file of readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.js.map'))) {
    const path = join(dir, file);
    const map = JSON.parse(readFileSync(path, 'utf8'));
    const was = join(from, dirname(file));
    map.sources = map.sources.map((s) => relative(dirname(path), join(was, s)));
    writeFileSync(path, JSON.stringify(map));
  }
}

for (const name of names) rmSync(`packages/${name}/dist`, { recursive: true, force: true });
for (const [from, to] of targets) {
  mkdirSync(dirname(to), { recursive: true });
  renameSync(join(out, from), to);
  fixMaps(to, join(out, from));
}
for (const name of names) for (const file of ['LICENSE', 'NOTICE']) copyFileSync(file, `packages/${name}/${file}`);
await run('node_modules/rollup/dist/bin/rollup', ['-c', 'rollup.config.js', '--silent']);
console.log('built: packages/*/dist, custom-elements.json, packages/niet-alleen/dist/niet-alleen.js');
