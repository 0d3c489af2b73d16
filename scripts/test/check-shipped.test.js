// The shipped-code checks catch what they must: ESLint on the sources (eslint.config.js) and
// scripts/check-shipped.js on the built bundle and loader. npm test builds the bundle before this runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { checkText, checkFiles, bundlePath, loaderPaths } from '../check-shipped.js';

const problems = (code, options) => checkText(code, 'x.ts', options).map((p) => p.message);

test('finds eval, new Function and string timers', () => {
  assert.deepEqual(problems('eval(userText);'), ['eval()']);
  assert.deepEqual(problems('const f = new Function("a", body);'), ['new Function()']);
  assert.deepEqual(problems('globalThis.Function("return 1")();'), ['Function()']);
  assert.deepEqual(problems('setTimeout("run()", 10);'), ['setTimeout with a string']);
  assert.deepEqual(problems('setTimeout(() => run(), 10);'), []);
});

test('finds innerHTML with data, HTML-writing calls and unsafe directives; allows literals', () => {
  assert.deepEqual(problems('el.innerHTML = value.name;'), ['innerHTML assigned non-literal data']);
  assert.deepEqual(problems('el["outerHTML"] += `<b>${x}</b>`;'), ['outerHTML assigned non-literal data']);
  assert.deepEqual(problems('el.innerHTML = "";'), []);
  assert.deepEqual(problems('el.insertAdjacentHTML("beforeend", x);'), ['el.insertAdjacentHTML()']);
  assert.deepEqual(problems('document.write(x);'), ['document.write()']);
  assert.deepEqual(problems('import { unsafeHTML } from "lit/directives/unsafe-html.js";'), ['unsafeHTML (Lit unsafe directive)']);
  assert.deepEqual(problems('const csp = "script-src \'unsafe-inline\'";'), [`"script-src 'unsafe-inline'" in code`]);
  assert.deepEqual(problems('// a comment about unsafeHTML and eval( is fine\nconst a = 1;'), []);
});

test("allows only Lit's own template factory in the bundle", () => {
  const lit = 'class T { static createElement(e, t) { const n = d.createElement("template"); return n.innerHTML = e, n; } }';
  assert.deepEqual(problems(lit, { bundle: true }), []);
  assert.deepEqual(problems(lit), ['innerHTML assigned non-literal data']);
  assert.deepEqual(problems('class T { static createElement(e) { const n = d.createElement("div"); n.innerHTML = e; } }', { bundle: true }), ['innerHTML assigned non-literal data']);
  assert.deepEqual(problems('x.directiveName = "unsafeHTML";', { bundle: true }), ['unsafeHTML directive in the bundle']);
});

test('ESLint refuses the same in the sources (no-unsanitized, eval, unsafe directives, a weaker CSP)', async () => {
  const eslint = new ESLint();
  const rulesHit = async (code) => {
    const [result] = await eslint.lintText(code, { filePath: 'packages/core/src/probe.ts' });
    return [...new Set(result.messages.map((m) => m.ruleId))].sort();
  };
  assert.deepEqual(await rulesHit('export const f = (el: Element, v: string) => { el.insertAdjacentHTML("beforeend", v); };\n'), ['no-unsanitized/method']);
  assert.deepEqual(await rulesHit('export const f = (el: Element, v: string) => { el.innerHTML = v; };\n'), ['no-restricted-properties', 'no-unsanitized/property']);
  assert.deepEqual(await rulesHit('export const f = (v: string) => eval(v);\n'), ['no-eval']);
  assert.deepEqual(await rulesHit('export const f = (v: string) => new Function(v);\n'), ['no-new-func']);
  assert.deepEqual(await rulesHit('export const f = () => setTimeout("run()", 1);\n'), ['no-implied-eval']);
  assert.deepEqual(await rulesHit('export { unsafeHTML } from "lit/directives/unsafe-html.js";\nimport { unsafeHTML as u } from "lit/directives/unsafe-html.js";\nexport const x = u;\n'), ['no-restricted-imports']);
  assert.deepEqual(await rulesHit('import { unsafeCSS } from "lit";\nexport const s = unsafeCSS("a");\n'), ['no-restricted-imports']);
  assert.deepEqual(await rulesHit('export const csp = "script-src \'unsafe-inline\'";\n'), ['no-restricted-syntax']);
  assert.deepEqual(await rulesHit('export const f = (el: Element) => { el.textContent = "ok"; };\n'), []);
});

test('the built bundle passes, and it is really checked (Lit template factory present)', { skip: !existsSync(bundlePath) && 'no bundle: run npm run build' }, () => {
  assert.match(readFileSync(bundlePath, 'utf8'), /innerHTML/);
  assert.deepEqual(checkFiles([bundlePath]), []);
});

test('the built loader and every chunk pass (Lit\'s template factory is in one of them)', { skip: !existsSync(bundlePath) && 'no bundle: run npm run build' }, () => {
  const files = loaderPaths();
  assert.ok(files.length > 5, 'the loader and its chunks');
  assert.ok(files.some((f) => /innerHTML/.test(readFileSync(f, 'utf8'))));
  assert.deepEqual(checkFiles(files), []);
});
