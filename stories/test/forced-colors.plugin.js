// A web-test-runner plugin with one command, 'emulate-forced-colors': it switches Chromium's
// forced-colors emulation (Windows high contrast) on or off through the DevTools protocol.
// @web/test-runner-commands' emulateMedia passes `forcedColors` only to Playwright, and
// puppeteer's emulateMediaFeatures refuses the feature name, so the stories test needs this.
// Register it in web-test-runner.config.js: `plugins: [forcedColorsPlugin(), …]`.
export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-forced-colors needs Chromium over puppeteer, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const client = await page.createCDPSession();
      const features = [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }];
      // Keep reduced motion, which the stories test also asks for (setEmulatedMedia replaces all features).
      if (payload?.reducedMotion) features.push({ name: 'prefers-reduced-motion', value: payload.reducedMotion });
      await client.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
