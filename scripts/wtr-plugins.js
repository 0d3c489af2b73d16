// Test-server plugins for web-test-runner.config.js.
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRollup } from '@web/dev-server-rollup';
import commonjs from '@rollup/plugin-commonjs';
import { buildTokenStyles } from './tokens.js';

const source = 'packages/core/tokens/niet-alleen.tokens.json';

/**
 * A server command for packages/core/test/tokens.test.ts: builds the token stylesheet with
 * Style Dictionary from a copy of the DTCG JSON with one token changed and returns the CSS,
 * so a browser test can prove that one JSON edit restyles every instrument.
 */
export function tokensPlugin() {
  return {
    name: 'niet-alleen-tokens',
    async executeCommand({ command, payload }) {
      if (command !== 'build-tokens') return undefined;
      const json = JSON.parse(readFileSync(source, 'utf8'));
      const token = payload.path.split('.').reduce((node, key) => node?.[key], json);
      if (!token || !('$value' in token)) throw new Error(`no token ${payload.path}`);
      token.$value = payload.value;
      const dir = mkdtempSync(join(tmpdir(), 'na-tokens-'));
      try {
        writeFileSync(join(dir, 'tokens.json'), JSON.stringify(json));
        await buildTokenStyles({ source: join(dir, 'tokens.json'), buildPath: `${dir}/` });
        const module = readFileSync(join(dir, 'tokens.styles.ts'), 'utf8');
        return /css`([\s\S]*)`;/.exec(module)[1];
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Serves docs/demo/index.html as it is, but with `?probe` the CSP probe of the embedding test
 * goes in as the first script, so packages/niet-alleen/test/demo.test.ts can see violations and
 * errors that happen while the page loads.
 */
export function demoProbePlugin() {
  return {
    name: 'niet-alleen-demo-probe',
    transform(context) {
      if (context.path !== '/docs/demo/index.html' || !context.URL.searchParams.has('probe')) return undefined;
      const probe = '<script src="/packages/core/testing/csp-probe.js"></script>';
      return { body: String(context.body).replace('<script type="module"', `${probe}\n    <script type="module"`) };
    },
  };
}

/**
 * React ships CommonJS only: converted to ES modules for packages/niet-alleen/test/react.test.ts,
 * which runs the React recipe of docs/ontwikkelaars. Nothing of ours is CommonJS.
 */
export const reactPlugin = () =>
  fromRollup(commonjs)({ strictRequires: false, requireReturnsDefault: 'preferred', include: ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'] });

/**
 * The test's Chromium page with `feature` (a method of puppeteer's Page, or `accessibility`), or a
 * clear error the test turns into a skip. The WebKit launcher also presents itself as 'puppeteer'
 * with a small page object, so the type alone does not tell.
 */
function chromiumPage(session, command, feature) {
  const page = session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : undefined;
  if (page?.[feature] === undefined) throw new Error(`${command} needs Chromium over puppeteer, not ${session.browser.name ?? session.browser.type}`);
  return page;
}

/**
 * 'chromium-ax-tree': Chromium's own accessibility tree of the test page, every node (puppeteer's
 * snapshot with `interestingOnly: false`), as `{ role, name, children }`. axe-core computes roles
 * and names by the specifications (core/testing/keyboard.ts `axTree`); this is what the browser
 * itself hands a screen reader, CSS generated content included. Chromium only: elsewhere it throws.
 */
export function axTreePlugin() {
  const strip = (node) => ({ role: node.role, name: node.name ?? '', children: (node.children ?? []).map(strip) });
  return {
    name: 'chromium-ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'chromium-ax-tree') return undefined;
      const page = chromiumPage(session, command, 'accessibility');
      return strip(await page.accessibility.snapshot({ interestingOnly: false }));
    },
  };
}

/**
 * A server command 'touch' for Chromium (puppeteer): a finger on the page through the DevTools
 * protocol (Emulation.setTouchEmulationEnabled + Input.dispatchTouchEvent), so a test sees what a
 * tablet does — the browser's own gesture handling, pointercancel and scrolling included, which
 * synthetic PointerEvents skip. Payload: { type: 'start' | 'move' | 'end', x, y } in CSS px of the
 * viewport, or `points: [[x, y], …]` for several fingers at once (a pinch). Other browsers: the
 * command throws, and the test skips itself.
 *
 * 'wheel' does the same for a mouse wheel or a trackpad: { x, y, deltaY, ctrl } (Ctrl held, as a
 * trackpad's pinch sends it) through Input.dispatchMouseEvent.
 */
export function touchPlugin() {
  const clients = new WeakMap();
  return {
    name: 'niet-alleen-touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch' && command !== 'wheel') return undefined;
      const page = chromiumPage(session, command, 'createCDPSession');
      let state = clients.get(page);
      if (!state) {
        state = { client: await page.createCDPSession(), touch: false };
        clients.set(page, state);
      }
      const { client } = state;
      if (command === 'wheel') {
        const { x, y, deltaY, ctrl = false } = payload;
        await client.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x, y, deltaX: 0, deltaY, modifiers: ctrl ? 2 : 0 });
        return true;
      }
      if (!state.touch) {
        await client.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
        state.touch = true;
      }
      const type = { start: 'touchStart', move: 'touchMove', end: 'touchEnd' }[payload.type];
      if (!type) throw new Error(`touch: unknown type ${payload.type}`);
      const points = payload.points ?? [[payload.x, payload.y]];
      const touchPoints = payload.type === 'end' ? [] : points.map(([x, y], i) => ({ x, y, id: i + 1, radiusX: 4, radiusY: 4, force: 1 }));
      await client.send('Input.dispatchTouchEvent', { type, touchPoints });
      return true;
    },
  };
}

/**
 * Paper, as the browser prints it (puppeteer; other runners throw and the test skips itself):
 * - 'print-pdf' prints the test page to an A4 PDF (print media, 12 mm margins as print.ts sets)
 *   and returns `{ pages }`, the number of pages in it (NA_PDF_OUT=<file> also writes the PDF, to look at);
 * - 'screenshot' returns a PNG (base64) of `clip` in CSS px of the viewport, as the page is
 *   drawn now (under emulateMedia({ media: 'print' }) that is the print layout), for a test that
 *   counts the ink in it.
 */
export function paperPlugin() {
  return {
    name: 'niet-alleen-paper',
    async executeCommand({ command, payload, session }) {
      if (command !== 'print-pdf' && command !== 'screenshot') return undefined;
      const page = chromiumPage(session, command, 'pdf');
      if (command === 'screenshot') return Buffer.from(await page.screenshot({ clip: payload.clip, type: 'png' })).toString('base64');
      const bytes = Buffer.from(await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true }));
      if (process.env.NA_PDF_OUT) writeFileSync(process.env.NA_PDF_OUT, bytes);
      const pdf = bytes.toString('latin1');
      // Each page is one '/Type /Page' object ('/Type /Pages' is the tree above them).
      return { pages: (pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length };
    },
  };
}

/**
 * A server command 'timezone' for Chromium (puppeteer): the page's time zone, e.g.
 * { id: 'Europe/Amsterdam' }, so a test with a fixed clock sees the local day a person there sees
 * (the netwerkkaart's snapshot at 00:30, issue 23). Other browsers: the command throws, and the
 * test skips itself.
 */
export function timezonePlugin() {
  return {
    name: 'niet-alleen-timezone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'timezone') return undefined;
      await chromiumPage(session, command, 'emulateTimezone').emulateTimezone(payload.id);
      return true;
    },
  };
}
