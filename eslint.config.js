// Lint that keeps the system honest: TypeScript, Lit templates, Lit accessibility, web-component
// best practice, and project rules (no unsafe HTML, no eval, no network from components).
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'storybook-static/**', 'packages/*/src/locales/**', 'packages/core/src/generated/**', '**/*.js.map'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'User text is always rendered as text.' }, { name: 'lit/directives/unsafe-svg.js', message: 'User text is always rendered as text.' }, { name: '@lit/localize', importNames: ['msg', 'str'], message: "Import msg and str from '@niet-alleen/core/msg': @lit/localize's own msg is never configured here, so it would always show Dutch." }] }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Components make no network requests.' }, { name: 'XMLHttpRequest', message: 'Components make no network requests.' }, { name: 'WebSocket', message: 'Components make no network requests.' }],
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
