import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { showcase } from './showcase.js';
import { pageStyle } from '../primitives/page.js';

const meta: Meta = {
  title: 'Thema/Voorbeelden',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** Follows the Thema toolbar (class on <body>). */
export const Standaard: Story = { render: () => html`<div style=${pageStyle}>${showcase('std')}</div>` };

/** Only --basis-* (NL Design System common layer) set by the class .gemeente-rivierstad. */
export const Rivierstad: Story = {
  name: 'Gemeente Rivierstad (--basis-*)',
  render: () => html`<div class="gemeente-rivierstad" style=${pageStyle}>${showcase('riv')}</div>`,
};

/** A dark theme that sets --na-* tokens. */
export const Donker: Story = {
  name: 'Gemeente Duinwijk, donker (--na-*)',
  render: () => html`<div class="gemeente-duinwijk-donker" style=${pageStyle}>${showcase('dui')}</div>`,
};

/** Tokens can be set on any ancestor, also inline: here a purple accent with larger text and round corners. */
export const Inline: Story = {
  name: 'Op één container, zonder stylesheet',
  render: () => html`<div
    style="${pageStyle}; --basis-color-accent-1-color: #5b2a86; --basis-color-accent-1-bg-subtle: #f1e9f8; --na-font-size-md: 1.125rem; --na-border-radius-sm: 999px; --na-border-radius-md: 1.5rem"
  >${showcase('inl')}</div>`,
};
