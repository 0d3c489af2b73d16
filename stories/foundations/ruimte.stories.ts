import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { tokensWithPrefix, cssValue, shortName, type Token } from './token-data.js';

const meta: Meta = {
  title: 'Foundations/Ruimte',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Ruimte heeft twee richtingen, zoals de logische CSS-eigenschappen: **block** (boven/onder in horizontale tekst) en **inline** (begin/eind van de regel). Zo werkt alles ook van rechts naar links (`dir="rtl"`). Een thema zet `--basis-space-block-*` en `--basis-space-inline-*`.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const scale = (list: Token[], direction: 'block' | 'inline') => html`<div style="font: 0.875rem/1.4 system-ui, sans-serif; color: #1a1a1a">
  ${list.map(
    (t) => html`<div style="display: grid; grid-template-columns: 12rem 5rem 1fr; gap: 1rem; align-items: center; padding-block: 0.375rem">
      <strong>${shortName(t)}</strong><code>${t.value}</code>
      <div aria-hidden="true" style="background: ${cssValue('--na-color-accent')}; ${direction === 'inline' ? `inline-size: ${cssValue(t)}; block-size: 1rem` : `block-size: ${cssValue(t)}; inline-size: 4rem`}"></div>
    </div>`,
  )}
</div>`;

export const Block: Story = { render: () => scale(tokensWithPrefix('--na-space-block-'), 'block') };
export const Inline: Story = { render: () => scale(tokensWithPrefix('--na-space-inline-'), 'inline') };

/** Every interactive target is at least this large (44 px), for a tablet on the kitchen table. */
export const Doelgrootte: Story = {
  name: 'Minimale doelgrootte',
  render: () => html`<div style="font: 0.875rem/1.4 system-ui, sans-serif; display: flex; gap: 1rem; align-items: center">
    <div aria-hidden="true" style="inline-size: ${cssValue('--na-target-size-min')}; block-size: ${cssValue('--na-target-size-min')}; border: 2px dashed ${cssValue('--na-color-accent')}"></div>
    <span><strong>target-size-min</strong> · <code>${tokensWithPrefix('--na-target-size-min')[0]!.value}</code> — ${tokensWithPrefix('--na-target-size-min')[0]!.description}</span>
  </div>`,
};
