// The bundle ships translation keys shortened to messageKeyLength characters (rollup.config.js),
// and core's catalogue looks only at that many (packages/core/src/texts.ts). Both take it from
// packages/core/src/lit-localize-internals.ts, and no two message ids of all packages may share a key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { messageKeyLength, messageKeyLengthSource, shortenMessageKeys } from '../../rollup.config.js';

test('rollup.config.js takes the key length from core, and core keys its catalogue on that one constant', () => {
  assert.ok(Number.isInteger(messageKeyLength) && messageKeyLength >= 8, `messageKeyLength is ${messageKeyLength}`);
  assert.match(messageKeyLengthSource, /packages[\\/]core[\\/]src[\\/]lit-localize-internals\.ts$/);
  const texts = readFileSync('packages/core/src/texts.ts', 'utf8');
  assert.match(texts, /import \{[^}]*\bmessageKeyLength\b[^}]*\} from '\.\/lit-localize-internals\.js'/);
  assert.doesNotMatch(texts, /const messageKeyLength =/);
});

test('no two message ids of all packages share a shortened key', () => {
  const seen = new Map();
  let files = 0;
  for (const name of readdirSync('packages')) {
    const file = `packages/${name}/src/locales/en.ts`;
    if (!existsSync(file)) continue;
    files++;
    assert.doesNotThrow(() => shortenMessageKeys(readFileSync(file, 'utf8'), `/x/${file}`, seen), file);
  }
  assert.ok(files >= 2 && seen.size > 100, 'generated locale modules found (run node scripts/generate.js)');
});

test('shortenMessageKeys shortens keys and throws on a collision', () => {
  const id = '/repo/packages/x/src/locales/en.ts';
  const code = "export const templates = {\n  's032beee3a01cd440': `A`,\n'h035af373606ff997': html`B`,\n};";
  assert.equal(shortenMessageKeys(code, id), "export const templates = {\n  's032beee': `A`,\n'h035af37': html`B`,\n};");
  assert.equal(shortenMessageKeys(code, '/repo/packages/x/src/content.ts'), null);
  const clash = "export const templates = {\n's032beee3a01cd440': `A`,\n's032beee000000000': `B`,\n};";
  assert.throws(() => shortenMessageKeys(clash, id), /collide/);
});
