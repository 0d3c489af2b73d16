/**
 * Every instrument once, filled in with its example, for the accessibility stories (320 px,
 * 200 % text, right to left, forced colours). Each story renders one of these.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@niet-alleen/signaleringskaart';
import '@niet-alleen/reflectors';
import '@niet-alleen/talentenkaart';
import '@niet-alleen/netwerkkaart';
import '@niet-alleen/partnerschapskaart';
import '@niet-alleen/verwijskaart';
import '@niet-alleen/werkwijze';
import { signaleringskaartExample } from '@niet-alleen/signaleringskaart';
import {
  vooroordelenExample, eenzaamheidExample, bekendBesluitenBereikenExample, ondersteuningsvaardighedenExample, feedbackformulierExample,
} from '@niet-alleen/reflectors';
import { talentenkaartExample, talentenkaartGroepExample, interessesWaardenExample } from '@niet-alleen/talentenkaart';
import { netwerkkaartExample } from '@niet-alleen/netwerkkaart';
import { partnerschapskaartExample } from '@niet-alleen/partnerschapskaart';
import { verwijskaartExample } from '@niet-alleen/verwijskaart';
import { persoonlijkPlanExample, werkwijzeExample } from '@niet-alleen/werkwijze';
import { monday } from '../shared/clock.js';

export interface Instrument {
  /** Story export name. */
  key: string;
  /** Story name shown in Storybook. */
  name: string;
  render: () => TemplateResult;
}

export const instruments: Instrument[] = [
  { key: 'Signaleringskaart', name: 'Signaleringskaart', render: () => html`<na-signaleringskaart .value=${signaleringskaartExample}></na-signaleringskaart>` },
  { key: 'ReflectorVooroordelen', name: 'Reflector vooroordelen', render: () => html`<na-reflector-vooroordelen .value=${vooroordelenExample}></na-reflector-vooroordelen>` },
  { key: 'ReflectorEenzaamheid', name: "Reflector 'Voel ik me eenzaam?'", render: () => html`<na-reflector-eenzaamheid .value=${eenzaamheidExample}></na-reflector-eenzaamheid>` },
  { key: 'ReflectorEenzaamheidVergelijking', name: "Reflector 'Voel ik me eenzaam?': vergelijking", render: () => html`<na-reflector-eenzaamheid view="compare" .value=${eenzaamheidExample}></na-reflector-eenzaamheid>` },
  { key: 'BekendBesluitenBereiken', name: 'Reflector Bekend Besluiten Bereiken', render: () => html`<na-reflector-bekend-besluiten-bereiken .value=${bekendBesluitenBereikenExample}></na-reflector-bekend-besluiten-bereiken>` },
  { key: 'Ondersteuningsvaardigheden', name: 'Reflector Ondersteuningsvaardigheden', render: () => html`<na-reflector-ondersteuningsvaardigheden .value=${ondersteuningsvaardighedenExample}></na-reflector-ondersteuningsvaardigheden>` },
  { key: 'Feedbackformulier', name: 'Feedbackformulier', render: () => html`<na-feedbackformulier .value=${feedbackformulierExample}></na-feedbackformulier>` },
  { key: 'Talentenkaart', name: 'Talentenkaart', render: () => html`<na-talentenkaart .value=${talentenkaartExample}></na-talentenkaart>` },
  { key: 'TalentenkaartGroep', name: 'Talentenkaart in de groep', render: () => html`<na-talentenkaart-groep .value=${talentenkaartGroepExample}></na-talentenkaart-groep>` },
  { key: 'InteressesWaarden', name: 'Interesses en waarden', render: () => html`<na-interesses-waarden .value=${interessesWaardenExample}></na-interesses-waarden>` },
  // The list open: these checks (forced colours, right to left, 320 px, 200 % text) cover its table too.
  { key: 'Netwerkkaart', name: 'Netwerkkaart', render: () => html`<na-netwerkkaart list-open .value=${netwerkkaartExample}></na-netwerkkaart>` },
  { key: 'Partnerschapskaart', name: 'Partnerschapskaart', render: () => html`<na-partnerschapskaart .value=${partnerschapskaartExample}></na-partnerschapskaart>` },
  { key: 'Verwijskaart', name: 'Verwijskaart', render: () => html`<na-verwijskaart .value=${verwijskaartExample} .now=${monday()}></na-verwijskaart>` },
  { key: 'VerwijskaartEditor', name: 'Verwijskaart: editor', render: () => html`<na-verwijskaart mode="edit" .value=${verwijskaartExample} .now=${monday()}></na-verwijskaart>` },
  { key: 'PersoonlijkPlan', name: 'Persoonlijk plan', render: () => html`<na-persoonlijk-plan .value=${persoonlijkPlanExample}></na-persoonlijk-plan>` },
  { key: 'Werkwijze', name: 'Werkwijze (dossier)', render: () => html`<na-werkwijze .value=${werkwijzeExample} .now=${monday()}></na-werkwijze>` },
];

/** One instrument as a story (Storybook needs each story as a named export, so the files list them). */
export const instrumentStory = (key: string): StoryObj => {
  const i = instruments.find((x) => x.key === key)!;
  return { name: i.name, render: i.render };
};
