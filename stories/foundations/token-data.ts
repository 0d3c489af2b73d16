// Helpers for the Foundations pages: everything is derived from core's generated token data
// (packages/core/tokens/niet-alleen.tokens.json → @niet-alleen/core/tokens), never typed twice.
import { LitElement, html, css, nothing } from 'lit';
import { tokens } from '@niet-alleen/core/tokens';

export { tokens };
export type Token = (typeof tokens)[number];

export const tokensOfType = (type: Token['type']): Token[] => tokens.filter((t) => t.type === type);
export const tokensWithPrefix = (prefix: string): Token[] => tokens.filter((t) => t.name.startsWith(prefix));
export function token(name: string): Token {
  const found = tokens.find((t) => t.name === name);
  if (!found) throw new Error(`Unknown token ${name}`);
  return found;
}

/**
 * The same fallback chain core's tokenStyles resolves on every element:
 * --na-* (organisation override) → --basis-* (NL Design System theme) → our default.
 * Used in the light DOM of the docs, so the Thema toolbar changes the swatches too.
 */
export function cssValue(t: Token | string): string {
  const tok = typeof t === 'string' ? token(t) : t;
  return tok.basis ? `var(${tok.name}, var(${tok.basis}, ${tok.value}))` : `var(${tok.name}, ${tok.value})`;
}

/** Short name without the --na- prefix, e.g. color-accent. */
export const shortName = (t: Token) => t.name.replace(/^--na-/, '');

// ——— contrast ———

function parseRgb(value: string): [number, number, number] | null {
  const m = value.match(/rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2.x contrast ratio of two computed colours (rgb()/rgba() strings). */
export function contrastRatio(a: string, b: string): number | null {
  const ca = parseRgb(a);
  const cb = parseRgb(b);
  if (!ca || !cb) return null;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface ContrastPair {
  /** Token name or a literal CSS colour for the foreground. */
  fg: string;
  bg: string;
  /** Where the pair is used. */
  use: string;
  /** 'text' needs 4.5:1 (WCAG 1.4.3), 'ui' needs 3:1 (WCAG 1.4.11). */
  kind: 'text' | 'ui';
}

/** The pairs the primitives really use (see Foundations/Kleur). */
export const pairs: ContrastPair[] = [
  { fg: '--na-color-text', bg: '--na-color-background', use: 'Lopende tekst', kind: 'text' },
  { fg: '--na-color-text-subtle', bg: '--na-color-background', use: 'Beschrijvingen, (verplicht), lege antwoorden', kind: 'text' },
  { fg: '--na-color-text', bg: '--na-color-surface', use: 'Tekst in een sectie', kind: 'text' },
  { fg: '--na-color-text-subtle', bg: '--na-color-surface', use: 'Toelichting in een sectie', kind: 'text' },
  { fg: '--na-color-accent', bg: '--na-color-background', use: 'Secundaire knop, hulpteksten openen', kind: 'text' },
  { fg: '--na-color-accent-text', bg: '--na-color-accent', use: 'Primaire knop', kind: 'text' },
  { fg: '--na-color-text', bg: '--na-color-accent-subtle', use: 'Aangevinkte keuze', kind: 'text' },
  { fg: '--na-color-error', bg: '--na-color-background', use: 'Foutmelding bij een veld', kind: 'text' },
  { fg: '--na-color-error', bg: '--na-color-error-subtle', use: 'Links in de foutsamenvatting', kind: 'text' },
  { fg: '--na-color-success', bg: '--na-color-background', use: 'Bevestiging', kind: 'text' },
  { fg: '--na-color-text', bg: '--na-color-highlight', use: 'Gemarkeerde tekst', kind: 'text' },
  { fg: '--na-color-border', bg: '--na-color-background', use: 'Rand van invoervelden', kind: 'ui' },
  { fg: '--na-color-accent', bg: '--na-color-background', use: 'Rand van knoppen, aangevinkt vakje', kind: 'ui' },
  { fg: '--na-color-focus', bg: '--na-color-background', use: 'Focusrand', kind: 'ui' },
  { fg: '--na-color-focus', bg: '--na-color-focus-inverse', use: 'Focusrand tegen de halo eromheen', kind: 'ui' },
];

const colour = (nameOrLiteral: string) => (nameOrLiteral.startsWith('--') ? cssValue(nameOrLiteral) : nameOrLiteral);

/**
 * One contrast pair: a sample (text, or a border for non-text contrast), the measured ratio
 * of the colours the browser actually resolved (so it follows the Thema toolbar), and AA pass/fail.
 * Story helper only, not part of @niet-alleen/ui.
 */
export class SbContrastPair extends LitElement {
  static override properties = { pair: { attribute: false } };
  static override styles = css`
    :host { display: grid; grid-template-columns: 10rem 1fr auto; gap: 0.75rem; align-items: center; padding-block: 0.5rem; border-block-end: 1px solid #d0d5dc; font: 0.875rem/1.4 system-ui, sans-serif; }
    .sample { padding: 0.5rem 0.75rem; border-radius: 4px; font-weight: 700; min-block-size: 2.75rem; display: flex; align-items: center; }
    .ui { border: 3px solid; }
    code { font-size: 0.8125rem; }
    .verdict { font-weight: 700; white-space: nowrap; }
  `;
  declare pair: ContrastPair;

  protected override render() {
    if (!this.pair) return nothing;
    const { fg, bg, use, kind } = this.pair;
    const needed = kind === 'text' ? 4.5 : 3;
    const sample =
      kind === 'text'
        ? html`<div class="sample" style="color: ${colour(fg)}; background-color: ${colour(bg)}">Aa Voorbeeld</div>`
        : html`<div class="sample ui" style="border-color: ${colour(fg)}; background-color: ${colour(bg)}; color: ${colour(bg)}" aria-hidden="true"></div>`;
    return html`${sample}
      <div><code>${fg.replace(/^--na-/, '')}</code> op <code>${bg.replace(/^--na-/, '')}</code><br />${use}</div>
      <div class="verdict" data-needed=${needed}></div>`;
  }

  /** Measures what the browser resolved after each render (the theme may have changed) and writes the verdict. */
  protected override updated() {
    const sample = this.renderRoot.querySelector<HTMLElement>('.sample');
    const verdict = this.renderRoot.querySelector<HTMLElement>('.verdict');
    if (!sample || !verdict) return;
    const style = getComputedStyle(sample);
    const ratio = contrastRatio(this.pair.kind === 'text' ? style.color : style.borderTopColor, style.backgroundColor);
    const needed = Number(verdict.dataset.needed);
    verdict.textContent = ratio == null ? '' : `${ratio.toFixed(2)} : 1 — ${ratio >= needed ? 'voldoet' : 'te laag'} (AA ≥ ${needed})`;
  }
}
if (!customElements.get('sb-contrast-pair')) customElements.define('sb-contrast-pair', SbContrastPair);

declare global {
  interface HTMLElementTagNameMap {
    'sb-contrast-pair': SbContrastPair;
  }
}
