/**
 * Every Foundations, Primitives and Thema story of this package, rendered as Storybook renders
 * it (args, render, locale and theme parameters): axe must report no violations.
 */
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { setLocale } from '@niet-alleen/core';
import { setViewport } from '@web/test-runner-commands';
import * as button from '../../../stories/primitives/button.stories.js';
import * as textField from '../../../stories/primitives/text-field.stories.js';
import * as checkbox from '../../../stories/primitives/checkbox.stories.js';
import * as scale from '../../../stories/primitives/scale.stories.js';
import * as noteCard from '../../../stories/primitives/note-card.stories.js';
import * as section from '../../../stories/primitives/section.stories.js';
import * as toolbar from '../../../stories/primitives/toolbar.stories.js';
import * as addItem from '../../../stories/primitives/add-item.stories.js';
import * as errorSummary from '../../../stories/primitives/error-summary.stories.js';
import * as emptyState from '../../../stories/primitives/empty-state.stories.js';
import * as kleur from '../../../stories/foundations/kleur.stories.js';
import * as typografie from '../../../stories/foundations/typografie.stories.js';
import * as ruimte from '../../../stories/foundations/ruimte.stories.js';
import * as vorm from '../../../stories/foundations/vorm.stories.js';
import * as tokensTable from '../../../stories/foundations/tokens.stories.js';
import * as thema from '../../../stories/foundations/thema.stories.js';

interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
}

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

before(() => setViewport({ width: 1024, height: 3000 }));

const modules = { button, textField, checkbox, scale, noteCard, section, toolbar, addItem, errorSummary, emptyState, kleur, typografie, ruimte, vorm, tokensTable, thema };

for (const module of Object.values(modules) as Record<string, unknown>[]) {
  const meta = module.default as StoryLike & { title: string };
  describe(`stories: ${meta.title}`, function () {
    this.timeout(30000);
    afterEach(async () => {
      document.querySelectorAll('[data-story-root]').forEach((r) => r.remove());
      document.body.className = '';
      document.documentElement.lang = 'nl';
      await setLocale('nl');
    });
    const stories = Object.entries(module).filter(([name, value]) => name !== 'default' && typeof value === 'object' && value);
    it('has stories', () => expect(stories.length).to.be.greaterThan(0));
    for (const [exportName, value] of stories) {
      const story = value as StoryLike;
      it(`${story.name ?? exportName}: no axe violations`, async () => {
        const parameters = { ...meta.parameters, ...story.parameters } as { locale?: string; theme?: string };
        const args = { ...meta.args, ...story.args };
        const renderFn = story.render ?? meta.render!;
        document.documentElement.lang = parameters.locale ?? 'nl';
        await setLocale(parameters.locale ?? 'nl');
        document.body.className = parameters.theme ?? '';
        const root = document.createElement('div');
        root.dataset.storyRoot = '';
        document.body.append(root);
        render(renderFn(args, { args, parameters }), root);
        await settle(root);
        await expect(root).to.be.accessible();
      });
    }
  });
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
