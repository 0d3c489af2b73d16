// What to benchmark: each element with its example value and one small edit.
import '@niet-alleen/signaleringskaart';
import '@niet-alleen/reflectors';
import '@niet-alleen/verwijskaart';
import '@niet-alleen/talentenkaart';
import '@niet-alleen/partnerschapskaart';
import '@niet-alleen/netwerkkaart';
import '@niet-alleen/werkwijze';
import { persoonlijkPlanExample, werkwijzeExample } from '@niet-alleen/werkwijze';
import { netwerkkaartExample } from '@niet-alleen/netwerkkaart';
import { partnerschapskaartPlenair } from '@niet-alleen/partnerschapskaart';
import { talentenkaartExample, talentenkaartGroepExample, interessesWaardenExample } from '@niet-alleen/talentenkaart';
import { signaleringskaartExample } from '@niet-alleen/signaleringskaart';
import { eenzaamheidExample, vooroordelenExample, bekendBesluitenBereikenExample, ondersteuningsvaardighedenExample, feedbackformulierExample } from '@niet-alleen/reflectors';
import { verwijskaartExample } from '@niet-alleen/verwijskaart';

type Edit = (el: HTMLElement & { value: unknown }, i: number) => void;
export interface BenchEntry {
  tag: string;
  value: unknown;
  edit?: Edit;
}

/** Toggles one item of an array field between two values: a small edit, like one click. */
const toggle = (field: string, item: unknown): Edit => (el) => {
  const value = el.value as Record<string, unknown[]>;
  const list = value[field]!;
  el.value = { ...value, [field]: list.includes(item) ? list.filter((x) => x !== item) : [...list, item] };
};

/** Changes one text field: like typing a character. */
const retitle = (path: (v: Record<string, unknown>, text: string) => Record<string, unknown>): Edit => (el, i) => {
  el.value = path(el.value as Record<string, unknown>, `bewerking ${i}`);
};

export const elements: BenchEntry[] = [
  { tag: 'na-signaleringskaart', value: signaleringskaartExample, edit: toggle('marked', 'hoofdpijn') },
  { tag: 'na-reflector-vooroordelen', value: vooroordelenExample },
  { tag: 'na-reflector-eenzaamheid', value: eenzaamheidExample },
  { tag: 'na-reflector-bekend-besluiten-bereiken', value: bekendBesluitenBereikenExample },
  { tag: 'na-reflector-ondersteuningsvaardigheden', value: ondersteuningsvaardighedenExample },
  { tag: 'na-feedbackformulier', value: feedbackformulierExample },
  { tag: 'na-verwijskaart', value: verwijskaartExample, edit: retitle((v, t) => ({ ...v, title: t })) },
  { tag: 'na-talentenkaart', value: talentenkaartExample },
  { tag: 'na-talentenkaart-groep', value: talentenkaartGroepExample },
  { tag: 'na-interesses-waarden', value: interessesWaardenExample },
  { tag: 'na-partnerschapskaart', value: partnerschapskaartPlenair },
  { tag: 'na-netwerkkaart', value: netwerkkaartExample },
  { tag: 'na-persoonlijk-plan', value: persoonlijkPlanExample },
  { tag: 'na-werkwijze', value: werkwijzeExample },
];
