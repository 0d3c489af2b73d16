// Two ways to embed with one <script type="module"> tag, both in packages/niet-alleen/dist:
// - niet-alleen.js, the loader (src/loader.ts): Lit, zod and core, then each package from chunks/
//   when one of its tags appears on the page, and each locale but Dutch when it is asked for;
// - niet-alleen.bundle.js: ONE self-contained ES module (Lit, zod, d3-force, every instrument,
//   both locales) for hosts that must serve one file.
// The plugins below are also used by scripts/size.js, so the sizes it reports are these files'.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { minifyHTMLLiterals } from 'minify-literals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chunkClosure, entryChunk, packageOf } from './scripts/chunks.js';

/**
 * HTML in html``/svg`` literals: whitespace runs collapse to ONE space (never removed, so
 * rendering is unchanged outside `white-space: pre*`, and every pre-wrap element in our templates
 * wraps its binding tightly) and comments go. Nothing else: no attribute, entity or JS rewriting.
 */
export const htmlMinifyOptions = {
  collapseWhitespace: true,
  conservativeCollapse: true,
  removeComments: true,
  caseSensitive: true,
  decodeEntities: false,
  removeEmptyAttributes: false,
  removeAttributeQuotes: false,
  minifyJS: false,
  minifyCSS: false,
};

/** Minifies Lit's css`` literals (lightningcss) and html``/svg`` literals (see htmlMinifyOptions). */
export async function minifyLitLiterals(code, fileName) {
  if (!/(css|html|svg)`/.test(code)) return null;
  const result = await minifyHTMLLiterals(code, { fileName, html: htmlMinifyOptions });
  return result ? { code: result.code, map: result.map } : null;
}

export const litLiterals = () => ({
  name: 'lit-literals',
  // Our sources only: Lit's own modules are already minified for production.
  transform: (code, id) => (id.includes('node_modules') ? null : minifyLitLiterals(code, id)),
});

/**
 * Length of a catalogue key: read from core's one module of @lit/localize internals, where the
 * catalogue takes it from (Node cannot import TypeScript, so the line is read, not imported).
 */
export const messageKeyLengthSource = fileURLToPath(new URL('./packages/core/src/lit-localize-internals.ts', import.meta.url));
export const messageKeyLength = (() => {
  const length = Number(/^export const messageKeyLength = (\d+);$/m.exec(readFileSync(messageKeyLengthSource, 'utf8'))?.[1]);
  if (!(length > 0)) throw new Error(`rollup.config.js: no 'export const messageKeyLength = <n>;' line in ${messageKeyLengthSource}`);
  return length;
})();
const localeModule = /[\\/]packages[\\/][^\\/]+[\\/]src[\\/]locales[\\/][a-z-]+\.ts$/;

/**
 * Shortens the message ids in the generated locale modules (`'s032beee3a01cd440': …`, 64-bit
 * hashes) to their first messageKeyLength characters, which is all core's catalogue looks at.
 * Fails the build if two different ids would share a key. `seen` is shared per build.
 */
export function shortenMessageKeys(code, id, seen = new Map()) {
  if (!localeModule.test(id)) return null;
  let collision;
  const out = code.replace(/^(\s*)'([sh][0-9a-f]{16})':/gm, (_, indent, full) => {
    const short = full.slice(0, messageKeyLength);
    const other = seen.get(short);
    if (other && other !== full) collision ??= `${full} and ${other} share the key ${short}`;
    seen.set(short, full);
    return `${indent}'${short}':`;
  });
  if (collision) throw new Error(`message ids collide: ${collision}; raise messageKeyLength in packages/core/src/lit-localize-internals.ts`);
  return out;
}

export const shortMessageKeys = () => {
  const seen = new Map();
  return {
    name: 'short-message-keys',
    buildStart: () => seen.clear(),
    transform(code, id) {
      const out = shortenMessageKeys(code, id, seen);
      return out === null ? null : { code: out, map: null };
    },
  };
};

/**
 * V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136+; a plain comment
 * elsewhere): V8 compiles every function while the file streams in, on a background thread, instead
 * of each one on the main thread when it is first called. Nearly every function here runs when the
 * file loads and an element first renders. Measured with `npm run bench` (3 × 5 cold loads at 4× CPU
 * throttling, docs/performance.md): the longest task while loading niet-alleen.js 139–159 ms → 90–105 ms.
 */
export const compileHint = '//# allFunctionsCalledOnLoad';

export const terserOptions = { ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false, preamble: compileHint } };

/** The plugins of both outputs (and of scripts/size.js). */
export const plugins = () => [
  // "source" resolves workspace packages to their TypeScript; "production" drops Lit's dev mode.
  nodeResolve({ exportConditions: ['source', 'browser', 'production'], extensions: ['.ts', '.js'] }),
  shortMessageKeys(),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false }),
  litLiterals(),
  terser(terserOptions),
];

/** dist/niet-alleen.bundle.js: everything in one file. */
export const bundleConfig = {
  input: 'packages/niet-alleen/src/index.ts',
  output: {
    file: 'packages/niet-alleen/dist/niet-alleen.bundle.js',
    format: 'es',
    // Hidden: the map (~1.3 MB, every source inlined) is for our own debugging, not published
    // (packages/niet-alleen/package.json `files`), so the bundle names no map that is not there.
    sourcemap: 'hidden',
    inlineDynamicImports: true,
  },
  plugins: plugins(),
};

/**
 * The name of a chunk of the loader: a package's own chunk is named after the package
 * (chunks/netwerkkaart.js; an element registered alone after the element, chunks/interesses-waarden.js),
 * its translations after package and locale (chunks/netwerkkaart.en.js), shared code after its package
 * and first module (chunks/netwerkkaart-schema.js). No hashes: pages that know their tags name the chunks in
 * `<link rel="modulepreload">` (docs/ontwikkelaars/README.md; dist/modulepreload.json lists them);
 * the release's folder is the version.
 */
export function chunkName(chunk) {
  const id = chunk.facadeModuleId ?? '';
  const pkg = packageOf(chunk);
  if (pkg) return pkg;
  const locale = /packages[\\/]([^\\/]+)[\\/]src[\\/]locales[\\/]([a-z-]+)\.ts$/.exec(id);
  if (locale) return `${locale[1]}.${locale[2]}`;
  // Code that several entries of one package share (or that the dossier shares with an instrument):
  // named after that package too ('talentenkaart-schema'), not only after its first module.
  const owner = /packages[\\/]([^\\/]+)[\\/]src[\\/]/.exec(chunk.moduleIds?.find((m) => /packages[\\/][^\\/]+[\\/]src[\\/]/.test(m)) ?? '')?.[1];
  if (owner && owner !== 'core') return chunk.name === owner ? `${owner}-shared` : `${owner}-${chunk.name}`;
  return chunk.name;
}

export const loaderOutput = {
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}.js`,
};

/** The files each package adds to a page, for `<link rel="modulepreload">`: dist/modulepreload.json. */
export const preloadManifest = () => ({
  name: 'modulepreload-manifest',
  generateBundle(_, bundle) {
    const chunks = new Map(Object.values(bundle).filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
    const entry = entryChunk(chunks);
    const first = chunkClosure(chunks, entry.fileName);
    const packages = {};
    for (const chunk of chunks.values()) {
      const pkg = packageOf(chunk);
      if (pkg && !chunk.isEntry) packages[pkg] = [...chunkClosure(chunks, chunk.fileName)].filter((f) => !first.has(f));
    }
    this.emitFile({
      type: 'asset',
      fileName: 'modulepreload.json',
      source: `${JSON.stringify({ 'niet-alleen.js': [...first].filter((f) => f !== entry.fileName), ...packages }, null, 2)}\n`,
    });
  },
});

/** dist/niet-alleen.js, the loader, with dist/chunks/: each package when its tags appear (src/loader.ts). */
export const loaderConfig = {
  input: { 'niet-alleen': 'packages/niet-alleen/src/loader.ts' },
  preserveEntrySignatures: 'allow-extension', // the loader's shared code (Lit, core) may live in the entry file
  output: { ...loaderOutput, dir: 'packages/niet-alleen/dist', sourcemap: 'hidden' },
  plugins: [...plugins(), preloadManifest()],
};

export default [bundleConfig, loaderConfig];
