/**
 * niet-alleen is imported first, then the app configures @lit/localize (issue 22): the app's
 * `configureLocalization` must not find it already configured.
 */
import '@niet-alleen/signaleringskaart';
import { setLocale } from '@niet-alleen/core';
import { configureApp, expectCoexistence } from './app-localize.js';

describe('an app that configures @lit/localize after it imported niet-alleen', () => {
  it('configures it, keeps its own msg() and locale, and niet-alleen keeps following <html lang>', async () => {
    const app = configureApp();
    await expectCoexistence(app, setLocale);
  });
});
