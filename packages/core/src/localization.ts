import { configureLocalization } from '@lit/localize';

/** Dutch is the source locale: every string in the code is Dutch. */
export const sourceLocale = 'nl';
export const targetLocales = ['en'] as const;
export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export const allLocales: readonly Locale[] = [sourceLocale, ...targetLocales];

type Templates = Record<string, unknown>;

/**
 * Message ids are @lit/localize's 64-bit hashes (`s` or `h` + 16 hex digits). The catalogue keeps
 * only the first {@link messageKeyLength} characters (28 bits): the bundle ships its translation
 * keys shortened to that length (rollup.config.js, which fails the build if two ids would share a
 * key), which saves several kB of incompressible hex; full-length keys are shortened here.
 */
const messageKeyLength = 8;
const key = (id: string) => id.slice(0, messageKeyLength);

/**
 * One catalogue per target locale, filled by every package that is loaded
 * (each package ships its own generated `locales/<locale>.ts`). @lit/localize keeps a
 * reference to the object we hand it, so packages registered later are seen too.
 */
const catalogues: Record<string, Templates> = Object.fromEntries(targetLocales.map((l) => [l, {}]));
const lookups: Record<string, Templates> = Object.fromEntries(
  targetLocales.map((l) => [l, new Proxy(catalogues[l]!, { get: (c, id) => (typeof id === 'string' ? c[key(id)] : undefined) })]),
);

export function registerTranslations(locale: Exclude<Locale, 'nl'>, templates: Templates): void {
  const catalogue = catalogues[locale]!;
  for (const id of Object.keys(templates)) catalogue[key(id)] = templates[id];
}

const { getLocale, setLocale: setLitLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale) => ({ templates: lookups[locale] as never }),
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
