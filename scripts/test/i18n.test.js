// Adding a locale (docs/accessibility.md, "Adding a locale"): once the locale is in
// packages/core/locales.json, every package follows (its lit-localize.json, its registration),
// `extract` writes its XLIFF, `missing` names what that locale still lacks, `apply` fills it and
// `build` generates its templates. Run on a throw-away package inside the repository
// (so @lit/localize resolves), with the real script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'scripts/i18n.js');

test('a new locale: extract writes its XLIFF, missing names its gaps, apply and build fill them', (t) => {
  const dir = mkdtempSync(join(root, '.i18n-test-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const pkg = join(dir, 'packages/demo');
  mkdirSync(join(pkg, 'src'), { recursive: true });
  mkdirSync(join(dir, 'packages/core'), { recursive: true });
  // The one list says en and ar; the package's own config still says only en.
  writeFileSync(join(dir, 'packages/core/locales.json'), JSON.stringify({ sourceLocale: 'nl', targetLocales: ['en', 'ar'] }));
  writeFileSync(
    join(pkg, 'lit-localize.json'),
    JSON.stringify({
      sourceLocale: 'nl',
      targetLocales: ['en'],
      tsConfig: '../../../tsconfig.localize.json',
      inputFiles: ['src/**/*.ts'],
      output: { mode: 'runtime', language: 'ts', outputDir: 'src/locales', localeCodesModule: 'src/locales/locale-codes.ts' },
      interchange: { format: 'xliff', xliffDir: 'xliff/' },
    }),
  );
  writeFileSync(join(pkg, 'src/index.ts'), "import { msg, str } from '@lit/localize';\nexport const hello = (name: string) => [msg('Welkom'), msg(str`Hallo ${name}`)];\n");
  const run = (...args) => spawnSync(process.execPath, [script, ...args], { cwd: dir, encoding: 'utf8' });

  assert.equal(run('extract').status, 0);
  assert.deepEqual(JSON.parse(readFileSync(join(pkg, 'lit-localize.json'), 'utf8')).targetLocales, ['en', 'ar']);
  const registration = readFileSync(join(pkg, 'src/locales/translations.ts'), 'utf8');
  // Each target locale is its own module, imported when that locale is asked for.
  assert.match(registration, /registerTranslationsLoader\("ar", \(\) => import\('\.\/ar\.js'\)\.then\(\(m\) => m\.templates\)\);/);
  assert.doesNotMatch(registration, /^import .*\.\/ar\.js/m, 'no static import of a target locale');
  assert.match(readFileSync(join(dir, 'packages/core/src/generated/locales.ts'), 'utf8'), /targetLocales = \["en","ar"\] as const/);
  const ar = readFileSync(join(pkg, 'xliff/ar.xlf'), 'utf8');
  assert.match(ar, /target-language="ar"/);
  assert.match(ar, /<source>Welkom<\/source>/);

  const before = run('missing');
  assert.equal(before.status, 1);
  assert.match(before.stdout, /demo ar \w+: Welkom/);
  assert.match(before.stdout, /2 message\(s\) without a translation \(ar\)/);

  const placeholder = '<x id="0" equiv-text="${name}"/>';
  writeFileSync(join(dir, 'en.json'), JSON.stringify({ Welkom: 'Welcome', [`Hallo ${placeholder}`]: `Hello ${placeholder}` }));
  writeFileSync(join(dir, 'ar.json'), JSON.stringify({ Welkom: 'مرحبا', [`Hallo ${placeholder}`]: `${placeholder} أهلاً` }));
  assert.match(run('apply', 'demo', 'en.json').stdout, /applied 2 of 2 translations \(en\)/);
  assert.match(run('apply', 'demo', 'ar.json', 'ar').stdout, /applied 2 of 2 translations \(ar\)/);
  const after = run('missing');
  assert.equal(after.status, 0, after.stdout);
  assert.match(after.stdout, /0 message\(s\) without a translation \(ar\)/);

  assert.equal(run('build').status, 0);
  const templates = readFileSync(join(pkg, 'src/locales/ar.ts'), 'utf8');
  assert.match(templates, /مرحبا/);
  assert.match(templates, /أهلاً/);
});
