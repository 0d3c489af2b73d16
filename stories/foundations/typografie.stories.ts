import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { tokensWithPrefix, cssValue, shortName, token } from './token-data.js';

const meta: Meta = {
  title: 'Foundations/Typografie',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Lettertypen, -groottes, -gewichten en regelafstand komen uit de tokens. Zonder thema volgt de tekst het systeemlettertype; een thema zet `--basis-text-font-family-default` en `--basis-heading-font-family`. Groottes staan in rem, zodat de tekst meeschaalt met de instelling van de gebruiker (WCAG 1.4.4).',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const body = `font-family: ${cssValue('--na-font-family-body')}; line-height: ${cssValue('--na-line-height-body')}; color: ${cssValue('--na-color-text')}`;
const row = 'display: grid; grid-template-columns: 14rem 1fr; gap: 1rem; align-items: baseline; padding-block: 0.5rem; border-block-end: 1px solid #d0d5dc';
const meta_ = 'font: 0.8125rem/1.4 system-ui, sans-serif; color: #4a4f57';

export const Lettertypen: Story = {
  render: () => html`<div style=${body}>
    ${tokensWithPrefix('--na-font-family-').map(
      (t) => html`<div style=${row}>
        <div style=${meta_}><strong>${shortName(t)}</strong><br />${t.description}</div>
        <div style="font-family: ${cssValue(t)}; font-size: 1.5rem">Eenzaam ben je niet alleen — 0123456789</div>
      </div>`,
    )}
  </div>`,
};

export const Groottes: Story = {
  render: () => html`<div style=${body}>
    ${tokensWithPrefix('--na-font-size-').map(
      (t) => html`<div style=${row}>
        <div style=${meta_}><strong>${shortName(t)}</strong> · <code>${t.value}</code><br />${t.description}</div>
        <div style="font-size: ${cssValue(t)}">Wie zou u graag vaker zien?</div>
      </div>`,
    )}
  </div>`,
};

export const GewichtEnRegelafstand: Story = {
  name: 'Gewicht en regelafstand',
  render: () => html`<div style=${body}>
    ${[...tokensWithPrefix('--na-font-weight-'), ...tokensWithPrefix('--na-line-height-')].map(
      (t) => html`<div style=${row}>
        <div style=${meta_}><strong>${shortName(t)}</strong> · <code>${t.value}</code><br />${t.description}</div>
        <p style="margin: 0; max-inline-size: 36rem; ${t.type === 'fontWeight' ? `font-weight: ${cssValue(t)}` : `line-height: ${cssValue(t)}`}">
          Een gesprek begint met aandacht. Deze kaart helpt om te zien wat er speelt, zonder te scoren of te oordelen.
        </p>
      </div>`,
    )}
  </div>`,
};

/** The heading scale the primitives use: title (xl), section heading (lg), body (md), description (sm). */
export const Koppen: Story = {
  render: () => html`<div style=${body}>
    <p style="margin: 0 0 0.5rem; font-family: ${cssValue('--na-font-family-heading')}; font-weight: ${cssValue('--na-font-weight-bold')}; line-height: ${cssValue('--na-line-height-heading')}; font-size: ${cssValue(token('--na-font-size-xl'))}">Titel van een instrument (xl)</p>
    <p style="margin: 0 0 0.5rem; font-family: ${cssValue('--na-font-family-heading')}; font-weight: ${cssValue('--na-font-weight-bold')}; line-height: ${cssValue('--na-line-height-heading')}; font-size: ${cssValue(token('--na-font-size-lg'))}">Kop van een sectie (lg)</p>
    <p style="margin: 0 0 0.5rem; font-size: ${cssValue(token('--na-font-size-md'))}">Lopende tekst (md)</p>
    <p style="margin: 0; font-size: ${cssValue(token('--na-font-size-sm'))}; color: ${cssValue('--na-color-text-subtle')}">Beschrijving bij een veld (sm)</p>
  </div>`,
};
