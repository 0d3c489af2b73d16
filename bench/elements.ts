// What to benchmark: each element with its example value (the edit is found by bench/harness.ts).
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

export interface BenchEntry {
  tag: string;
  value: unknown;
  /** Attributes for the interaction benchmark (the verwijskaart is edited in its editor). */
  editAttributes?: Record<string, string>;
}

export const elements: BenchEntry[] = [
  { tag: 'na-signaleringskaart', value: signaleringskaartExample },
  { tag: 'na-reflector-vooroordelen', value: vooroordelenExample },
  { tag: 'na-reflector-eenzaamheid', value: eenzaamheidExample },
  { tag: 'na-reflector-bekend-besluiten-bereiken', value: bekendBesluitenBereikenExample },
  { tag: 'na-reflector-ondersteuningsvaardigheden', value: ondersteuningsvaardighedenExample },
  { tag: 'na-feedbackformulier', value: feedbackformulierExample },
  { tag: 'na-verwijskaart', value: verwijskaartExample, editAttributes: { mode: 'edit' } },
  { tag: 'na-talentenkaart', value: talentenkaartExample },
  { tag: 'na-talentenkaart-groep', value: talentenkaartGroepExample },
  { tag: 'na-interesses-waarden', value: interessesWaardenExample },
  { tag: 'na-partnerschapskaart', value: partnerschapskaartPlenair },
  { tag: 'na-netwerkkaart', value: netwerkkaartExample },
  { tag: 'na-persoonlijk-plan', value: persoonlijkPlanExample },
  { tag: 'na-werkwijze', value: werkwijzeExample },
];
