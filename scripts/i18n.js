// Translation workflow for one package (Dutch source, XLIFF per package):
//   node scripts/i18n.js extract [<package>]           update packages/<package>/xliff/en.xlf from the code
//   node scripts/i18n.js build [<package>]             generate packages/<package>/src/locales/*.ts
//   node scripts/i18n.js missing [<package>]           list sources without an English target (exit 1 if any)
//   node scripts/i18n.js apply <package> <file.json>   fill targets from {"<source xml>": "<target xml>"}
// Placeholders appear as <x id="0" equiv-text="${name}"/> and must be kept in the target.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const [command, pkg, file] = process.argv.slice(2);
const xliff = (name) => `packages/${name}/xliff/en.xlf`;
const packages = pkg ? [pkg] : readdirSync('packages').filter((n) => existsSync(xliff(n)));
const unitPattern = /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(\s*<target>([\s\S]*?)<\/target>)?/g;

if (command === 'extract') {
  for (const name of packages) {
    execFileSync(process.execPath, ['node_modules/@lit/localize-tools/bin/lit-localize.js', 'extract', '--config', `packages/${name}/lit-localize.json`], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
} else if (command === 'build') {
  for (const name of packages) {
    execFileSync(process.execPath, ['node_modules/@lit/localize-tools/bin/lit-localize.js', 'build', '--config', `packages/${name}/lit-localize.json`], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
} else if (command === 'missing') {
  let missing = 0;
  for (const name of packages) {
    for (const [, id, source, withTarget] of readFileSync(xliff(name), 'utf8').matchAll(unitPattern)) {
      if (!withTarget) {
        missing++;
        console.log(`${name} ${id}: ${source}`);
      }
    }
  }
  console.log(`${missing} message(s) without an English translation`);
  process.exitCode = missing ? 1 : 0;
} else if (command === 'apply') {
  const map = JSON.parse(readFileSync(file, 'utf8'));
  let text = readFileSync(xliff(pkg), 'utf8');
  let applied = 0;
  text = text.replace(/(<source>([\s\S]*?)<\/source>)(\s*<target>[\s\S]*?<\/target>)?/g, (all, sourceTag, source) => {
    if (!(source in map)) return all;
    applied++;
    return `${sourceTag}\n  <target>${map[source]}</target>`;
  });
  writeFileSync(xliff(pkg), text);
  console.log(`applied ${applied} of ${Object.keys(map).length} translations`);
} else {
  console.error('usage: node scripts/i18n.js extract|build|missing|apply <package> [file.json]');
  process.exitCode = 2;
}
