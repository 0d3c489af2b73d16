// The one web-test-runner config. Engines (Debian's browsers; npm downloads none here):
//   chromium  every test file and every story (axe + screenshots): /usr/bin/chromium or CHROME_PATH
//   firefox   the cross-engine suites (below): firefox-esr over WebDriver BiDi (puppeteer-core,
//             which @web/test-runner-chrome's launcher is)
//   webkit    the cross-engine suites: WebKitGTK's WebKitWebDriver + MiniBrowser in Xvfb (scripts/webkit-launcher.js)
// ALL_PACKAGE_TESTS=1 runs every package test in Firefox and WebKit too (as before issue 23's CI budget).
// Screenshots are Chromium-only: baselines are engine-specific, and the stories are a Chromium group.
// Which engines run: ENGINES (comma list or 'all'; default chromium). Without --files each engine is
// a group of its own (`--group firefox` picks one); with --files the given files run in every
// engine of ENGINES. `node scripts/test.js` is the usual way in (npm test).
import { existsSync, readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { findChromium } from './scripts/chromium.js';
import { webkitLauncher, webkitAvailable, webkitKnownFailing, narrowestViewport } from './scripts/webkit-launcher.js';
import { totalsReporter } from './scripts/wtr-totals.js';
import { testPages } from './scripts/test-pages.js';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { tokensPlugin, demoProbePlugin, reactPlugin, axTreePlugin, touchPlugin, paperPlugin, timezonePlugin } from './scripts/wtr-plugins.js';
import { forcedColorsPlugin } from './stories/test/forced-colors.plugin.js';
import { samenServerPlugin } from './packages/samen/test/samen-server.plugin.js';

const chromeFlags = [
  '--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--no-first-run',
  '--disable-sync', '--disable-features=Translate,MediaRouter,OptimizationHints',
];

// Policies for the embedding fixture pages (packages/niet-alleen/test/fixtures).
const policies = {
  foundation: "default-src 'self'; script-src 'self'; style-src 'self'",
  strictest:
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
    "require-trusted-types-for 'script'; trusted-types lit-html",
};

// The page every test file runs in. Lit's dev build (the 'development' condition below) prints
// its "dev mode" banner once per page: that one is expected and silenced the supported way.
// Any OTHER Lit warning (change-in-update, class-field-shadowing, …) throws on the page, which
// fails the running test. FC_RUNS (the full property-test count, e.g. 1000) reaches the page here.
// MiniBrowser's window does not get narrower than about 447 CSS px (measured when the WebKit
// launcher starts): tests that need less are declared with itAtWidth() (core/testing) and skipped there.
const testRunnerHtml = (testFramework) => `<!doctype html>
<html>
  <head>
    <script>
      globalThis.__NA_MIN_VIEWPORT = /Chrome|Firefox/.test(navigator.userAgent) ? 0 : ${Number(narrowestViewport) || 0};
      globalThis.__NA_FC_RUNS = ${JSON.stringify(process.env.FC_RUNS ?? '')};
      globalThis.__NA_STORIES = ${JSON.stringify(process.env.STORIES ?? '')};
      globalThis.__NA_SCREENSHOT_SCALE = ${JSON.stringify(process.env.SCREENSHOT_SCALE ?? '')};
      globalThis.litIssuedWarnings = new Set(['dev-mode']);
      (() => {
        const warn = console.warn;
        console.warn = (...args) => {
          warn.apply(console, args);
          const text = args.map(String).join(' ');
          if (!text.includes('lit.dev/msg/')) return;
          const where = new Error().stack;
          queueMicrotask(() => { throw new Error('Lit warning: ' + text + '\\n' + where); });
        };
      })();
    </script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const chromiumPath = findChromium() ?? '/usr/bin/chromium';
const packageTests = readdirSync('packages', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`packages/${d.name}/test`))
  .flatMap((d) => readdirSync(`packages/${d.name}/test`, { recursive: true }).map(String).filter((f) => f.endsWith('.test.ts')).map((f) => `packages/${d.name}/test/${f}`))
  .sort();
const storyTests = ['stories/test/stories.test.ts'];

/**
 * What Firefox and WebKit run (issue 23: CI in half the time, nothing less checked where engines
 * differ): every instrument's shared contract (`*.contract.test.ts`, runInstrumentContractTests),
 * its property and keyboard suites (`*.properties`, `*.keyboard`), and core's own tests (storage,
 * dates, texts, form association, the base class). Chromium alone runs the rest: each
 * instrument's own behaviour, the stories (axe, screenshots), print, touch, the loader and
 * embedding, samen's server, the netwerkkaart's layout checks.
 */
const crossEngineTests = packageTests.filter((f) => f.startsWith('packages/core/') || /\.(contract|keyboard|properties)\.test\.ts$/.test(f));
const otherEngineTests = process.env.ALL_PACKAGE_TESTS === '1' ? packageTests : crossEngineTests;

/** The engines this machine has, each with its launcher and the files it runs. */
export const engines = {
  chromium: {
    available: () => existsSync(chromiumPath),
    launcher: () => chromeLauncher({ launchOptions: { executablePath: chromiumPath, args: chromeFlags } }),
    files: [...packageTests, ...storyTests],
  },
  firefox: {
    available: () => existsSync(firefoxPath),
    // Named for the report: the launcher calls every browser it starts 'Chrome'.
    launcher: () => Object.assign(chromeLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true, args: [] } }), { name: 'Firefox' }),
    files: otherEngineTests,
  },
  webkit: {
    available: webkitAvailable,
    launcher: webkitLauncher,
    files: otherEngineTests.filter((f) => process.env.WEBKIT_ALL || !(f in webkitKnownFailing)),
  },
};
const wanted = (process.env.ENGINES ?? 'chromium').split(',').map((e) => e.trim()).filter(Boolean);
const chosen = (wanted.includes('all') ? Object.keys(engines) : wanted).filter((name) => {
  if (!engines[name]) throw new Error(`ENGINES: no engine '${name}' (chromium, firefox, webkit, all)`);
  if (engines[name].available()) return true;
  console.warn(`${name}: not installed here, left out (scripts/setup.sh installs it)`);
  return false;
});
const launchers = chosen.map((name) => engines[name].launcher());
const narrowed = process.argv.some((a) => a === '--files' || a.startsWith('--files='));

export default {
  // Without --files: one group per engine. With --files: those files in every chosen engine.
  browsers: launchers,
  // A group's files share pages per package where they can (scripts/test-pages.js; TEST_PAGES=0: a page each).
  ...(narrowed
    ? {}
    : {
        groups: chosen.map((name, i) => ({
          name,
          files: process.env.TEST_PAGES === '0' ? engines[name].files : testPages(name, engines[name].files),
          browsers: [launchers[i]],
        })),
      }),
  // Engines run side by side (each its own browser, one test file at a time in each) when
  // CONCURRENT_BROWSERS says so; scripts/test.js sets it.
  concurrentBrowsers: Number(process.env.CONCURRENT_BROWSERS) || 1,
  concurrency: 1,
  // web-test-runner's own report, and its totals per engine as JSON in NA_TOTALS (for scripts/test.js).
  reporters: [defaultReporter(), ...(process.env.NA_TOTALS ? [totalsReporter(process.env.NA_TOTALS)] : [])],

  testRunnerHtml,
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  rootDir: '.',
  middleware: [
    async (context, next) => {
      await next();
      const policy = policies[context.query.csp];
      if (policy && context.path.includes('/test/fixtures/')) context.set('Content-Security-Policy', policy);
    },
  ],
  plugins: [
    tokensPlugin(), // 'build-tokens' command for packages/core/test/tokens.test.ts
    demoProbePlugin(), // docs/demo/index.html?probe for packages/niet-alleen/test/demo.test.ts
    reactPlugin(), // React's CommonJS, for packages/niet-alleen/test/react.test.ts
    forcedColorsPlugin(), // 'emulate-forced-colors' command for the forced-colours stories
    axTreePlugin(), // 'chromium-ax-tree': Chromium's own accessibility tree, beside axe's
    touchPlugin(), // 'touch' command (a finger over CDP) for packages/netwerkkaart/test/netwerkkaart.touch.test.ts
    paperPlugin(), // 'print-pdf' (page count of the A4 print) and 'screenshot' (ink on paper) for the print tests
    samenServerPlugin(), // 'samen-server' command: a y-websocket server on 127.0.0.1 for packages/samen/test
    timezonePlugin(), // 'timezone' command (the page's time zone) for the netwerkkaart's midnight snapshot
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // Screenshots of every story against committed baselines; UPDATE_VISUAL_BASELINE=1 rewrites them.
    visualRegressionPlugin({
      update: process.env.UPDATE_VISUAL_BASELINE === '1',
      baseDir: 'screenshots',
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  // GREP narrows a run to the tests whose title matches (mocha's grep), e.g. GREP=keys: for a full property run of one property.
  testFramework: { config: { timeout: 20000, ...(process.env.GREP ? { grep: process.env.GREP } : {}) } },
  // A full property run (FC_RUNS=1000) of one file can take longer than an hour (werkwijze renders
  // ~2,000 elements per run); the everyday suite keeps the 20-minute guard.
  testsFinishTimeout: (process.env.FC_RUNS ? 4 * 60 : 20) * 60 * 1000,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
};
