// Builds every package: ESM + .d.ts per package (tsc, in dependency order, resolving
// workspace packages through their built types) and the self-contained bundle
// dist/niet-alleen.js (rollup). Each package's custom-elements.json comes from generate.js.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(process.execPath, [cmd, ...args], { stdio: 'inherit' });
const order = ['core', 'ui', 'signaleringskaart', 'reflectors', 'talentenkaart', 'netwerkkaart', 'partnerschapskaart', 'verwijskaart', 'werkwijze', 'niet-alleen'];

for (const name of order) {
  if (!existsSync(`packages/${name}/src/index.ts`)) continue;
  rmSync(`packages/${name}/dist`, { recursive: true, force: true });
  run('node_modules/typescript/bin/tsc', ['-p', `packages/${name}/tsconfig.build.json`]);
}
run('node_modules/rollup/dist/bin/rollup', ['-c', 'rollup.config.js', '--silent']);
console.log('built: packages/*/dist, custom-elements.json, packages/niet-alleen/dist/niet-alleen.js');
