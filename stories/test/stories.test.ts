/**
 * Every story of every element, rendered as Storybook renders it (args, render, decorators,
 * beforeEach with its cleanup, locale, theme and viewport), then (1) axe-core with the WCAG
 * 2.0/2.1/2.2 A and AA rules must report no violation, and (2) its screenshot must match the
 * committed baseline in screenshots/ (update deliberately with `UPDATE_VISUAL_BASELINE=1 npm test`).
 *
 * Parameters the test honours besides `locale` and `theme`:
 * - Storybook's viewport: `parameters.viewport.options[key].styles` with `globals.viewport.value = key`
 *   sets the browser's viewport (e.g. 320 px wide for reflow, SC 1.4.10);
 * - `forcedColors: 'active'` emulates Windows high contrast (needs the `emulate-forced-colors`
 *   command of stories/test/forced-colors.plugin.js in the runner; without it the story is skipped
 *   and says so);
 * - `reflow: true` checks that nothing sticks out sideways or is cut off (`overflowing`);
 * - `focusWalk: n` tabs through the first n tab stops and checks each one shows a focus
 *   indicator of ≥ 2 px (in forced colours only outlines survive, box-shadows do not).
 * `globalThis.__NA_STORIES` (a text; set by the runner's page) runs only the story files whose
 * path or title contains it.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { render, type TemplateResult } from 'lit';
import 'axe-core/axe.min.js';
import { setLocale } from '@niet-alleen/core';
import { storyModules } from '../all-stories.generated.js';
import { overflowing, sendKey, deepActiveElement, isInside, expectFocusVisible } from '../../packages/core/testing/keyboard.js';

type Cleanup = () => unknown;
type Decorator = (story: () => unknown, context: unknown) => unknown;
interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  globals?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
  decorators?: Decorator[];
  beforeEach?: (context: unknown) => unknown;
  tags?: string[];
}
interface Parameters {
  locale?: string;
  theme?: string;
  visual?: boolean;
  viewport?: { options?: Record<string, { styles?: { width?: string; height?: string } }> };
  forcedColors?: 'active';
  reflow?: boolean;
  focusWalk?: number;
}
interface Axe {
  run(context: Element, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
}

// Stories show today's date (a reflector's first filling, an empty dossier's dates): the page's
// clock starts on a fixed day and runs on from there, so screenshots do not change daily while
// timers and debounces still see time pass.
const RealDate = Date;
const clockOffset = new RealDate('2026-11-23T10:00:00').getTime() - RealDate.now();
globalThis.Date = class extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length) super(...(args as [number]));
    else super(RealDate.now() + clockOffset);
  }
  static override now(): number {
    return RealDate.now() + clockOffset;
  }
} as DateConstructor;

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const themes = document.createElement('link');
themes.rel = 'stylesheet';
themes.href = '/packages/core/src/generated/themes.css';
document.head.append(themes);

/** Every custom element under `root`, through shadow roots. */
function customElementsIn(root: ParentNode): (Element & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean })[] {
  const found: Element[] = [];
  for (const e of root.querySelectorAll('*')) {
    if (e.localName.includes('-')) found.push(e);
    if (e.shadowRoot) found.push(...customElementsIn(e.shadowRoot));
  }
  return found;
}

/**
 * Waits until the story has rendered: every custom element (nested ones too) defined and updated,
 * then a frame; at least three rounds, and more while an update is still pending (an element that
 * measures itself renders again after a frame). One pass over all elements per round: waiting a
 * frame per shadow root (as before) made a story with nested instruments wait dozens of frames.
 */
async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const elements = customElementsIn(root);
    await Promise.all(elements.map((e) => customElements.whenDefined(e.localName)));
    await Promise.all(elements.map((e) => e.updateComplete));
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    if (round >= 2 && !customElementsIn(root).some((e) => e.isUpdatePending)) return;
  }
}

/**
 * Parts with `content-visibility: auto` (the netwerkkaart's list, an instrument's summary) are not
 * rendered while they are off screen; how far the browser got when the photo is taken depended on the
 * machine's load (the list came out blank now and then), and axe measured target sizes against parts
 * not laid out. For axe and the photo they are rendered; returns what puts them back.
 */
function renderSkipped(root: ParentNode): () => void {
  const undo: (() => void)[] = [];
  const walk = (node: ParentNode) => {
    for (const e of node.querySelectorAll<HTMLElement>('*')) {
      if (getComputedStyle(e).contentVisibility === 'auto') {
        const before = e.style.contentVisibility;
        e.style.contentVisibility = 'visible';
        undo.push(() => (e.style.contentVisibility = before));
      }
      if (e.shadowRoot) walk(e.shadowRoot);
    }
  };
  walk(root);
  return () => undo.forEach((put) => put());
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/**
 * Screenshots are taken at half the CSS pixel density (deviceScaleFactor 0.5): a quarter of the
 * pixels, so the baselines stay small in git, and still every change of layout, colour or spacing
 * of a few px shows. Layout is in CSS px and does not change with it; the story root is what is
 * photographed (cropped to the element, not the page).
 */
const scale = Number((globalThis as { __NA_SCREENSHOT_SCALE?: string }).__NA_SCREENSHOT_SCALE) || 0.5;
const defaultViewport = { width: 1024, height: 800, deviceScaleFactor: scale };

/** The viewport a story asks for through Storybook's viewport globals and options. */
function viewportOf(globals: Record<string, unknown>, parameters: Parameters): { width: number; height: number; deviceScaleFactor: number } | null {
  const key = (globals.viewport as { value?: string } | undefined)?.value;
  const styles = key ? parameters.viewport?.options?.[key]?.styles : undefined;
  if (!styles?.width) return null;
  return { width: parseInt(styles.width, 10), height: parseInt(styles.height ?? '800', 10), deviceScaleFactor: scale };
}

/** Switches forced colours on or off; false when this runner cannot emulate them. */
async function forcedColors(active: boolean): Promise<boolean> {
  try {
    await executeServerCommand('emulate-forced-colors', { active, reducedMotion: 'reduce' });
  } catch {
    return false;
  }
  return matchMedia('(forced-colors: active)').matches === active;
}

async function axeViolations(root: Element): Promise<string[]> {
  const { violations } = await (window as unknown as { axe: Axe }).axe.run(root, { runOnly: { type: 'tag', values: wcagTags } });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

/** Tabs from just before `root` through its first `stops` tab stops; each must show a ≥ 2 px indicator. */
async function walkFocus(root: HTMLElement, stops: number): Promise<number> {
  const start = document.createElement('button');
  start.textContent = 'Begin';
  root.before(start);
  start.focus();
  let seen = 0;
  try {
    for (; seen < stops; seen++) {
      await sendKey('Tab');
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
      if (!isInside(deepActiveElement(), root)) break;
      expectFocusVisible(`tab stop ${seen + 1}`, root);
    }
  } finally {
    start.remove();
  }
  return seen;
}

before(async () => {
  await emulateMedia({ reducedMotion: 'reduce' });
  await setViewport(defaultViewport);
});

describe('stories test: the checks can fail', () => {
  afterEach(() => document.querySelectorAll('[data-self-test]').forEach((r) => r.remove()));

  it('axe reports a button without a name and an image without alt text', async () => {
    const root = document.createElement('div');
    root.dataset.selfTest = '';
    root.innerHTML = '<button></button><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';
    document.body.append(root);
    const ids = (await axeViolations(root)).map((v) => v.split(':')[0]);
    expect(ids).to.include.members(['button-name', 'image-alt']);
  });

  it('the reflow check reports content wider than the page', async () => {
    const root = document.createElement('div');
    root.dataset.selfTest = '';
    root.innerHTML = '<p style="inline-size: 3000px">breed</p><p style="overflow: hidden; inline-size: 50px; white-space: nowrap">afgekapte tekst die niet past</p>';
    document.body.append(root);
    const problems = overflowing(root);
    expect(problems.some((p) => p.includes('sideways')), problems.join('; ')).to.equal(true);
    expect(problems.some((p) => p.includes('cuts off')), problems.join('; ')).to.equal(true);
  });
});

const only = (globalThis as { __NA_STORIES?: string }).__NA_STORIES ?? '';

// Top-level await: the story modules load before mocha collects the tests, so each story is its own test.
const loaded = await Promise.all(Object.entries(storyModules).map(async ([file, load]) => [file, (await load()) as Record<string, unknown>] as const));

for (const [file, module] of loaded) {
  const meta = module.default as StoryLike & { title: string; component?: string };
  if (only && !file.includes(only) && !meta.title.includes(only)) continue;
  const stories = Object.entries(module).filter(([name, value]) => name !== 'default' && !name.startsWith('__') && typeof value === 'object' && value);

  describe(`stories: ${meta.title}`, function () {
    this.timeout(60000);
    let cleanups: Cleanup[] = [];
    let emulated: { viewport: boolean; forcedColors: boolean } = { viewport: false, forcedColors: false };
    afterEach(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
      cleanups = [];
      document.querySelectorAll('[data-story-root]').forEach((r) => r.remove());
      document.body.className = '';
      document.documentElement.lang = 'nl';
      await setLocale('nl');
      if (emulated.viewport) await setViewport(defaultViewport);
      if (emulated.forcedColors) await forcedColors(false);
      emulated = { viewport: false, forcedColors: false };
    });

    it('has stories', () => expect(stories.length, file).to.be.greaterThan(0));

    for (const [exportName, value] of stories) {
      const story = value as StoryLike;
      it(`${story.name ?? exportName}: no axe violations, screenshot matches`, async function () {
        const parameters = { ...meta.parameters, ...story.parameters } as Parameters;
        const args = { ...meta.args, ...story.args };
        const renderFn = story.render ?? meta.render;
        if (!renderFn) throw new Error(`${file} ${exportName}: no render function`);
        if (parameters.forcedColors === 'active') {
          emulated.forcedColors = true;
          if (!(await forcedColors(true))) {
            // Visible in the report as skipped, never as passed.
            console.warn(`${meta.title} / ${exportName}: skipped, this runner cannot emulate forced colours (register stories/test/forced-colors.plugin.js)`);
            this.skip();
          }
        }
        const globals = { ...meta.globals, ...story.globals };
        const viewport = viewportOf(globals, parameters);
        if (viewport) {
          emulated.viewport = true;
          await setViewport(viewport);
        }
        document.documentElement.lang = parameters.locale ?? 'nl';
        await setLocale(parameters.locale ?? 'nl');
        document.body.className = parameters.theme ?? '';
        const context = { args, parameters, globals, id: `${slug(meta.title)}--${slug(exportName)}` };
        for (const hook of [meta.beforeEach, story.beforeEach]) {
          const cleanup = await hook?.(context);
          if (typeof cleanup === 'function') cleanups.push(cleanup as Cleanup);
        }
        const root = document.createElement('div');
        root.dataset.storyRoot = '';
        root.style.padding = '8px';
        document.body.append(root);
        // Decorators as Storybook applies them: the story's own innermost, then the component's.
        let storyFn = (): unknown => renderFn(args, context);
        for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
          const inner = storyFn;
          storyFn = () => decorator(inner, context);
        }
        render(storyFn(), root);
        await settle(root);
        // Parts off screen (content-visibility: auto) are checked and photographed as they are shown
        // once scrolled to: laid out.
        const putBack = renderSkipped(root);
        await new Promise((r) => requestAnimationFrame(() => r(undefined)));

        expect(await axeViolations(root), `${meta.title} / ${exportName}`).to.deep.equal([]);
        if (parameters.reflow) expect(overflowing(root), `${meta.title} / ${exportName}: reflow`).to.deep.equal([]);
        if (parameters.focusWalk) expect(await walkFocus(root, parameters.focusWalk), 'tab stops checked').to.be.greaterThan(0);

        if (parameters.visual !== false) await visualDiff(root, `${slug(meta.title)}--${slug(exportName)}`);
        putBack();
      });
    }
  });
}
