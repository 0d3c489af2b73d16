// @custom-elements-manifest/analyzer settings for scripts/analyze.js. One analysis over all
// packages (so members inherited from core's base class resolve); analyze.js splits it.
export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['packages/*/src/locales/**', 'packages/*/src/generated/**', 'packages/niet-alleen/**', 'packages/react/**'],
  outdir: 'node_modules/.cache/cem',
  litelement: true,
  // The root package is private; each package's own package.json already names its manifest.
  packagejson: false,
};
