import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { tokensOfType, cssValue, shortName, pairs } from './token-data.js';
import './token-data.js';

const meta: Meta = {
  title: 'Foundations/Kleur',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

const page = 'font: 1rem/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; padding: 1rem; max-inline-size: 60rem';

/** Every colour token, read from the token data. The swatch uses the same fallback chain as the elements, so the Thema toolbar changes it. */
export const Kleuren: Story = {
  render: () => html`<div style=${page}>
    <ul style="list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 1rem">
      ${tokensOfType('color').map(
        (t) => html`<li style="border: 1px solid #d0d5dc; border-radius: 8px; overflow: hidden">
          <div style="block-size: 4rem; background-color: ${cssValue(t)}; border-block-end: 1px solid #d0d5dc"></div>
          <div style="padding: 0.5rem 0.75rem; font-size: 0.875rem">
            <strong>${shortName(t)}</strong><br />
            <code>${t.value}</code>${t.basis ? html`<br /><span style="color: #4a4f57">thema: <code>${t.basis}</code></span>` : ''}<br />
            <span style="color: #4a4f57">${t.description}</span>
          </div>
        </li>`,
      )}
    </ul>
  </div>`,
};


/**
 * The pairs the primitives really use, with their measured ratio. Text needs 4.5:1 (WCAG 1.4.3);
 * borders, focus rings and checked states need 3:1 (WCAG 1.4.11). Switch the Thema toolbar to check a theme.
 */
export const Contrastparen: Story = {
  render: () => html`<div style=${page}>
    ${pairs.map((pair) => html`<sb-contrast-pair .pair=${pair}></sb-contrast-pair>`)}
  </div>`,
};

/** Note colours: the text on a note is always #1a1a1a, and the author's name is always written (never colour alone). */
export const Notitiekleuren: Story = {
  render: () => html`<div style=${page}>
    ${tokensOfType('color')
      .filter((t) => t.name.startsWith('--na-color-note-'))
      .map((t) => html`<sb-contrast-pair .pair=${{ fg: '#1a1a1a', bg: t.name, use: t.description, kind: 'text' }}></sb-contrast-pair>`)}
  </div>`,
};
