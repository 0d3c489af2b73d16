/**
 * The design tokens' JSON is the single source of every element's look: change one token in
 * packages/core/tokens/niet-alleen.tokens.json, build it with Style Dictionary (the server
 * command in scripts/wtr-plugins.js does exactly what `npm run generate` does, on a
 * copy), and every instrument and primitive on the page shows the new value.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { tokenStyles } from '@niet-alleen/core';
import { mount, unmountAll } from '@niet-alleen/core/testing';
import '@niet-alleen/ui';
import '@niet-alleen/signaleringskaart';
import '@niet-alleen/reflectors';
import '@niet-alleen/talentenkaart';
import '@niet-alleen/netwerkkaart';
import '@niet-alleen/partnerschapskaart';
import '@niet-alleen/verwijskaart';
import '@niet-alleen/werkwijze';

const tags = [
  'na-signaleringskaart', 'na-reflector-vooroordelen', 'na-reflector-eenzaamheid', 'na-reflector-bekend-besluiten-bereiken',
  'na-reflector-ondersteuningsvaardigheden', 'na-feedbackformulier', 'na-talentenkaart', 'na-talentenkaart-groep',
  'na-interesses-waarden', 'na-netwerkkaart', 'na-partnerschapskaart', 'na-verwijskaart', 'na-persoonlijk-plan', 'na-werkwijze',
  'na-section', 'na-add-item', 'na-text-field', 'na-checkbox',
];

/**
 * The computed text colour of every rendered element inside the element's shadow trees. Only what
 * is rendered: WebKit keeps reporting the old style for a `display: none` subtree (werkwijze's
 * closed phases) after the sheet changes, and gives the new one as soon as it is shown.
 */
function colours(root: Element): string[] {
  const found: string[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.getClientRects().length > 0) found.push(getComputedStyle(el).color);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root.shadowRoot!);
  return found;
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('design tokens: one change in the JSON restyles every element', () => {
  const sheet = tokenStyles.styleSheet!;
  const original = [...sheet.cssRules].map((r) => r.cssText).join('\n');
  after(() => {
    sheet.replaceSync(original);
    unmountAll();
  });

  it('na.color.text, built from the JSON, is the text colour of every instrument and primitive', async () => {
    const json = await (await fetch('/packages/core/tokens/niet-alleen.tokens.json')).json();
    const before = rgb(json.na.color.text.$value);
    const changed = '#7a1fa2';
    const elements: LitElement[] = [];
    for (const tag of tags) elements.push(await mount<LitElement>(tag, { attributes: { label: 'x', heading: 'x' } }));

    for (const el of elements) expect(colours(el), `${el.localName} before`).to.include(before).and.not.include(rgb(changed));

    const css: string = await executeServerCommand('build-tokens', { path: 'na.color.text', value: changed });
    expect(css).to.include(`--_na-color-text: var(--na-color-text, var(--basis-color-default-color, ${changed}))`);
    sheet.replaceSync(css);

    for (const el of elements) expect(colours(el), `${el.localName} after`).to.include(rgb(changed)).and.not.include(before);
  });
});
