// An app with its own @lit/localize, bundled by esbuild from the installed tarballs (issue 22): the app
// calls configureLocalization before it imports niet-alleen (and, on a second page, after). One
// @lit/localize in node_modules serves both, as in a real app. The element must define and render, the
// app's msg() and locale keep working, and niet-alleen's locale follows <html lang>. Run by
// packages.test.js (one shared pack and install).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { sharedConsumer, writeFiles, bundle, serve, dumpDom, pageResult } from '../packing.js';

const configureApp = `const app = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: async () => ({ templates: { 'app-greeting': 'Guten Tag' } }),
});`;

const check = `const result: Record<string, unknown> = {};
try {
  const buttons = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
  const card = document.createElement('na-signaleringskaart');
  document.body.append(card);
  await card.updateComplete;
  result.dutch = buttons(card).includes('Afdrukken');
  await app.setLocale('de');
  result.greeting = msg('Good day', { id: 'app-greeting' });
  await card.updateComplete;
  result.stillDutch = buttons(card).includes('Afdrukken');
  // English is loaded on demand: 'loading' comes first, then 'ready' once its texts are in.
  const switched = new Promise<void>((resolve) => {
    const ready = (event: Event) => {
      const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
      if (detail.status !== 'ready' || detail.readyLocale !== 'en') return;
      window.removeEventListener('lit-localize-status', ready);
      resolve();
    };
    window.addEventListener('lit-localize-status', ready);
  });
  document.documentElement.lang = 'en';
  await switched;
  await card.updateComplete;
  result.english = buttons(card).includes('Print');
  result.appLocale = app.getLocale();
  result.greetingAfter = msg('Good day', { id: 'app-greeting' });
} catch (error) {
  result.error = String(error);
}
document.querySelector('#result')!.textContent = JSON.stringify(result);
`;

const pages = {
  first: `import { configureLocalization, msg } from '@lit/localize';
${configureApp}
await import('@niet-alleen/signaleringskaart');
${check}`,
  after: `import '@niet-alleen/signaleringskaart';
import { configureLocalization, msg } from '@lit/localize';
${configureApp}
${check}`,
};

for (const [order, main] of Object.entries(pages)) {
  test(`an app that configures @lit/localize ${order === 'first' ? 'before' : 'after'} it imports niet-alleen, bundled from the tarballs, renders both languages in Chromium`, async () => {
    const { consumer } = await sharedConsumer();
    writeFiles(consumer, {
      [`src/app-localize-${order}.ts`]: main,
      [`www/app-localize-${order}.html`]: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>app</title></head>
<body><pre id="result"></pre><script type="module" src="app-localize-${order}.js"></script></body></html>`,
    });
    await bundle(consumer, `src/app-localize-${order}.ts`, `www/app-localize-${order}.js`);
    const server = await serve(join(consumer, 'www'));
    try {
      const dom = await dumpDom(`${server.url}/app-localize-${order}.html`);
      const result = pageResult(dom);
      assert.ok(result, dom.slice(0, 500));
      assert.deepEqual(result, { dutch: true, greeting: 'Guten Tag', stillDutch: true, english: true, appLocale: 'de', greetingAfter: 'Guten Tag' });
    } finally {
      await server.close();
    }
  });
}
