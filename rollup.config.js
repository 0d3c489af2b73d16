// The all-in-one bundle: dist/niet-alleen.js is ONE self-contained ES module (Lit, zod,
// d3-force, every instrument, both locales) for a plain <script type="module"> tag.
// The plugins below are also used by scripts/size.js, so the sizes it reports are the bundle's.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { minifyHTMLLiterals } from 'minify-literals';

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

/** Length of a catalogue key: must equal messageKeyLength in packages/core/src/texts.ts. */
export const messageKeyLength = 8;
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
  if (collision) throw new Error(`message ids collide: ${collision}; raise messageKeyLength (rollup.config.js and core/src/texts.ts)`);
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

/** dist/niet-alleen.js: everything in one file. */
export const bundleConfig = {
  input: 'packages/niet-alleen/src/index.ts',
  output: {
    file: 'packages/niet-alleen/dist/niet-alleen.js',
    format: 'es',
    // Hidden: the map (~1.3 MB, every source inlined) is for our own debugging, not published
    // (packages/niet-alleen/package.json `files`), so the bundle names no map that is not there.
    sourcemap: 'hidden',
    inlineDynamicImports: true,
  },
  plugins: plugins(),
};

/** Prototype: dist/loader/niet-alleen.js loads each package's chunk when its tags appear (src/loader.ts). */
export const loaderOutput = {
  format: 'es',
  entryFileNames: '[name].js',
  // A package's chunk is named after it (chunks/netwerkkaart-<hash>.js); shared code after its first module.
  chunkFileNames: (chunk) => `chunks/${/packages[\\/]([^\\/]+)[\\/]src[\\/]index\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1] ?? chunk.name}-[hash].js`,
};
export const loaderConfig = {
  input: { 'niet-alleen': 'packages/niet-alleen/src/loader.ts' },
  preserveEntrySignatures: 'allow-extension', // the loader's shared code (Lit, core) may live in the entry file
  output: { ...loaderOutput, dir: 'packages/niet-alleen/dist/loader', sourcemap: 'hidden' },
  plugins: plugins(),
};

export default [bundleConfig, loaderConfig];
