// chunkClosure is what a page loads for a chunk: the loader's modulepreload.json (rollup.config.js)
// and the sizes of scripts/size.js both rest on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkClosure, entryChunk, packageOf } from '../chunks.js';

const chunk = (fileName, imports = [], extra = {}) => [fileName, { fileName, imports, dynamicImports: [], ...extra }];
const graph = new Map([
  chunk('niet-alleen.js', ['chunks/lit.js'], { isEntry: true }),
  chunk('chunks/lit.js'),
  chunk('chunks/a.js', ['chunks/lit.js', 'chunks/shared.js'], { facadeModuleId: '/r/packages/a/src/index.ts' }),
  chunk('chunks/b.js', ['chunks/shared.js', 'chunks/a.js'], { facadeModuleId: '/r/packages/b/src/index.ts' }),
  chunk('chunks/shared.js', ['chunks/shared.js']),
]);

test('chunkClosure: a chunk and all it imports statically, each once, even through a cycle', () => {
  assert.deepEqual([...chunkClosure(graph, 'chunks/b.js')], ['chunks/b.js', 'chunks/shared.js', 'chunks/a.js', 'chunks/lit.js']);
  assert.deepEqual([...chunkClosure(graph, 'chunks/lit.js')], ['chunks/lit.js']);
});

test('chunkClosure: given what the page already has, adds only the rest', () => {
  const first = chunkClosure(graph, entryChunk(graph).fileName);
  assert.deepEqual([...first], ['niet-alleen.js', 'chunks/lit.js']);
  const page = chunkClosure(graph, 'chunks/a.js', new Set(first));
  assert.deepEqual([...page].filter((f) => !first.has(f)), ['chunks/a.js', 'chunks/shared.js']);
  assert.deepEqual([...first], ['niet-alleen.js', 'chunks/lit.js'], 'the given set is copied by the caller, not the entry\'s');
});

test('chunkClosure names a chunk that is not in the graph; packageOf reads the package of a facade', () => {
  assert.throws(() => chunkClosure(new Map([chunk('x.js', ['gone.js'])]), 'x.js'), /no chunk gone\.js/);
  assert.equal(packageOf(graph.get('chunks/b.js')), 'b');
  assert.equal(packageOf(graph.get('chunks/shared.js')), undefined);
});
