/**
 * Every story of every element, rendered as Storybook renders it (args, render, locale and
 * theme parameters), then (1) axe-core with the WCAG 2.0/2.1/2.2 A and AA rules must report no
 * violation, and (2) its screenshot must match the committed baseline in screenshots/
 * (update deliberately with `UPDATE_VISUAL_BASELINE=1 npm test`).
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { render, type TemplateResult } from 'lit';
import 'axe-core/axe.min.js';
import { setLocale } from '@niet-alleen/core';
import { storyModules } from '../all-stories.generated.js';

interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
  tags?: string[];
}
interface Axe {
  run(context: Element, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const themes = document.createElement('link');
themes.rel = 'stylesheet';
themes.href = '/packages/core/src/generated/themes.css';
document.head.append(themes);

async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = [...root.querySelectorAll('*')].filter((e) => e.localName.includes('-'));
    await Promise.all(elements.map((e) => customElements.whenDefined(e.localName)));
    await Promise.all(elements.map((e) => (e as Element & { updateComplete?: Promise<unknown> }).updateComplete));
    for (const e of elements) if (e.shadowRoot) await settle(e.shadowRoot);
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

before(async () => {
  await emulateMedia({ reducedMotion: 'reduce' });
  await setViewport({ width: 1024, height: 800 });
});

// Top-level await: the story modules load before mocha collects the tests, so each story is its own test.
const loaded = await Promise.all(Object.entries(storyModules).map(async ([file, load]) => [file, (await load()) as Record<string, unknown>] as const));

for (const [file, module] of loaded) {
  const meta = module.default as StoryLike & { title: string; component?: string };
  const stories = Object.entries(module).filter(([name, value]) => name !== 'default' && !name.startsWith('__') && typeof value === 'object' && value);

  describe(`stories: ${meta.title}`, function () {
    this.timeout(60000);
    afterEach(async () => {
      document.querySelectorAll('[data-story-root]').forEach((r) => r.remove());
      document.body.className = '';
      document.documentElement.lang = 'nl';
      await setLocale('nl');
    });

    it('has stories', () => expect(stories.length, file).to.be.greaterThan(0));

    for (const [exportName, value] of stories) {
      const story = value as StoryLike;
      it(`${story.name ?? exportName}: no axe violations, screenshot matches`, async () => {
        const parameters = { ...meta.parameters, ...story.parameters } as { locale?: string; theme?: string; visual?: boolean };
        const args = { ...meta.args, ...story.args };
        const renderFn = story.render ?? meta.render;
        if (!renderFn) throw new Error(`${file} ${exportName}: no render function`);
        document.documentElement.lang = parameters.locale ?? 'nl';
        await setLocale(parameters.locale ?? 'nl');
        document.body.className = parameters.theme ?? '';
        const root = document.createElement('div');
        root.dataset.storyRoot = '';
        root.style.padding = '8px';
        document.body.append(root);
        render(renderFn(args, { args, parameters, id: `${slug(meta.title)}--${slug(exportName)}` }), root);
        await settle(root);

        const { violations } = await (window as unknown as { axe: Axe }).axe.run(root, { runOnly: { type: 'tag', values: wcagTags } });
        expect(
          violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`),
          `${meta.title} / ${exportName}`,
        ).to.deep.equal([]);

        if (parameters.visual !== false) await visualDiff(root, `${slug(meta.title)}--${slug(exportName)}`);
      });
    }
  });
}
