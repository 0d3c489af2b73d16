// The size gates are real: `npm test` fails when a page (the loader + one package, Dutch) or its
// English grows past its gate in scripts/size.js, or the single-file bundle past its ratchet; each
// is shown to fail once (a temporary oversize bundle makes size.js exit 1; gates scaled down name
// a page). The bundle and the loader are each built once, in memory, for all the tests here.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundle, check, measureAll, overBudget, pageRows, gates, englishGates, englishGoal, pages, bundleName } from '../size.js';

const size = (...args) => spawnSync(process.execPath, ['scripts/size.js', ...args], { encoding: 'utf8' });
const sizes = (min, gzip) => ({ min, gzip, brotli: gzip, files: 1 });

test('check() marks a page over its gate, or over its English gate, and only that page', () => {
  const { rows } = check({
    rows: [
      { name: 'signaleringskaart', goal: 1, ...sizes(1, gates.signaleringskaart + 1), en: sizes(1, 1) },
      { name: 'reflectors', goal: 1, ...sizes(1, gates.reflectors), en: sizes(1, englishGates.reflectors + 1) },
      { name: 'talentenkaart', goal: 1, ...sizes(1, gates.talentenkaart), en: sizes(1, englishGates.talentenkaart) },
    ],
  });
  assert.deepEqual(rows.map((r) => [r.over, r.enOver]), [[true, false], [false, true], [false, false]]);
});

test('every page has its goal and a gate: the goal where met, never below it', () => {
  assert.deepEqual(Object.keys(gates).sort(), Object.keys(pages).sort());
  assert.equal(pages.signaleringskaart.goal, 30_000);
  assert.equal(pages.werkwijze.goal, 90_000);
  for (const name of ['reflectors', 'talentenkaart', 'netwerkkaart', 'partnerschapskaart', 'verwijskaart']) assert.equal(pages[name].goal, 45_000, name);
  for (const name of Object.keys(pages)) {
    assert.ok(gates[name] >= pages[name].goal, `${name}: a gate below the goal`);
    assert.ok(englishGates[name] >= englishGoal, `${name} English`);
  }
});

test('pageRows(): a page is the entry\'s static imports plus the package\'s; English is their locale chunks', () => {
  const chunk = (fileName, code, { imports = [], dynamicImports = [], facade = '', isEntry = false } = {}) => [fileName, { fileName, code, imports, dynamicImports, facadeModuleId: facade, isEntry }];
  const pkg = (name) => `/r/packages/${name}/src/index.ts`;
  const locale = (name) => `/r/packages/${name}/src/locales/en.ts`;
  const graph = new Map([
    chunk('niet-alleen.js', 'a'.repeat(100), { isEntry: true, imports: ['chunks/lit.js'], dynamicImports: ['chunks/core.en.js', ...Object.keys(pages).map((p) => `chunks/${p}.js`)] }),
    chunk('chunks/lit.js', 'b'.repeat(100)),
    chunk('chunks/core.en.js', 'c'.repeat(100), { facade: locale('core') }),
    ...Object.keys(pages).map((p) => chunk(`chunks/${p}.js`, p.repeat(20), { facade: pkg(p), imports: p === 'verwijskaart' ? ['chunks/signaleringskaart.js'] : [], dynamicImports: [`chunks/${p}.en.js`] })),
    ...Object.keys(pages).map((p) => chunk(`chunks/${p}.en.js`, 'e'.repeat(50), { facade: locale(p) })),
  ]);
  const { rows } = pageRows(graph);
  const verwijskaart = rows.find((r) => r.name === 'verwijskaart');
  assert.deepEqual(verwijskaart.fileNames.sort(), ['chunks/lit.js', 'chunks/signaleringskaart.js', 'chunks/verwijskaart.js', 'niet-alleen.js']);
  assert.deepEqual(verwijskaart.enFileNames.sort(), ['chunks/core.en.js', 'chunks/signaleringskaart.en.js', 'chunks/verwijskaart.en.js']);
  const signaleringskaart = rows.find((r) => r.name === 'signaleringskaart');
  assert.equal(signaleringskaart.files, 3);
  assert.ok(signaleringskaart.gzip > 0 && signaleringskaart.gzip < signaleringskaart.min);
});

// The bundle is built once, in memory from the sources, as scripts/size.js does.
const dir = mkdtempSync(join(tmpdir(), 'na-size-'));
const bundleFile = join(dir, bundleName);
writeFileSync(bundleFile, await buildBundle());
after(() => rmSync(dir, { recursive: true, force: true }));

test('a temporary oversize bundle fails size.js with exit 1, naming niet-alleen.bundle.js', () => {
  const oversize = join(dir, 'oversize.js');
  // The real bundle plus 6 kB of incompressible bytes in a comment: > 3 % over the ratchet.
  writeFileSync(oversize, Buffer.concat([readFileSync(bundleFile), Buffer.from(`/*${randomBytes(4500).toString('base64')}*/`)]));
  const run = size('--bundle', oversize, '--only', bundleName);
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stderr, /over budget: niet-alleen\.bundle\.js \d/);
  const ok = size('--bundle', bundleFile, '--only', bundleName);
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
});

// Measured once (the loader built in memory, as size.js does) for the two tests below.
let measured;
const measuredOnce = () => (measured ??= measureAll({ bundleFile }));

test('a page over its gate is named over budget, with its figure and gate (gates scaled to 60 %)', async () => {
  const over = overBudget(check(await measuredOnce(), 0.6));
  assert.ok(over.some((o) => /^signaleringskaart page \d+\.\d kB > \d+\.\d kB$/.test(o)), over.join('\n'));
  assert.deepEqual(overBudget(check(await measuredOnce(), 100)), [], 'nothing is over gates 100 times as large');
});

test('gate: every page, its English and the bundle are within their gates (docs/size.md has the figures)', async () => {
  const result = check(await measuredOnce());
  assert.equal(result.rows.length, Object.keys(pages).length);
  for (const row of result.rows) {
    assert.ok(row.gzip > 0 && row.gzip < row.min && row.brotli < row.min, row.name);
    assert.ok(row.files >= 2, `${row.name}: the loader and the package`);
    assert.ok(row.en.files >= 2, `${row.name}: core's English and the package's`);
  }
  assert.deepEqual(overBudget(result), [], 'over budget (scripts/size.js); a page that grows past a goal is refused: make it smaller');
});
