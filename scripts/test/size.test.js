// The size budget is a real gate: with budgets scaled down to 1 %, the script must fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { check, measureAll, budgets } from '../size.js';

test('size.js exits 1 and names the culprit when a package is over budget', () => {
  const run = spawnSync(process.execPath, ['scripts/size.js', '--budget-scale', '0.01', '--no-write'], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /over budget: .*niet-alleen\.js/);
});

test('every package with sources is measured, gzip smaller than min', async () => {
  const rows = check(await measureAll());
  assert.ok(rows.length >= 2);
  for (const row of rows) {
    assert.ok(row.name in budgets);
    assert.ok(row.gzip > 0 && row.gzip < row.min, row.name);
    assert.ok(row.brotli > 0 && row.brotli < row.min, row.name);
  }
});
