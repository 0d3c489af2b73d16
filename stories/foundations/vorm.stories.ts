import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@niet-alleen/ui';
import { tokensWithPrefix, cssValue, shortName, token } from './token-data.js';

const meta: Meta = {
  title: 'Foundations/Radius, focus en beweging',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Hoeken, randen, de focusrand, schaduw en beweging. De focusrand is dubbel: een donkere rand (`focus`) met een lichte halo (`focus-inverse`) eromheen, zodat hij op elke achtergrond te zien is (WCAG 2.4.7, 2.4.11 en 2.4.13). Beweging is kort en valt weg bij `prefers-reduced-motion: reduce`.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const label = 'font: 0.875rem/1.4 system-ui, sans-serif; color: #1a1a1a';

export const Hoeken: Story = {
  render: () => html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem; ${label}">
    ${tokensWithPrefix('--na-border-radius-').map(
      (t) => html`<div>
        <div aria-hidden="true" style="inline-size: 6rem; block-size: 4rem; border: 2px solid ${cssValue('--na-color-border')}; background: ${cssValue('--na-color-surface')}; border-radius: ${cssValue(t)}"></div>
        <p style="margin: 0.5rem 0 0"><strong>${shortName(t)}</strong> · <code>${t.value}</code><br />${t.description}</p>
      </div>`,
    )}
  </div>`,
};

export const Randen: Story = {
  render: () => html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem; ${label}">
    ${tokensWithPrefix('--na-border-width-').map(
      (t) => html`<div>
        <div aria-hidden="true" style="inline-size: 6rem; block-size: 4rem; border: ${cssValue(t)} solid ${cssValue('--na-color-border')}"></div>
        <p style="margin: 0.5rem 0 0"><strong>${shortName(t)}</strong> · <code>${t.value}</code><br />${t.description}</p>
      </div>`,
    )}
  </div>`,
};

/** The focus ring as drawn by core's base styles; below it, real primitives: press Tab to see it live. */
export const Focus: Story = {
  render: () => html`<div style=${label}>
    <div style="display: flex; gap: 2rem; align-items: center; margin-block-end: 1.5rem">
      <div aria-hidden="true" style="inline-size: 8rem; block-size: 2.75rem; border-radius: 4px; background: ${cssValue('--na-color-background')}; border: 2px solid ${cssValue('--na-color-accent')};
        outline: ${cssValue('--na-focus-outline-width')} solid ${cssValue('--na-color-focus')}; outline-offset: ${cssValue('--na-focus-outline-offset')};
        box-shadow: 0 0 0 calc(${cssValue('--na-focus-outline-offset')} + ${cssValue('--na-focus-outline-width')}) ${cssValue('--na-color-focus-inverse')}"></div>
      <ul style="margin: 0">
        ${['--na-color-focus', '--na-color-focus-inverse', '--na-focus-outline-width', '--na-focus-outline-offset'].map(
          (name) => html`<li><strong>${shortName(token(name))}</strong> · <code>${token(name).value}</code> — ${token(name).description}</li>`,
        )}
      </ul>
    </div>
    <p>Probeer het met Tab:</p>
    <div style="display: flex; flex-wrap: wrap; gap: 1rem; align-items: end">
      <na-button variant="primary">Opslaan</na-button>
      <na-button>Afdrukken</na-button>
      <na-checkbox label="Ik wil gebeld worden"></na-checkbox>
    </div>
  </div>`,
};

export const Schaduw: Story = {
  render: () => html`<div style=${label}>
    ${tokensWithPrefix('--na-elevation-').map(
      (t) => html`<div style="display: flex; gap: 1.5rem; align-items: center">
        <div aria-hidden="true" style="inline-size: 6rem; block-size: 4rem; background: ${cssValue('--na-color-note-1')}; box-shadow: ${cssValue(t)}"></div>
        <p style="margin: 0"><strong>${shortName(t)}</strong> · <code>${t.value}</code><br />${t.description}</p>
      </div>`,
    )}
  </div>`,
};

/** Hover or focus the bar: it moves in --na-motion-duration, or not at all with reduced motion. */
export const Beweging: Story = {
  render: () => html`<div style=${label}>
    <style>
      .sb-motion { inline-size: 6rem; block-size: 2.75rem; background: ${cssValue('--na-color-accent')}; transition: transform ${cssValue('--na-motion-duration')} ease-out; }
      .sb-motion-wrap:hover .sb-motion, .sb-motion-wrap:focus-within .sb-motion { transform: translateX(8rem); }
      @media (prefers-reduced-motion: reduce) { .sb-motion { transition-duration: 0s; } }
    </style>
    <div class="sb-motion-wrap" style="padding-block: 0.5rem">
      <div class="sb-motion" aria-hidden="true"></div>
      <p><strong>${shortName(token('--na-motion-duration'))}</strong> · <code>${token('--na-motion-duration').value}</code> — ${token('--na-motion-duration').description}</p>
      <na-button>Focus mij</na-button>
    </div>
  </div>`,
};
