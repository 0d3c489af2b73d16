// Lint that keeps the system honest: TypeScript, Lit templates, Lit accessibility, web-component
// best practice, and project rules (no unsafe HTML, no eval, no network from components).
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

const asText = 'User text is always rendered as text.';

export default tseslint.config(
  { ignores: ['**/dist/**', 'test-pages/**', '**/node_modules/**', 'storybook-static/**', 'packages/*/src/locales/**', 'packages/core/src/generated/**', '**/*.js.map'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  {
    // The shipped sources: Mozilla's no-unsanitized (innerHTML/outerHTML with data, insertAdjacentHTML,
    // document.write, createContextualFragment, …), eval and its relatives, Lit's unsafe directives,
    // a weaker CSP written in code, and no network. The built bundle and loader (third-party code
    // included, which ESLint does not see) are checked by scripts/check-shipped.js.
    files: ['packages/*/src/**/*.ts'],
    plugins: { 'no-unsanitized': noUnsanitized },
    // no-implied-eval looks for the global timers by name: declared here (the code is the browser's).
    languageOptions: { globals: { setTimeout: 'readonly', setInterval: 'readonly', window: 'readonly', globalThis: 'readonly' } },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-imports': ['error', { paths: [
        { name: 'lit/directives/unsafe-html.js', message: asText },
        { name: 'lit/directives/unsafe-svg.js', message: asText },
        { name: 'lit/directives/unsafe-mathml.js', message: asText },
        { name: 'lit/static-html.js', importNames: ['unsafeStatic'], message: asText },
        { name: 'lit', importNames: ['unsafeCSS'], message: 'Styles are static css`` templates and design tokens.' },
        { name: '@lit/localize', importNames: ['msg', 'str'], message: "Import msg and str from '@niet-alleen/core/msg': @lit/localize's own msg is never configured here, so it would always show Dutch." }] }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Components make no network requests.' }, { name: 'XMLHttpRequest', message: 'Components make no network requests.' }, { name: 'WebSocket', message: 'Components make no network requests.' }],
      'no-restricted-syntax': ['error', { selector: 'Literal[value=/unsafe-(inline|eval|hashes)/], TemplateElement[value.raw=/unsafe-(inline|eval|hashes)/]', message: 'No weaker Content Security Policy written in code.' }],
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Render through Lit templates.' }, { property: 'outerHTML', message: 'Render through Lit templates.' }, { object: 'navigator', property: 'sendBeacon', message: 'Components make no network requests.' }],
    },
  },
  {
    // chai assertions read as expressions (expect(x).to.be.true).
    files: ['packages/*/test/**/*.ts', 'packages/*/testing/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Elements are defined through core's guarded defineElement().
      'wc/guard-super-call': 'off',
    },
  },
);
