import { html, type TemplateResult } from 'lit';
import { msg } from '@niet-alleen/core/msg';
import type { InstrumentDefinition, VersionedValue } from '@niet-alleen/core';
// The first phase's instruments come with the dossier; the others' packages load when a phase that
// shows them is made (and, after the first render, in the background), so the dossier's first page
// loads one phase, not every instrument (issue 32: ≤ 90 kB with the first phase shown).
import '@niet-alleen/signaleringskaart/define';
import '@niet-alleen/verwijskaart/define';
import type { SignalGroupId } from '@niet-alleen/signaleringskaart';
import type { TalentenkaartValue } from '@niet-alleen/talentenkaart';
import type { NetwerkkaartValue } from '@niet-alleen/netwerkkaart';
import type { PlanContactSuggestion, PlanWishSuggestion } from './plan-schema.js';
import { instrumentDefinitions, type InstrumentKey } from './definitions.js';

/** What the dossier hands to each instrument element it renders. */
export interface ChildContext {
  value: unknown;
  readonly: boolean;
  printPreview: boolean;
  headingLevel: number;
  onChange: (event: Event) => void;
  /** Wishes and contacts found elsewhere in the dossier (for the plan). */
  wishes: PlanWishSuggestion[];
  contacts: PlanContactSuggestion[];
  /** Signal groups marked on the signaleringskaart (for the verwijskaart). */
  signals: SignalGroupId[];
  /** The clock for 'reachable now' on the verwijskaart (null: the device's time). */
  now: Date | null;
  /** A second place of the same instrument (the plan's look-back, the reflector again in phase 6). */
  second: boolean;
}

/** One instrument the dossier knows: its key in `instruments`, its definition and its element. */
export interface Integration {
  key: InstrumentKey;
  /** The workbook section, e.g. '5.3'. */
  section: string;
  title: () => string;
  definition: InstrumentDefinition<VersionedValue>;
  render: (c: ChildContext) => TemplateResult;
  /** Loads the package that defines its element (the same promise each time). */
  load: () => Promise<unknown>;
}

const here = () => Promise.resolve();
const reflectors = () => import('@niet-alleen/reflectors/define');
const talentenkaart = () => import('@niet-alleen/talentenkaart/define/talentenkaart');
const interessesWaarden = () => import('@niet-alleen/talentenkaart/define/interesses-waarden');

const integration = (key: InstrumentKey, section: string, title: () => string, render: Integration['render'], load: Integration['load'] = here): Integration => ({
  key, section, title, render, load, definition: instrumentDefinitions[key],
});

/** Resolves when the elements of these instruments are defined. */
export const loadElements = (list: readonly Integration[]): Promise<unknown> => Promise.all(list.map((i) => i.load()));

/*
 * Each element by its literal tag (no dynamic tag names); common bindings are the same everywhere.
 * Every one is `embedded`: the dossier has the one toolbar, undo history and source line.
 * The verwijskaart is the organisation's card, set by the page: the dossier only shows it.
 * Lit re-sets `.value` on every render of the dossier; the element reads the same object only once
 * (core remembers the last input), so only the child whose value changed validates and renders again.
 */
export const integrations: Integration[] = [
  integration('signaleringskaart', '5.3', () => msg('Signaleringskaart'), (c) => html`<na-signaleringskaart
    .value=${c.value} ?readonly=${c.readonly} ?print-preview=${c.printPreview} heading-level=${c.headingLevel} embedded @na-change=${c.onChange}
  ></na-signaleringskaart>`),
  integration('verwijskaart', '11.5', () => msg('Verwijskaart'), (c) => html`<na-verwijskaart
    .value=${c.value} .signals=${c.signals} .now=${c.now} mode="view"
    ?readonly=${c.readonly} ?print-preview=${c.printPreview} heading-level=${c.headingLevel} embedded @na-change=${c.onChange}
  ></na-verwijskaart>`),
  integration('reflector-vooroordelen', '6.8', () => msg('Reflector vooroordelen over eenzaamheid'), (c) => html`<na-reflector-vooroordelen
    .value=${c.value} ?readonly=${c.readonly} ?print-preview=${c.printPreview} heading-level=${c.headingLevel} embedded @na-change=${c.onChange}
  ></na-reflector-vooroordelen>`, reflectors),
  integration('reflector-eenzaamheid', '6.10', () => msg("Reflector 'Voel ik me eenzaam?'"), (c) => html`<na-reflector-eenzaamheid
    .value=${c.value} ?readonly=${c.readonly} ?print-preview=${c.printPreview} heading-level=${c.headingLevel} embedded @na-change=${c.onChange}
  ></na-reflector-eenzaamheid>`, reflectors),
  integration('reflector-bekend-besluiten-bereiken', '7.5', () => msg('Reflector Bekend Besluiten Bereiken'), (c) => html`<na-reflector-bekend-besluiten-bereiken
    .value=${c.value} ?readonly=${c.readonly} ?print-preview=${c.printPreview} heading-level=${c.headingLevel} embedded @na-change=${c.onChange}
  ></na-reflector-bekend-besluiten-bereiken>`, reflectors),
  integration('feedbackformulier', '7.4', () => msg('Feedbackformulier gespreksvaardigheden'), (c) => html`<na-feedbackformulier
    .value=${c.value} ?readonly=${c.readonly} ?print-preview=${c.printPreview} heading-level=${c.headingLevel} embedded @na-change=${c.onChange}
  ></na-feedbackformulier>`, reflectors),
  integration('talentenkaart', '8.5', () => msg('Mijn talenten en wensen'), (c) => html`<na-talentenkaart
    .value=${c.value} ?readonly=${c.readonly} ?print-preview=${c.printPreview} heading-level=${c.headingLevel} embedded @na-change=${c.onChange}
  ></na-talentenkaart>`, talentenkaart),
  integration('interesses-waarden', '8.6', () => msg('Interesses en waarden'), (c) => html`<na-interesses-waarden
    .value=${c.value} ?readonly=${c.readonly} ?print-preview=${c.printPreview} heading-level=${c.headingLevel} embedded @na-change=${c.onChange}
  ></na-interesses-waarden>`, interessesWaarden),
  integration('netwerkkaart', '8.7', () => msg('Persoonlijke netwerkkaart'), (c) => html`<na-netwerkkaart
    .value=${c.value} ?readonly=${c.readonly} ?print-preview=${c.printPreview} heading-level=${c.headingLevel} embedded @na-change=${c.onChange}
  ></na-netwerkkaart>`, () => import('@niet-alleen/netwerkkaart/define')),
  integration('persoonlijk-plan', '9', () => msg('Persoonlijk plan'), (c) => html`<na-persoonlijk-plan
    .value=${c.value} .wishes=${c.wishes} .contacts=${c.contacts} view=${c.second ? 'terugblik' : 'plan'}
    ?readonly=${c.readonly} ?print-preview=${c.printPreview} heading-level=${c.headingLevel} embedded @na-change=${c.onChange}
  ></na-persoonlijk-plan>`),
  integration('reflector-ondersteuningsvaardigheden', '10.3', () => msg('Reflector Ondersteuningsvaardigheden'), (c) => html`<na-reflector-ondersteuningsvaardigheden
    .value=${c.value} ?readonly=${c.readonly} ?print-preview=${c.printPreview} heading-level=${c.headingLevel} embedded @na-change=${c.onChange}
  ></na-reflector-ondersteuningsvaardigheden>`, reflectors),
];

export const integrationByKey = (key: string) => integrations.find((i) => i.key === key);

/** The two wishes (WENS 1, WENS 2) of a talentenkaart that have text, with stable ids. */
export function wishesOf(talentenkaart: TalentenkaartValue | undefined): PlanWishSuggestion[] {
  if (!talentenkaart) return [];
  return talentenkaart.wishes
    .map((w, i) => ({ id: `wens-${i + 1}`, text: w.wish.trim() }))
    .filter((w) => w.text);
}

/** The people and initiatives on a netwerkkaart; those marked "kan helpen bij" first. */
export function contactsOf(netwerkkaart: NetwerkkaartValue | undefined): PlanContactSuggestion[] {
  if (!netwerkkaart) return [];
  const named = netwerkkaart.contacts.filter((c) => c.name.trim());
  return [...named.filter((c) => c.helpsWith.trim()), ...named.filter((c) => !c.helpsWith.trim())].map((c) => ({ id: c.id, name: c.name }));
}
