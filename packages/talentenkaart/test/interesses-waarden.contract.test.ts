/**
 * The shared element contract (core/testing's runInstrumentContractTests) for <na-interesses-waarden>: value, events,
 * form, storage, import/export, print, locale. It runs in Chromium, Firefox and WebKit; the
 * instrument's own behaviour (interesses-waarden.test.ts) runs in Chromium.
 */
import { runInstrumentContractTests, shadow } from '@niet-alleen/core/testing';
import '@niet-alleen/talentenkaart';
import { interessesWaardenExample, type InteressesWaardenValue } from '@niet-alleen/talentenkaart';

const sample = (): InteressesWaardenValue => structuredClone(interessesWaardenExample);
const entry = { text: '', mark: 'leuk', value: '', meaning: '', qualities: '' };

runInstrumentContractTests<InteressesWaardenValue>({
  tag: 'na-interesses-waarden',
  sample,
  edit: (el) => shadow(el).querySelector<HTMLButtonElement>('#interest-tuinieren')!.click(),
  invalid: [
    { schemaVersion: 1, interests: [{ ...entry, id: 'paardrijden' }] },
    { schemaVersion: 1, interests: [{ ...entry, id: 'tuinieren', mark: 'misschien' }] },
    { schemaVersion: 1, interests: [{ ...entry, id: 'tuinieren' }, { ...entry, id: 'tuinieren' }] },
    { schemaVersion: 1, interests: [{ ...entry, id: 'tuinieren', text: 'iets anders' }] },
    { schemaVersion: 1, interests: [{ ...entry, id: 'eigen-7', text: 'zeilen' }] },
  ],
  text: { nl: 'Tuinieren', en: 'Gardening' },
});
