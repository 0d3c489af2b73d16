/**
 * An app with its own @lit/localize (its own `configureLocalization`, its own `msg()` and
 * locales) and niet-alleen on one page: shared by app-localize-first.test.ts and
 * app-localize-after.test.ts, one page per order (@lit/localize can be configured once per page).
 */
import { expect } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { buttonByText } from '@niet-alleen/core/testing';

type Instrument = HTMLElement & { updateComplete: Promise<unknown> };

/** The app's own setup: English source, German translation, its own message id. */
export function configureApp() {
  return configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['de'],
    loadLocale: async () => ({ templates: { 'app-greeting': 'Guten Tag' } }),
  });
}

const greeting = () => msg('Good day', { id: 'app-greeting' });

/** Everything an app needs from both: the element renders, both locales work and stay apart. */
export async function expectCoexistence(app: ReturnType<typeof configureApp>, setLocale: (locale: string) => Promise<void>) {
  expect(customElements.get('na-signaleringskaart'), 'niet-alleen defined its element').to.exist;
  const kaart = document.createElement('na-signaleringskaart') as Instrument;
  document.body.append(kaart);
  try {
    await kaart.updateComplete;
    expect(buttonByText(kaart, 'Afdrukken')).to.exist;

    // The app's msg() and locale: its translation, and niet-alleen stays Dutch.
    expect(greeting()).to.equal('Good day');
    await app.setLocale('de');
    expect(app.getLocale()).to.equal('de');
    expect(greeting()).to.equal('Guten Tag');
    await kaart.updateComplete;
    expect(buttonByText(kaart, 'Afdrukken')).to.exist;

    // niet-alleen follows <html lang> and its own setLocale; the app keeps its locale.
    // English is loaded on demand: 'loading' first, then 'ready' once the texts are in.
    const switched = new Promise<void>((resolve) =>
      window.addEventListener('lit-localize-status', (e) => (e as CustomEvent<{ status: string }>).detail.status === 'ready' && resolve()),
    );
    document.documentElement.lang = 'en';
    await switched;
    await kaart.updateComplete;
    expect(buttonByText(kaart, 'Print')).to.exist;
    expect(greeting()).to.equal('Guten Tag');
    await setLocale('nl');
    await kaart.updateComplete;
    expect(buttonByText(kaart, 'Afdrukken')).to.exist;
    expect(app.getLocale()).to.equal('de');
  } finally {
    kaart.remove();
    document.documentElement.lang = '';
    await app.setLocale('en');
  }
}
