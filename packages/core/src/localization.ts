import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

import { sourceLocale, targetLocales } from './generated/locales.js';

/** Dutch is the source locale: every string in the code is Dutch. The list is packages/core/locales.json. */
export { sourceLocale, targetLocales };
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

export function registerTranslations(locale: Exclude<Locale, 'nl'>, templates: Templates): void {
  const catalogue = catalogues[locale]!;
  for (const id of Object.keys(templates)) catalogue[key(id)] = templates[id];
}

/**
 * An organisation's own wording (NL Design System: every built-in text can be replaced), per
 * locale, looked up before the translations. Dutch goes through the same lookup: to @lit/localize
 * the source locale is a private code and 'nl' is a target whose catalogue holds only overrides,
 * so a text without an override stays the Dutch text in the code.
 */
let overrides: Record<Locale, Templates> = Object.fromEntries(allLocales.map((l) => [l, {}])) as Record<Locale, Templates>;
const litSource = 'x-niet-alleen';

const lookup = (locale: Locale): Templates =>
  new Proxy(catalogues[locale] ?? {}, {
    get: (translations, id) => (typeof id === 'string' ? (overrides[locale][key(id)] ?? translations[key(id)]) : undefined),
  });

const lit = configureLocalization({
  sourceLocale: litSource,
  targetLocales: allLocales,
  loadLocale: async (locale) => ({ templates: lookup(locale as Locale) as never }),
});

/** Counts the calls of `setTexts`: part of `textsKey`. */
let textsRevision = 0;

/**
 * Changes whenever the texts may have changed (another locale, or an organisation's own texts from
 * `setTexts`): the key for a cache of anything built from translated texts.
 */
export function textsKey(): string {
  return `${lit.getLocale()} ${textsRevision}`;
}

/** The active locale ('nl' until another one is chosen). */
export function getLocale(): Locale {
  const locale = lit.getLocale();
  return locale === litSource ? sourceLocale : (locale as Locale);
}

/** Picks the supported locale for a BCP 47 tag ('en-GB' → 'en'); Dutch otherwise. */
export function matchLocale(tag: string | null | undefined): Locale {
  // Anything but text (a number, an object from a framework binding) is no locale: Dutch.
  const base = (typeof tag === 'string' ? tag : '').toLowerCase().split('-')[0];
  return (allLocales as readonly string[]).includes(base!) ? (base as Locale) : sourceLocale;
}

/**
 * Switches every niet-alleen element on the page to `locale` (e.g. 'en', 'en-GB', 'nl'). Anything
 * but text is refused: the locale stays as it is and a warning names the input. Never throws.
 */
export function setLocale(locale: string): Promise<void> {
  if (typeof locale !== 'string') {
    console.warn(`niet-alleen: setLocale() needs a language tag such as 'nl' or 'en', not ${typeof locale}; the locale stays '${getLocale()}'.`);
    return Promise.resolve();
  }
  return lit.setLocale(matchLocale(locale));
}

/** "Toegevoegd: {0}" → the strings of str`Toegevoegd: ${…}` and the order of its values. */
function templateParts(text: string): { strings: string[]; order: number[] } {
  const strings: string[] = [];
  const order: number[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{(\d+)\}/g)) {
    strings.push(text.slice(last, m.index));
    order.push(Number(m[1]));
    last = m.index + m[0].length;
  }
  strings.push(text.slice(last));
  return { strings, order };
}

const messageId = /^[sh][0-9a-f]{16}$/;

/**
 * Replaces built-in texts of one locale with an organisation's own: `{ "<Dutch text in the code>":
 * "<your text>" }` (for English too: the key is always the Dutch text, as in `xliff/en.xlf`). A text
 * with values in it is written with numbered places in the order of the Dutch text:
 * `{ "Toegevoegd: {0}": "Erbij gezet: {0}" }`. A message id from the XLIFF (`s…`) works as a key
 * too. Each call replaces the earlier texts of that locale (`setTexts('nl', {})` removes them);
 * the elements on the page re-render at once.
 */
export function setTexts(locale: string, texts: Record<string, string>): void {
  const table: Templates = {};
  try {
    if (typeof locale !== 'string' || typeof texts !== 'object' || texts === null) throw new TypeError('setTexts(locale, texts) needs a language tag and an object of texts');
    for (const [source, text] of Object.entries(texts)) {
      if (typeof text !== 'string') continue;
      const id = messageId.test(source) ? source : generateMsgId(templateParts(source).strings, false);
      const { strings, order } = templateParts(text);
      table[key(id)] = order.length ? { strTag: true, strings, values: order } : text;
    }
  } catch (error) {
    // A getter or Proxy that throws, or no object at all: refused as a whole, the texts stay as they were.
    console.warn('niet-alleen: setTexts() was given texts it cannot read, so the texts stay as they were.', error);
    return;
  }
  overrides = { ...overrides, [matchLocale(locale)]: table };
  textsRevision++;
  window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: lit.getLocale() } }));
}

/**
 * Texts set in the page without JavaScript, read once when niet-alleen loads:
 * `<script type="application/json" data-niet-alleen-texts>{ "nl": { "<Dutch text>": "<your text>" } }</script>`.
 */
function textsFromMarkup(): void {
  if (typeof document === 'undefined') return;
  for (const script of document.querySelectorAll('script[type="application/json"][data-niet-alleen-texts]')) {
    try {
      const byLocale = JSON.parse(script.textContent ?? '') as Record<string, Record<string, string>>;
      for (const [locale, texts] of Object.entries(byLocale)) setTexts(locale, texts);
    } catch (error) {
      console.error('niet-alleen: <script data-niet-alleen-texts> does not hold valid JSON, so the built-in texts stay.', error);
    }
  }
}

/** The initial locale follows `<html lang>`, and keeps following it when the page changes it. */
function followDocumentLanguage(): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  const follow = () => void setLocale(root.lang);
  follow();
  new MutationObserver(follow).observe(root, { attributes: true, attributeFilter: ['lang'] });
}
textsFromMarkup();
followDocumentLanguage();
