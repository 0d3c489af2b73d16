import { LOCALE_STATUS_EVENT, generateMsgId, messageIdPattern } from './lit-localize-internals.js';
import { isSecondCopy, key, sourceLocale, state, allLocales, loadTranslations, translationsPending, wantedLocale, type Locale, type Templates } from './texts.js';

export { sourceLocale, targetLocales, allLocales, msg, str, registerTranslations, registerTranslationsLoader, type Locale } from './texts.js';

/**
 * Changes whenever the texts may have changed (another locale, or an organisation's own texts from
 * `setTexts`): the key for a cache of anything built from translated texts.
 */
export function textsKey(): string {
  return `${state.locale} ${state.textsRevision}`;
}

/** The active locale ('nl' until another one is chosen). */
export function getLocale(): Locale {
  return state.locale;
}

/** Picks the supported locale for a BCP 47 tag ('en-GB' → 'en'); Dutch otherwise. */
export function matchLocale(tag: string | null | undefined): Locale {
  // Anything but text (a number, an object from a framework binding) is no locale: Dutch.
  const base = (typeof tag === 'string' ? tag : '').toLowerCase().split('-')[0];
  return (allLocales as readonly string[]).includes(base!) ? (base as Locale) : sourceLocale;
}

/**
 * Tells every element that reads texts (@lit/localize's `updateWhenLocaleChanges` and `@localized`
 * listen for this event) to render again. An app's own localized elements re-render too: harmless.
 */
function textsChanged(): void {
  window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: state.locale } }));
}

/**
 * Switches every niet-alleen element on the page to `locale` (e.g. 'en', 'en-GB', 'nl'). Anything
 * but text is refused: the locale stays as it is and a warning names the input. Never throws.
 * Dutch is in every package; another locale's texts are loaded first (one small file per package,
 * once per page): until they are in, the elements keep their texts and then switch in one render,
 * never showing half of each. The promise resolves when the switch is done (or overtaken by a
 * later call).
 */
export function setLocale(locale: string): Promise<void> {
  if (typeof locale !== 'string') {
    console.warn(`niet-alleen: setLocale() needs a language tag such as 'nl' or 'en', not ${typeof locale}; the locale stays '${getLocale()}'.`);
    return Promise.resolve();
  }
  const next = matchLocale(locale);
  state.requested = next;
  const apply = () => {
    if (wantedLocale() !== next || next === state.locale) return;
    state.locale = next;
    textsChanged();
  };
  if (!translationsPending()) {
    apply();
    return Promise.resolve();
  }
  window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'loading', loadingLocale: next } }));
  return loadTranslations(next).then(apply);
}

/**
 * Resolves when the texts of the locale asked for are in (at once when nothing is loading): an
 * element defined while they are on their way waits for them (`defineElement`), so that its first
 * render is already in that locale.
 */
export function textsReady(): Promise<void> {
  return translationsPending() ? loadTranslations(wantedLocale()).then(textsReady) : Promise.resolve();
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
      const id = messageIdPattern.test(source) ? source : generateMsgId(templateParts(source).strings, false);
      const { strings, order } = templateParts(text);
      table[key(id)] = order.length ? { strTag: true, strings, values: order } : text;
    }
  } catch (error) {
    // A getter or Proxy that throws, or no object at all: refused as a whole, the texts stay as they were.
    console.warn('niet-alleen: setTexts() was given texts it cannot read, so the texts stay as they were.', error);
    return;
  }
  state.overrides = { ...state.overrides, [matchLocale(locale)]: table };
  state.textsRevision++;
  textsChanged();
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
// Once per page: a second copy finds the page already read and followed.
if (!isSecondCopy) {
  textsFromMarkup();
  followDocumentLanguage();
}
