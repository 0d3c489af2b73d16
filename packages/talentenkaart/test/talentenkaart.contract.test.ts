/**
 * The shared element contract (core/testing's runInstrumentContractTests) for <na-talentenkaart>: value, events,
 * form, storage, import/export, print, locale. It runs in Chromium, Firefox and WebKit; the
 * instrument's own behaviour (talentenkaart.test.ts) runs in Chromium.
 */
import { runInstrumentContractTests, shadow, type } from '@niet-alleen/core/testing';
import '@niet-alleen/talentenkaart';
import { talentenkaartExample, type TalentenkaartValue } from '@niet-alleen/talentenkaart';

const sample = (): TalentenkaartValue => structuredClone(talentenkaartExample);

runInstrumentContractTests<TalentenkaartValue>({
  tag: 'na-talentenkaart',
  sample,
  edit: (el) => type(shadow(el).querySelector<HTMLInputElement>('#ik-kan-goed-0')!, 'goed luisteren'),
  invalid: [
    { ...sample(), talents: { ...sample().talents, 'ik-kan-goed': 'luisteren' } },
    { ...sample(), talents: { ...sample().talents, 'ik-kan-goed': Array(21).fill('x') } },
    { ...sample(), wishes: [sample().wishes[0]] },
    { ...sample(), date: '12-03-2026' },
    { ...sample(), name: 'x'.repeat(201) },
  ],
  text: { nl: 'Mijn talenten', en: 'My talents' },
});
