/**
 * The shared element contract (core/testing's runInstrumentContractTests) for <na-talentenkaart-groep>: value, events,
 * form, storage, import/export, print, locale. It runs in Chromium, Firefox and WebKit; the
 * instrument's own behaviour (talentenkaart-groep.test.ts) runs in Chromium.
 */
import { runInstrumentContractTests } from '@niet-alleen/core/testing';
import '@niet-alleen/talentenkaart';
import { talentenkaartGroepExample, type NaTalentenkaartGroep, type TalentenkaartGroepValue } from '@niet-alleen/talentenkaart';
import { addPerson } from './helpers.js';

const sample = (): TalentenkaartGroepValue => structuredClone(talentenkaartGroepExample);

runInstrumentContractTests<TalentenkaartGroepValue>({
  tag: 'na-talentenkaart-groep',
  sample,
  edit: async (el) => {
    await addPerson(el as NaTalentenkaartGroep, 'Anna');
  },
  invalid: [
    { ...sample(), people: [sample().people[0], sample().people[0]] },
    { ...sample(), people: [{ ...sample().people[0], wishes: [] }] },
    { ...sample(), actions: [{ id: 'a', text: 1, who: '', needs: '' }] },
  ],
  text: { nl: 'Welke wensen worden gedeeld?', en: 'Which wishes are shared?' },
});
