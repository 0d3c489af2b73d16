// The API reports (scripts/api.js, API Extractor): every package's TypeScript API as committed in
// packages/*/api, so a change of the public API cannot land unnoticed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const api = (...args) => spawnSync(process.execPath, ['scripts/api.js', ...args], { encoding: 'utf8' });

test('every package\'s API report is up to date with its built .d.ts', () => {
  const run = api('--check');
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, /API reports: \d+ entry points, all up to date/);
});

test('the check fails, naming the entry point, when the API differs from its report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'api-report-'));
  try {
    cpSync('packages/samen/api', dir, { recursive: true });
    // A report that still lists a function the package no longer has: as if it had been removed.
    const report = join(dir, 'websocket.api.md');
    writeFileSync(report, readFileSync(report, 'utf8').replace('```ts\n', '```ts\n\n// @public\nexport function removedSinceTheReport(): void;\n'));
    const run = api('--check', '--only', '@niet-alleen/samen', '--report-folder', dir);
    assert.equal(run.status, 1, run.stdout);
    assert.match(run.stderr, /API reports out of date: @niet-alleen\/samen\/websocket/);
    assert.doesNotMatch(run.stderr, /samen \(|@niet-alleen\/samen \(/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
