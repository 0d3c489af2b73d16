/**
 * The app configures @lit/localize first, then imports niet-alleen (issue 22): niet-alleen must
 * not configure @lit/localize again ("lit-localize can only be configured once").
 */
import { configureApp, expectCoexistence } from './app-localize.js';

const app = configureApp();

describe('an app that configures @lit/localize before it imports niet-alleen', () => {
  it('gets niet-alleen’s elements, keeps its own msg() and locale, and niet-alleen keeps following <html lang>', async () => {
    await import('@niet-alleen/signaleringskaart');
    const { setLocale } = await import('@niet-alleen/core');
    await expectCoexistence(app, setLocale);
  });
});
