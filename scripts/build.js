// Builds every package: ESM + .d.ts per package (tsc, in dependency order, resolving
// workspace packages through their built types), core's testing entry (dist/testing), and the
// self-contained bundle dist/niet-alleen.js (rollup). Each package's custom-elements.json comes
// from generate.js. LICENSE and NOTICE are copied into every package, which publishes them.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(process.execPath, [cmd, ...args], { stdio: 'inherit' });
const order = ['core', 'ui', 'signaleringskaart', 'reflectors', 'talentenkaart', 'netwerkkaart', 'partnerschapskaart', 'samen', 'verwijskaart', 'werkwijze', 'niet-alleen', 'react'];

for (const name of order) {
  if (!existsSync(`packages/${name}/src/index.ts`)) continue;
  rmSync(`packages/${name}/dist`, { recursive: true, force: true });
  run('node_modules/typescript/bin/tsc', ['-p', `packages/${name}/tsconfig.build.json`]);
  if (existsSync(`packages/${name}/tsconfig.testing.json`)) run('node_modules/typescript/bin/tsc', ['-p', `packages/${name}/tsconfig.testing.json`]);
  for (const file of ['LICENSE', 'NOTICE']) copyFileSync(file, `packages/${name}/${file}`);
}
run('node_modules/rollup/dist/bin/rollup', ['-c', 'rollup.config.js', '--silent']);
console.log('built: packages/*/dist, custom-elements.json, packages/niet-alleen/dist/niet-alleen.js');
