// Fails when built, shipped code could run text as code or as markup:
//   - eval, new Function / Function(), setTimeout/setInterval with a string
//   - innerHTML / outerHTML assigned anything but a string literal; insertAdjacentHTML,
//     document.write(ln), createContextualFragment
//   - Lit's unsafe* directives (unsafeHTML, unsafeSVG, unsafeMathML, unsafeStatic) in the bundle
//   - 'unsafe-inline' / 'unsafe-eval' written in code (a weaker policy)
// What it reads: the built files of packages/niet-alleen/dist — the bundle niet-alleen.bundle.js
// and the loader niet-alleen.js with its chunks/ — which hold third-party code (Lit, zod, d3) as
// shipped. The sources are ESLint's (eslint.config.js: eslint-plugin-no-unsanitized, no-eval,
// no-implied-eval, no-new-func, restricted imports); no kept tool checks a built bundle with
// Lit's one known exception, so this stays ours (issue 23).
//
// That exception, by construction: Lit's template element, whose innerHTML is the template's own
// static strings passed through the 'lit-html' Trusted Types policy
// (`static createElement(html) { const el = document.createElement('template'); el.innerHTML = html; … }`).
//
// Usage: node scripts/check-shipped.js [files…]   (no files: the built bundle and loader; npm test
// builds them first and scripts/test/check-shipped.test.js runs this)
import ts from 'typescript';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const bundlePath = join(root, 'packages/niet-alleen/dist/niet-alleen.bundle.js');
const dist = join(root, 'packages/niet-alleen/dist');
/** The loader and its chunks, when built. */
export function loaderPaths() {
  const entry = join(dist, 'niet-alleen.js');
  if (!existsSync(entry)) return [];
  const chunks = join(dist, 'chunks');
  return [entry, ...(existsSync(chunks) ? readdirSync(chunks).filter((f) => f.endsWith('.js')).map((f) => join(chunks, f)) : [])];
}

const unsafeDirectives = new Set(['unsafeHTML', 'unsafeSVG', 'unsafeMathML', 'unsafeStatic', 'unsafeCSS']);
const htmlSinks = new Set(['innerHTML', 'outerHTML']);
const htmlCalls = new Set(['insertAdjacentHTML', 'createContextualFragment', 'write', 'writeln']);

const isLiteral = (node) => ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
const nameOf = (node) => (ts.isIdentifier(node) ? node.text : ts.isPropertyAccessExpression(node) ? node.name.text : null);

/** True inside a class's `static createElement(…)` method that creates a <template> (Lit's Template). */
function inLitTemplateFactory(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isMethodDeclaration(n) && nameOf(n.name) === 'createElement' && n.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) {
      return /createElement\(\s*["'`]template["'`]\s*\)/.test(n.getText());
    }
  }
  return false;
}

/** Problems in one file's text: `{ line, message }[]`. `bundle` allows Lit's template factory. */
export function checkText(text, fileName, { bundle = false } = {}) {
  const kind = fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const problems = [];
  const report = (node, message) => problems.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, message });

  const visit = (node) => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression;
      const name = nameOf(callee);
      const args = node.arguments ?? [];
      if (name === 'eval' && ts.isCallExpression(node)) report(node, 'eval()');
      if (name === 'Function') report(node, `${ts.isNewExpression(node) ? 'new ' : ''}Function()`);
      if ((name === 'setTimeout' || name === 'setInterval') && args[0] && (isLiteral(args[0]) || ts.isTemplateExpression(args[0]))) report(node, `${name} with a string`);
      if (name && htmlCalls.has(name) && ts.isPropertyAccessExpression(callee)) {
        const target = callee.expression.getText();
        if (name === 'insertAdjacentHTML' || name === 'createContextualFragment' || /(^|\.)document$/.test(target)) report(node, `${target}.${name}()`);
      }
    }
    if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.EqualsToken || node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken)) {
      const left = node.left;
      const sink = ts.isPropertyAccessExpression(left) ? left.name.text : ts.isElementAccessExpression(left) && isLiteral(left.argumentExpression) ? left.argumentExpression.text : null;
      if (sink && htmlSinks.has(sink) && !isLiteral(node.right)) {
        if (!(bundle && inLitTemplateFactory(node))) report(node, `${sink} assigned non-literal data`);
      }
    }
    if (!bundle && ts.isIdentifier(node) && unsafeDirectives.has(node.text)) report(node, `${node.text} (Lit unsafe directive)`);
    if (bundle && isLiteral(node) && unsafeDirectives.has(node.text) && node.text !== 'unsafeCSS') report(node, `${node.text} directive in the bundle`);
    if (isLiteral(node) && /'?unsafe-(inline|eval|hashes)'?/.test(node.text)) report(node, `"${node.text}" in code`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return problems;
}

/** The built bundle and loader files (none before a build). */
export function shippedFiles() {
  return [...(existsSync(bundlePath) ? [bundlePath] : []), ...loaderPaths()];
}

export function checkFiles(files) {
  return files.flatMap((file) =>
    checkText(readFileSync(file, 'utf8'), file, { bundle: file.endsWith('.js') }).map((p) => ({ file: relative(root, file), ...p })),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : shippedFiles();
  const problems = checkFiles(files);
  for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
  if (!files.length) console.error('check-shipped: nothing built yet (run npm run build)');
  console.log(`check-shipped: ${files.length} files, ${problems.length} problem(s)`);
  process.exit(problems.length || !files.length ? 1 : 0);
}
