// The state of niet-alleen's texts and its msg(): no DOM, no window, so the ./schema entries, whose
// content modules call msg() lazily, stay loadable in Node. localization.ts adds the page's side
// (<html lang>, texts in the markup, setLocale, setTexts).
// eslint-disable-next-line no-restricted-imports -- the one module that wraps @lit/localize's msg and str
import { str, type msg as litMsg } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';

import { sourceLocale, targetLocales } from './generated/locales.js';

/** Dutch is the source locale: every string in the code is Dutch. The list is packages/core/locales.json. */
export { sourceLocale, targetLocales };
export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export const allLocales: readonly Locale[] = [sourceLocale, ...targetLocales];

export type Templates = Record<string, unknown>;

/**
 * Message ids are @lit/localize's 64-bit hashes (`s` or `h` + 16 hex digits). The catalogue keeps
 * only the first {@link messageKeyLength} characters (28 bits): the bundle ships its translation
 * keys shortened to that length (rollup.config.js, which fails the build if two ids would share a
 * key), which saves several kB of incompressible hex; full-length keys are shortened here.
 */
const messageKeyLength = 8;
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
