// The package tests again in Firefox (Debian firefox-esr), driven by puppeteer-core over
// WebDriver BiDi. Screenshots and the embedding fixture are Chromium-only (baselines are
// engine-specific), so this runs packages/*/test only.
import base from './web-test-runner.config.js';
import { chromeLauncher } from '@web/test-runner-chrome';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export default {
  ...base,
  files: ['packages/*/test/**/*.test.ts'],
  plugins: base.plugins.filter((p) => !String(p.name).includes('visual')),
  // chromeLauncher is puppeteer-core's launcher; with browser: 'firefox' it starts Firefox over BiDi.
  browsers: [chromeLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true, args: [] } })],
};
