/**
 * The shared element contract (core/testing's runInstrumentContractTests) for <na-persoonlijk-plan>: value, events,
 * form, storage, import/export, print, locale. It runs in Chromium, Firefox and WebKit; the
 * instrument's own behaviour (persoonlijk-plan.test.ts) runs in Chromium.
 */
import { runInstrumentContractTests, shadow, type } from '@niet-alleen/core/testing';
import '@niet-alleen/werkwijze';
import { persoonlijkPlanExample, type PersoonlijkPlanValue } from '@niet-alleen/werkwijze';

const sample = (): PersoonlijkPlanValue => structuredClone(persoonlijkPlanExample);
const field = (el: Element, id: string) => shadow(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;

runInstrumentContractTests<PersoonlijkPlanValue>({
  tag: 'na-persoonlijk-plan',
  sample,
  edit: (el) => type(field(el, 'goal'), 'Weer eens naar de markt'),
  invalid: [
    { ...sample(), goal: 'x'.repeat(2_001) },
    { ...sample(), steps: [{ id: 's', text: 42 }] },
    { ...sample(), lookBacks: [{ id: 'l', date: 'volgende week', answers: sample().lookBacks[0]!.answers }] },
    { ...sample(), helpers: [{ id: 'h', name: 'Ans' }] },
  ],
  text: { nl: 'Terugblikken en vooruitblikken', en: 'Looking back and looking ahead' },
});
