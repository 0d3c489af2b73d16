import { configureLocalization } from '@lit/localize';

/** Dutch is the source locale: every string in the code is Dutch. */
export const sourceLocale = 'nl';
export const targetLocales = ['en'] as const;
export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export const allLocales: readonly Locale[] = [sourceLocale, ...targetLocales];

type Templates = Record<string, unknown>;

/**
 * One catalogue per target locale, filled by every package that is loaded
 * (each package ships its own generated `locales/<locale>.ts`). @lit/localize keeps a
 * reference to the object we hand it, so packages registered later are seen too.
 */
const catalogues: Record<string, Templates> = Object.fromEntries(targetLocales.map((l) => [l, {}]));

export function registerTranslations(locale: Exclude<Locale, 'nl'>, templates: Templates): void {
  Object.assign(catalogues[locale]!, templates);
}

const { getLocale, setLocale: setLitLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale) => ({ templates: catalogues[locale] as never }),
});

/** Picks the supported locale for a BCP 47 tag ('en-GB' → 'en'); Dutch otherwise. */
export function matchLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').toLowerCase().split('-')[0];
  return (allLocales as readonly string[]).includes(base!) ? (base as Locale) : sourceLocale;
}

/** Switches every niet-alleen element on the page to `locale` (e.g. 'en', 'en-GB', 'nl'). */
export function setLocale(locale: string): Promise<void> {
  return setLitLocale(matchLocale(locale));
}

export { getLocale };

/** The initial locale follows `<html lang>`, and keeps following it when the page changes it. */
function followDocumentLanguage(): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  const follow = () => void setLocale(root.lang);
  follow();
  new MutationObserver(follow).observe(root, { attributes: true, attributeFilter: ['lang'] });
}
followDocumentLanguage();
