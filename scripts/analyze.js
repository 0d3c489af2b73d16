// Writes each package's custom-elements.json with @custom-elements-manifest/analyzer (Lit
// plugin). One analysis over all packages, so members inherited from core's base class are
// resolved; then split per package, plus one merged manifest for Storybook's docs tables.
// What the analyzer cannot know is filled in from the sources (completeManifest): the value type of
// each instrument in place of the base class's `T`, the event class of every event (`type`), a
// `custom-element-definition` export per tag (registration goes through defineElement), and, in the
// shipped manifests, paths of the files a package ships (dist/*.js) instead of src/*.ts.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, rmSync, readdirSync, existsSync } from 'node:fs';
import { vscodeData, webTypes } from './editor-data.js';
import { completeManifest, publicOnly, shippedPaths } from './manifest.js';

const cem = new URL('../node_modules/@custom-elements-manifest/analyzer/cem.js', import.meta.url).pathname;
const outdir = 'node_modules/.cache/cem'; // as in custom-elements-manifest.config.js
execFileSync(process.execPath, [cem, 'analyze', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
const manifest = JSON.parse(readFileSync(`${outdir}/custom-elements.json`, 'utf8'));
rmSync(outdir, { recursive: true, force: true });

// The analyzer guesses event names from `new X(...)` arguments; keep only our documented na-* events.
for (const module of manifest.modules) {
  for (const d of module.declarations ?? []) {
    if (d.events) d.events = d.events.filter((e) => typeof e.name === 'string' && e.name.startsWith('na-'));
  }
}
completeManifest(manifest, (path) => readFileSync(path, 'utf8'));

/** packages/<folder> → its npm name, for references across packages. */
const packageNames = Object.fromEntries(readdirSync('packages').filter((n) => existsSync(`packages/${n}/package.json`)).map((n) => [n, JSON.parse(readFileSync(`packages/${n}/package.json`, 'utf8')).name]));

for (const name of readdirSync('packages')) {
  if (!existsSync(`packages/${name}/src`) || name === 'niet-alleen' || name === 'react') continue;
  const prefix = `packages/${name}/`;
  const pkg = JSON.parse(readFileSync(`${prefix}package.json`, 'utf8'));
  const own = manifest.modules.filter((m) => m.path.startsWith(prefix));
  const packageManifest = shippedPaths({ ...manifest, modules: own }, name, packageNames);
  writeFileSync(`${prefix}custom-elements.json`, JSON.stringify(packageManifest, null, 2));
  // Editor data (VS Code, JetBrains web-types) from the same manifest.
  writeFileSync(`${prefix}vscode.html-custom-data.json`, JSON.stringify(vscodeData(packageManifest), null, 2));
  writeFileSync(`${prefix}web-types.json`, JSON.stringify(webTypes(packageManifest, pkg), null, 2));
}
writeFileSync('.storybook/custom-elements.json', JSON.stringify(publicOnly(manifest), null, 2));
console.log(`custom-elements.json: ${manifest.modules.length} modules`);
