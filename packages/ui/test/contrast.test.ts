/**
 * The Kleur page's contrast pairs, measured in the browser: every pair passes AA in each theme.
 * (axe over every Foundations and Primitives story is the story sweep's, stories/test/stories.test.ts,
 * which renders every story with axe and a screenshot; this file ran the same axe sweep a second time.)
 */
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as kleur from '../../../stories/foundations/kleur.stories.js';

const themes = document.createElement('link');
themes.rel = 'stylesheet';
themes.href = '/stories/themes/themes.css';
document.head.append(themes);

async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = [...root.querySelectorAll('*')].filter((e) => e.localName.includes('-'));
    await Promise.all(elements.map((e) => (e as Element & { updateComplete?: Promise<unknown> }).updateComplete));
    for (const e of elements) if (e.shadowRoot) await settle(e.shadowRoot);
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}

describe('contrast pairs measured on the Kleur page', () => {
  afterEach(() => document.querySelectorAll('[data-story-root]').forEach((r) => r.remove()));
  for (const theme of ['', 'gemeente-rivierstad', 'gemeente-duinwijk-donker']) {
    it(`all pass AA in theme "${theme || 'standaard'}"`, async () => {
      document.body.className = theme;
      const root = document.createElement('div');
      root.dataset.storyRoot = '';
      document.body.append(root);
      render((kleur.Contrastparen.render as () => TemplateResult)(), root);
      await settle(root);
      await settle(root);
      const verdicts = [...root.querySelectorAll('sb-contrast-pair')].map((p) => p.shadowRoot!.querySelector('.verdict')!.textContent!);
      expect(verdicts).to.have.length(15);
      expect(verdicts.filter((v) => !v.includes('voldoet'))).to.deep.equal([]);
      document.body.className = '';
    });
  }
});
