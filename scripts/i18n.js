// Translation workflow per package (Dutch source, one XLIFF per target locale of
// packages/core/locales.json, which every package's lit-localize.json follows):
//   node scripts/i18n.js extract [<package>]                   update packages/<package>/xliff/<locale>.xlf from the code
//   node scripts/i18n.js build [<package>]                     generate packages/<package>/src/locales/*.ts
//   node scripts/i18n.js missing [<package>]                   list sources without a target, per locale (exit 1 if any)
//   node scripts/i18n.js apply <package> <file.json> [<locale>]  fill targets from {"<source xml>": "<target xml>"} (default en)
// Placeholders appear as <x id="0" equiv-text="${name}"/> and must be kept in the target.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { syncLocales } from './locales.js';

const [command, pkg, file, applyLocale = 'en'] = process.argv.slice(2);
const config = (name) => `packages/${name}/lit-localize.json`;
const xliff = (name, locale) => `packages/${name}/xliff/${locale}.xlf`;
const targetLocales = (name) => JSON.parse(readFileSync(config(name), 'utf8')).targetLocales;
const packages = pkg ? [pkg] : readdirSync('packages').filter((n) => existsSync(config(n)));
const unitPattern = /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(\s*<target>([\s\S]*?)<\/target>)?/g;
const localizeCli = fileURLToPath(new URL('../node_modules/@lit/localize-tools/bin/lit-localize.js', import.meta.url));

if (command !== 'apply') for (const changed of syncLocales()) console.log(`locales: wrote ${changed}`);

if (command === 'extract') {
  for (const name of packages) {
    execFileSync(process.execPath, [localizeCli, 'extract', '--config', config(name)], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
} else if (command === 'build') {
  for (const name of packages) {
    execFileSync(process.execPath, [localizeCli, 'build', '--config', config(name)], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
} else if (command === 'missing') {
  const missing = {};
  for (const name of packages) {
    for (const locale of targetLocales(name)) {
      missing[locale] ??= 0;
      if (!existsSync(xliff(name, locale))) {
        console.log(`${name}: no ${xliff(name, locale)} (run: node scripts/i18n.js extract ${name})`);
        missing[locale]++;
        continue;
      }
      for (const [, id, source, withTarget] of readFileSync(xliff(name, locale), 'utf8').matchAll(unitPattern)) {
        if (!withTarget) {
          missing[locale]++;
          console.log(`${name} ${locale} ${id}: ${source}`);
        }
      }
    }
  }
  for (const [locale, count] of Object.entries(missing)) console.log(`${count} message(s) without a translation (${locale})`);
  process.exitCode = Object.values(missing).some(Boolean) ? 1 : 0;
} else if (command === 'apply') {
  const map = JSON.parse(readFileSync(file, 'utf8'));
  let text = readFileSync(xliff(pkg, applyLocale), 'utf8');
  let applied = 0;
  text = text.replace(/(<source>([\s\S]*?)<\/source>)(\s*<target>[\s\S]*?<\/target>)?/g, (all, sourceTag, source) => {
    if (!(source in map)) return all;
    applied++;
    return `${sourceTag}\n  <target>${map[source]}</target>`;
  });
  writeFileSync(xliff(pkg, applyLocale), text);
  console.log(`applied ${applied} of ${Object.keys(map).length} translations (${applyLocale})`);
} else {
  console.error('usage: node scripts/i18n.js extract|build|missing [<package>] | apply <package> <file.json> [<locale>]');
  process.exitCode = 2;
}
