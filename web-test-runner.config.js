// Every test runs in real headless Chromium (Debian's /usr/bin/chromium, or CHROME_PATH).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { findChromium } from './scripts/chromium.js';
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
const testRunnerHtml = (testFramework) => `<!doctype html>
<html>
  <head>
    <script>
      globalThis.__NA_FC_RUNS = ${JSON.stringify(process.env.FC_RUNS ?? '')};
      globalThis.__NA_STORIES = ${JSON.stringify(process.env.STORIES ?? '')};
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

export default {
  files: ['packages/*/test/**/*.test.ts', 'stories/test/**/*.test.ts'],
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
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium() ?? '/usr/bin/chromium', args: chromeFlags },
    }),
  ],
  concurrency: 1,
  concurrentBrowsers: 1,
  // GREP narrows a run to the tests whose title matches (mocha's grep), e.g. GREP=keys: for a full property run of one property.
  testFramework: { config: { timeout: 20000, ...(process.env.GREP ? { grep: process.env.GREP } : {}) } },
  // A full property run (FC_RUNS=1000) of one file can take longer than an hour (werkwijze renders
  // ~2,000 elements per run); the everyday suite keeps the 20-minute guard.
  testsFinishTimeout: (process.env.FC_RUNS ? 4 * 60 : 20) * 60 * 1000,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
};
