// A web-test-runner launcher for WebKit: Debian's WebKitGTK (webkit2gtk-driver: WebKitWebDriver and
// MiniBrowser) over plain W3C WebDriver, in a virtual X display (Xvfb). No npm download of a browser.
// Why not @web/test-runner-webdriver (tried 2026-12, see docs/testing.md): its commands branch for
// 'webdriver' has no key down/up, no key combinations ('Shift+Tab' is typed as text) and no
// setViewport, and it keeps one browser session for the whole run; this launcher is what is left.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export const webkitDriver = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const miniBrowser = process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const xvfb = '/usr/bin/Xvfb';
export const webkitAvailable = () => [webkitDriver, miniBrowser, xvfb].every((p) => existsSync(p));

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function untilUp(url, tries = 100) {
  for (let i = 0; i < tries; i++) {
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not start at ${url}`);
}

// W3C WebDriver key codes for the key names tests use (Puppeteer's names, as sendKeys takes them).
const keyCodes = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
  Escape: '\uE00C', Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Insert: '\uE016',
  Delete: '\uE017', Meta: '\uE03D',
};
const keyCode = (name) => keyCodes[name] ?? name;

/**
 * A web-test-runner BrowserLauncher for WebKitGTK: a fresh browser session for every test file
 * (a long-lived MiniBrowser grew past 1.5 GB here and was lost on a smaller CI machine, failing
 * every file after it), and a fresh WebKitWebDriver when the old one has gone. It presents itself
 * as type 'puppeteer' with a small page object (keyboard, mouse, setViewport) done with W3C
 * WebDriver actions, so @web/test-runner-commands' sendKeys, sendMouse and setViewport work
 * unchanged (their 'webdriver' branch has no key down/up).
 */
/** The narrowest viewport MiniBrowser allows, in CSS px: measured when the launcher starts. */
export let narrowestViewport = 0;

export function webkitLauncher() {
  const children = [];
  let display;
  let driverProcess;
  let driver;
  let session;
  const active = new Set();
  const call = async (method, path, body) => {
    const res = await fetch(`${driver}/session/${session}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await res.json();
    if (json.value?.error) throw new Error(`WebDriver ${path}: ${json.value.error} ${json.value.message}`);
    return json.value;
  };
  const startDriver = async () => {
    const port = await freePort();
    // Software rendering: there is no GPU in CI, and the DMA-BUF renderer is the usual cause of
    // WebKitGTK crashes without one.
    const env = { ...process.env, DISPLAY: display, WEBKIT_DISABLE_DMABUF_RENDERER: '1', LIBGL_ALWAYS_SOFTWARE: '1' };
    driverProcess = spawn(webkitDriver, [`--port=${port}`], { stdio: 'ignore', env });
    driver = `http://127.0.0.1:${port}`;
    await untilUp(driver);
  };
  const newSession = async () => {
    const res = await fetch(`${driver}/session`, {
      method: 'POST',
      signal: AbortSignal.timeout(60_000),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] } } } }),
    });
    const json = await res.json();
    if (!json.value?.sessionId) throw new Error(`No WebKit session: ${JSON.stringify(json)}`);
    return json.value.sessionId;
  };
  const closeSession = async () => {
    const old = session;
    session = undefined;
    if (old) await fetch(`${driver}/session/${old}`, { method: 'DELETE', signal: AbortSignal.timeout(10_000) }).catch(() => {});
  };
  /**
   * Runs `step` in the current browser session (opening one if there is none). When that fails —
   * the browser was lost, or the driver has gone or hangs — it runs once more with a new
   * WebKitWebDriver and a new browser. The one place where the launcher recovers.
   */
  const withSession = async (what, step = async () => {}) => {
    try {
      session ??= await newSession();
      return await step();
    } catch (error) {
      console.error(`WebKit: ${error.message}; ${what} again, with a new WebKitWebDriver and browser`);
      await closeSession();
      driverProcess?.kill();
      await startDriver();
      session = await newSession();
      return step();
    }
  };
  const actions = (list) => call('POST', '/actions', { actions: list });
  const keys = (steps) => actions([{ type: 'key', id: 'keyboard', actions: steps }]);
  const pointer = (steps) => actions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: steps }]);
  const button = (name) => ({ left: 0, middle: 1, right: 2 })[name ?? 'left'] ?? 0;
  const move = (x, y) => ({ type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' });
  const page = {
    keyboard: {
      type: (text) => keys([...text].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }])),
      press: (key) => {
        const combo = key.length > 1 && key.includes('+') ? key.split('+') : [key];
        return keys([...combo.map((k) => ({ type: 'keyDown', value: keyCode(k) })), ...[...combo].reverse().map((k) => ({ type: 'keyUp', value: keyCode(k) }))]);
      },
      down: (key) => keys([{ type: 'keyDown', value: keyCode(key) }]),
      up: (key) => keys([{ type: 'keyUp', value: keyCode(key) }]),
    },
    mouse: {
      move: (x, y) => pointer([move(x, y)]),
      click: (x, y, options = {}) => pointer([move(x, y), { type: 'pointerDown', button: button(options.button) }, { type: 'pointerUp', button: button(options.button) }]),
      down: (options = {}) => pointer([{ type: 'pointerDown', button: button(options.button) }]),
      up: (options = {}) => pointer([{ type: 'pointerUp', button: button(options.button) }]),
      reset: () => call('DELETE', '/actions'),
    },
    async setViewport({ width, height }) {
      const inner = await call('POST', '/execute/sync', { script: 'return [innerWidth, innerHeight]', args: [] });
      const rect = await call('GET', '/window/rect');
      await call('POST', '/window/rect', { width: width + (rect.width - inner[0]), height: height + (rect.height - inner[1]) });
    },
    emulateMediaFeatures() {
      throw new Error('emulateMedia is not available in the WebKit run (WebDriver has no media emulation)');
    },
    emulateMediaType() {
      throw new Error('emulateMedia is not available in the WebKit run (WebDriver has no media emulation)');
    },
  };
  return {
    name: 'WebKit',
    type: 'puppeteer',
    getPage: () => page,
    async initialize() {
      display = `:${90 + Math.floor(Math.random() * 9)}`;
      children.push(spawn(xvfb, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
      await startDriver();
      // One session up front, so a WebKit that cannot start fails here rather than per file. It
      // measures how narrow MiniBrowser's viewport can get (its window has a minimum width), then
      // closes: each test file starts in a fresh window.
      narrowestViewport = await withSession('starting', async () => {
        await call('POST', '/window/rect', { width: 200, height: 800 });
        return call('POST', '/execute/sync', { script: 'return innerWidth', args: [] });
      });
      console.log(`WebKit: the narrowest viewport is ${narrowestViewport} px; tests that need less are skipped`);
      await closeSession();
    },
    async stop() {
      await closeSession();
      driverProcess?.kill();
      for (const child of children.reverse()) child.kill();
    },
    async startSession(id, url) {
      active.add(id);
      await withSession(`loading ${url}`, () => call('POST', '/url', { url }));
    },
    isActive: (id) => active.has(id),
    getBrowserUrl: () => '',
    async startDebugSession() {
      throw new Error('Debugging is not supported in the WebKit run');
    },
    async stopSession(id) {
      active.delete(id);
      await closeSession();
      return {};
    },
  };
}

/**
 * Test files that fail in WebKit for reasons outside this run's reach, left out of the WebKit group
 * (WEBKIT_ALL=1 runs them too). Seen with WebKitGTK 2.50.6 (Debian 12):
 */
export const webkitKnownFailing = {
  // WebKitGTK's date field takes no typed digits over WebDriver (value stays empty, whatever the format).
  'packages/talentenkaart/test/talentenkaart.keyboard.test.ts': 'the date field cannot be typed into',
};
