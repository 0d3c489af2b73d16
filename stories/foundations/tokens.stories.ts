import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { tokens, cssValue, type Token } from './token-data.js';

const meta: Meta = {
  title: 'Foundations/Tokens',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

const preview = (t: Token) => {
  const v = cssValue(t);
  switch (t.type) {
    case 'color':
      return html`<span aria-hidden="true" style="display: inline-block; inline-size: 2rem; block-size: 2rem; border: 1px solid #6b7280; background-color: ${v}"></span>`;
    case 'fontFamily':
      return html`<span style="font-family: ${v}">Aa</span>`;
    case 'fontWeight':
      return html`<span style="font-weight: ${v}">Aa</span>`;
    case 'shadow':
      return html`<span aria-hidden="true" style="display: inline-block; inline-size: 2rem; block-size: 2rem; background: #fff3a3; box-shadow: ${v}"></span>`;
    case 'dimension':
      return t.name.includes('font-size')
        ? html`<span style="font-size: ${v}">Aa</span>`
        : t.name.includes('print')
          ? ''
          : html`<span aria-hidden="true" style="display: inline-block; block-size: 0.75rem; inline-size: ${v}; min-inline-size: 1px; background: #0b5cad"></span>`;
    default:
      return '';
  }
};

const cell = 'padding: 0.375rem 0.5rem; border-block-end: 1px solid #d0d5dc; vertical-align: top; text-align: start';

/**
 * Every design token, generated from packages/core/tokens/niet-alleen.tokens.json (DTCG) through
 * `@niet-alleen/core/tokens`. Override a token with its `--na-*` name; a theme that follows the
 * NL Design System sets the `--basis-*` name in the last-but-one column and every element follows.
 */
export const Tabel: Story = {
  name: 'Alle tokens',
  render: () => html`<table style="border-collapse: collapse; font: 0.875rem/1.4 system-ui, sans-serif; color: #1a1a1a; background: #fff; inline-size: 100%">
    <caption style="text-align: start; font-weight: 700; padding-block-end: 0.5rem">${tokens.length} design tokens van niet-alleen</caption>
    <thead>
      <tr>
        <th scope="col" style=${cell}>Token (custom property)</th>
        <th scope="col" style=${cell}>Soort</th>
        <th scope="col" style=${cell}>Standaard</th>
        <th scope="col" style=${cell}>Valt terug op (NL Design System)</th>
        <th scope="col" style=${cell}>Gebruik</th>
        <th scope="col" style=${cell}>Voorbeeld</th>
      </tr>
    </thead>
    <tbody>
      ${tokens.map(
        (t) => html`<tr>
          <th scope="row" style=${cell}><code>${t.name}</code></th>
          <td style=${cell}>${t.type}</td>
          <td style=${cell}><code>${t.value}</code></td>
          <td style=${cell}>${t.basis ? html`<code>${t.basis}</code>` : '—'}</td>
          <td style=${cell}>${t.description}</td>
          <td style=${cell}>${preview(t)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`,
};
