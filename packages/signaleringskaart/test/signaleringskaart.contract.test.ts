/**
 * The shared element contract (core/testing's runInstrumentContractTests) for <na-signaleringskaart>: value, events,
 * form, storage, import/export, print, locale. It runs in Chromium, Firefox and WebKit; the
 * instrument's own behaviour (signaleringskaart.test.ts) runs in Chromium.
 */
import { runInstrumentContractTests, inputByLabel } from '@niet-alleen/core/testing';
import '@niet-alleen/signaleringskaart';
import type { SignaleringskaartValue } from '@niet-alleen/signaleringskaart';
import { sample } from './helpers.js';

runInstrumentContractTests<SignaleringskaartValue>({
  tag: 'na-signaleringskaart',
  sample,
  edit: (el) => inputByLabel(el, 'vermoeidheid').click(),
  invalid: [
    { ...sample(), marked: ['not-a-signal'] },
    { ...sample(), own: [{ id: 'x', group: 'elders', text: 'a', marked: true }] },
    { ...sample(), notes: 'x'.repeat(10_001) },
  ],
  text: { nl: 'Lichamelijke signalen', en: 'Physical signals' },
});
