// The all-in-one bundle: dist/niet-alleen.js is ONE self-contained ES module (Lit, zod,
// d3-force, every instrument, both locales) for a plain <script type="module"> tag.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { minifyHTMLLiterals } from 'minify-literals';

/** Minifies the CSS inside Lit's css`` literals (lightningcss via minify-literals); HTML stays as written. */
export const minifyCssLiterals = () => ({
  name: 'minify-css-literals',
  async transform(code, id) {
    if (!code.includes('css`')) return null;
    const result = await minifyHTMLLiterals(code, { fileName: id, html: false });
    return result ? { code: result.code, map: result.map } : null;
  },
});

export default {
  input: 'packages/niet-alleen/src/index.ts',
  output: {
    file: 'packages/niet-alleen/dist/niet-alleen.js',
    format: 'es',
    sourcemap: true,
    inlineDynamicImports: true,
  },
  plugins: [
    // "source" resolves workspace packages to their TypeScript; "production" drops Lit's dev mode.
    nodeResolve({ exportConditions: ['source', 'browser', 'production'], extensions: ['.ts', '.js'] }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false }),
    minifyCssLiterals(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
