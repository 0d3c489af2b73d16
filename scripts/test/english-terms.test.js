// One English word per workbook term (issue 21): the English texts of every package use the
// chosen terms and none of the earlier ones. Read from packages/*/xliff/en.xlf, the only place
// English texts come from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const units = readdirSync(join(root, 'packages'))
  .map((pkg) => join(root, 'packages', pkg, 'xliff/en.xlf'))
  .filter(existsSync)
  .flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g)].map(([, source, target]) => ({ file, source, target })),
  );

/** Earlier English renderings, and what replaced them. */
const retired = [
  [/\bSignals card\b/i, 'Signalling card'],
  [/\bfillings?\b(?! in)/i, 'entry / entries (invulling)'],
  [/\bDecided\b|\bAchieved\b/, 'Decide / Reach (Besluiten / Bereiken)'],
  [/present attitude/i, 'an attitude of presence'],
  [/threatening isolation/i, 'looming isolation'],
  [/trajector(y|ies)/i, 'pathways'],
  [/show off/i, 'advertise'],
  [/convivial/i, 'sociability'],
];

test('the English texts no longer use the retired terms', () => {
  assert.ok(units.length > 500, 'the XLIFF files were read');
  const found = units.flatMap((u) => retired.filter(([re]) => re.test(u.target)).map(([re, now]) => `${u.target}  (${re} → ${now})`));
  assert.deepEqual(found, []);
});

test('each Dutch term has one English name everywhere', () => {
  const expectations = [
    [/signaleringskaart/i, /signalling card/i],
    [/\binvulling(en)?\b/i, /\bentr(y|ies)\b|your own skill/i],
    [/^Bekend$/, /^Known$/],
    [/^Besluiten$/, /^Decide$/],
    [/^Bereiken$/, /^Reach$/],
  ];
  const wrong = units.flatMap((u) => expectations.filter(([nl, en]) => nl.test(u.source) && !en.test(u.target)).map(() => `${u.source} → ${u.target}`));
  assert.deepEqual(wrong, []);
});

// A text's id is made from its Dutch, and one page shares one table of texts: two packages with
// the same Dutch and different English would show whichever package loaded last, on both
// elements (e.g. 'deze kaart' is a card in one and a map in another). One Dutch, one English.
test('one Dutch text has one English text in every package', () => {
  const placeholders = (text) => text.replace(/equiv-text="[^"]*"/g, '');
  const bySource = new Map();
  for (const { file, source, target } of units) {
    const seen = bySource.get(source) ?? new Map();
    seen.set(placeholders(target), file.split(/[\\/]packages[\\/]/)[1].split(/[\\/]/)[0]);
    bySource.set(source, seen);
  }
  const differing = [...bySource].filter(([, targets]) => targets.size > 1).map(([source, targets]) => `${source}: ${[...targets].map(([t, pkg]) => `${pkg} '${t}'`).join(' / ')}`);
  assert.deepEqual(differing, []);
});
