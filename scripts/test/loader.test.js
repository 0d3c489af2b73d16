// The per-element loader (packages/niet-alleen/src/loader.ts) must know every element: its tag
// list is compared with the tags in every package's custom-elements.json (generated). Not samen's:
// @niet-alleen/samen is opt-in (configureSamen), never loaded by a tag on the page.
const optIn = new Set(['samen']);
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';

test('loader.ts lists every tag of every package, each once', () => {
  const source = readFileSync('packages/niet-alleen/src/loader.ts', 'utf8');
  const listed = [...source.matchAll(/'(na-[a-z-]+)'/g)].map((m) => m[1]);
  const defined = [];
  for (const name of readdirSync('packages').filter((n) => !optIn.has(n))) {
    const file = `packages/${name}/custom-elements.json`;
    if (!existsSync(file)) continue;
    for (const mod of JSON.parse(readFileSync(file, 'utf8')).modules) {
      for (const d of mod.declarations ?? []) if (d.tagName) defined.push(d.tagName);
    }
  }
  assert.ok(defined.length > 10, 'custom-elements.json found (node scripts/generate.js writes them)');
  assert.deepEqual([...listed].sort(), [...new Set(listed)].sort(), 'a tag is listed twice');
  assert.deepEqual([...listed].sort(), [...defined].sort());
});
