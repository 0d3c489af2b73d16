// Generates what the sources need before they can be type-checked, tested or built:
// the design-token stylesheet (Style Dictionary) and each package's runtime locale
// modules (@lit/localize-tools, from the committed XLIFF). Run by postinstall and by
// start/test/build, so a fresh clone never sees a stale or missing file.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { buildTokens } from './tokens.js';

await buildTokens();

const cli = 'node_modules/@lit/localize-tools/bin/lit-localize.js';
for (const name of readdirSync('packages')) {
  const config = `packages/${name}/lit-localize.json`;
  if (!existsSync(config)) continue;
  execFileSync(process.execPath, [cli, 'build', '--config', config], { stdio: ['ignore', 'ignore', 'inherit'] });
}
console.log('generated: design tokens, locale modules');
