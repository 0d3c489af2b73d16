// The state of niet-alleen's texts and its msg(): no DOM, no window, so the ./schema entries, whose
// content modules call msg() lazily, stay loadable in Node. localization.ts adds the page's side
// (<html lang>, texts in the markup, setLocale, setTexts).
// eslint-disable-next-line no-restricted-imports -- the one module that wraps @lit/localize's msg and str
import type { msg as litMsg } from '@lit/localize';
import { messageKeyLength, runtimeMsg, str } from './lit-localize-internals.js';

import { sourceLocale, targetLocales } from './generated/locales.js';

/** Dutch is the source locale: every string in the code is Dutch. The list is packages/core/locales.json. */
export { sourceLocale, targetLocales };
export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export const allLocales: readonly Locale[] = [sourceLocale, ...targetLocales];

export type Templates = Record<string, unknown>;

/**
 * Message ids are @lit/localize's 64-bit hashes (`s` or `h` + 16 hex digits). The catalogue keeps
 * only the first {@link messageKeyLength} characters, as the bundle ships them; full-length keys
 * are shortened here.
 */
export const key = (id: string) => id.slice(0, messageKeyLength);

/**
 * The texts of niet-alleen: its own lookup, not @lit/localize's `configureLocalization`, which can
 * run once per page and belongs to the app (docs/developers.md, "Living in someone else's app").
 * One state per page: a second copy of core (a second bundle, another version beside this one)
 * finds the first one's state under {@link registryKey} and acts on it.
 */
interface Localization {
  /** The version of this contract: a copy with another shape registers under another key. */
  readonly contract: 1;
  locale: Locale;
  /** One catalogue per target locale, filled by every package that is loaded. */
  readonly catalogues: Record<string, Templates>;
  /**
   * An organisation's own wording (NL Design System: every built-in text can be replaced), per
   * locale, looked up before the translations; Dutch too, so a Dutch text without an override
   * stays the text in the code.
   */
  overrides: Record<string, Templates>;
  /** Counts the calls of `setTexts`: part of `textsKey`. */
  textsRevision: number;
  /** Copies that found this state already on the page (each warns once). */
  copies: number;
  /**
   * Translations not loaded yet, per target locale: each package registers one loader per locale
   * (its generated src/locales/translations.ts), run once, when that locale is asked for. Optional:
   * an older copy of core on the page made the state without it.
   */
  loaders?: Record<string, Array<() => Promise<Templates>>>;
  /** The loads started, by loader: each runs once per page. */
  loads?: Map<() => Promise<Templates>, Promise<void>>;
  /** The loaders whose load is done (loaded or failed). */
  settled?: WeakSet<() => Promise<Templates>>;
  /** The locale asked for last (`setLocale`, `<html lang>`): `locale` follows once its texts are in. */
  requested?: Locale;
}

const registryKey = Symbol.for('niet-alleen.localization.v1');
const registry = globalThis as { [registryKey]?: Localization };
export const isSecondCopy = registry[registryKey] !== undefined;
export const state: Localization = (registry[registryKey] ??= {
  contract: 1,
  locale: sourceLocale,
  catalogues: {},
  overrides: {},
  textsRevision: 0,
  copies: 0,
});
if (isSecondCopy && state.copies++ === 0) {
  console.warn(
    'niet-alleen is loaded twice on this page (two bundles, or a bundle beside the packages). The elements of the first copy stay; setLocale, setTexts and the texts of the second copy act on the first. Load niet-alleen once.',
  );
}

export function registerTranslations(locale: Exclude<Locale, 'nl'>, templates: Templates): void {
  const catalogue = (state.catalogues[locale] ??= {});
  for (const id of Object.keys(templates)) catalogue[key(id)] = templates[id];
}

const loaders = (state.loaders ??= {});
const loads = (state.loads ??= new Map());
const settled = (state.settled ??= new WeakSet());

/** The locale shown once every load now running is done: the one asked for last. */
export const wantedLocale = (): Locale => state.requested ?? state.locale;

/**
 * Loads every translation registered for `locale` that is not loaded yet (each loader runs once);
 * resolves when they are all in. A loader that fails is reported once and leaves those texts Dutch.
 */
export function loadTranslations(locale: Locale): Promise<void> {
  if (locale === sourceLocale) return Promise.resolve();
  return Promise.all(
    (loaders[locale] ?? []).map((load) => {
      let done = loads.get(load);
      if (!done) {
        done = load()
          .then(
            (templates) => registerTranslations(locale as Exclude<Locale, 'nl'>, templates),
            (error: unknown) => console.error(`niet-alleen: the '${locale}' texts could not be loaded, so they stay Dutch.`, error),
          )
          .finally(() => settled.add(load));
        loads.set(load, done);
      }
      return done;
    }),
  ).then(() => undefined);
}

/** True while texts of the locale asked for are still on their way. */
export function translationsPending(): boolean {
  const locale = wantedLocale();
  return locale !== sourceLocale && (loaders[locale] ?? []).some((load) => !settled.has(load));
}

/**
 * A package's translations, loaded on demand: `load` is called (once) when `locale` is asked for,
 * at once if it already is. Returns when they are in (at once for the locales not asked for).
 */
export function registerTranslationsLoader(locale: Exclude<Locale, 'nl'>, load: () => Promise<Templates>): Promise<void> {
  (loaders[locale] ??= []).push(load);
  return wantedLocale() === locale ? loadTranslations(locale) : Promise.resolve();
}

/** The translations of the active locale, with the organisation's own texts before them. */
const lookup: Templates = new Proxy(
  {},
  {
    get: (_, id) => (typeof id === 'string' ? (state.overrides[state.locale]?.[key(id)] ?? state.catalogues[state.locale]?.[key(id)]) : undefined),
  },
);

/**
 * `msg()` for niet-alleen's own texts: @lit/localize's, with niet-alleen's lookup and locale
 * instead of the page's one configuration. Same type, so `lit-localize extract` finds every call.
 */
export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) => runtimeMsg(lookup as never, template as never, options)) as typeof litMsg;
export { str };
