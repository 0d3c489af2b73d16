// The size gate is real: `npm test` fails when the bundle or a package's own code grows past its
// gate in scripts/size.js, and it is shown to fail once with a temporary oversize bundle.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundle, check, measureAll, gates, goals } from '../size.js';

const size = (...args) => spawnSync(process.execPath, ['scripts/size.js', ...args], { encoding: 'utf8' });

test('check() marks a row over its gate and only that row', () => {
  const rows = check([
    { name: 'core', min: 1, gzip: gates.core + 1, brotli: 1 },
    { name: 'ui', min: 1, gzip: gates.ui, brotli: 1 },
  ]);
  assert.deepEqual(rows.map((r) => r.over), [true, false]);
});

test('every package has a goal and a gate', () => {
  assert.deepEqual(Object.keys(gates).sort(), Object.keys(goals).sort());
  for (const name of Object.keys(goals)) assert.ok(gates[name] > 0 && (gates[name] === goals[name] || gates[name] > goals[name]), name);
});

// The bundle is built once, in memory from the sources, as scripts/size.js does.
const dir = mkdtempSync(join(tmpdir(), 'na-size-'));
const bundleFile = join(dir, 'niet-alleen.js');
writeFileSync(bundleFile, await buildBundle());
after(() => rmSync(dir, { recursive: true, force: true }));

test('a temporary oversize bundle fails size.js with exit 1, naming niet-alleen.js', () => {
  const oversize = join(dir, 'oversize.js');
  // The real bundle plus 6 kB of incompressible bytes in a comment: > 3 % over any ratchet.
  writeFileSync(oversize, Buffer.concat([readFileSync(bundleFile), Buffer.from(`/*${randomBytes(4500).toString('base64')}*/`)]));
  const run = size('--bundle', oversize, '--only', 'niet-alleen.js');
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stderr, /over budget: niet-alleen\.js \d/);
  // The same bundle without the oversize passes.
  const ok = size('--bundle', bundleFile, '--only', 'niet-alleen.js');
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
});

test('gate: the bundle and every package are within their gates (docs/size.md has the figures)', async () => {
  const rows = check(await measureAll({ bundleFile }));
  assert.ok(rows.length >= 2);
  for (const row of rows) {
    assert.ok(row.gzip > 0 && row.gzip < row.min && row.brotli < row.min, row.name);
  }
  const over = rows.filter((r) => r.over).map((r) => `${r.name}: ${r.gzip} B gzip > gate ${r.gate} B`);
  assert.deepEqual(over, [], 'over budget (scripts/size.js); if the growth is deliberate, raise the gate in the same commit and say why');
});
