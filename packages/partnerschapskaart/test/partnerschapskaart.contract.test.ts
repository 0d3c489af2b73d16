/**
 * The shared element contract (core/testing's runInstrumentContractTests) for <na-partnerschapskaart>: value, events,
 * form, storage, import/export, print, locale. It runs in Chromium, Firefox and WebKit; the
 * instrument's own behaviour (partnerschapskaart.test.ts) runs in Chromium.
 */
import { runInstrumentContractTests, type } from '@niet-alleen/core/testing';
import '@niet-alleen/partnerschapskaart';
import type { PartnerschapskaartValue } from '@niet-alleen/partnerschapskaart';
import { addField, q, sample } from './helpers.js';

runInstrumentContractTests<PartnerschapskaartValue>({
  tag: 'na-partnerschapskaart',
  sample,
  edit: async (el) => {
    q<HTMLButtonElement>(el, '#add-btn-geslaagd').click();
    await el.updateComplete;
    const field = addField(el, 'geslaagd');
    type(field, 'iedereen doet mee');
    field.form!.requestSubmit();
    await el.updateComplete;
  },
  invalid: [
    { ...sample(), notes: [{ id: 'x', cell: 'nergens', text: 'a', author: '' }] },
    { ...sample(), notes: [{ id: 'x', cell: 'geslaagd', text: 'a' }] },
    { ...sample(), filledBy: 'x'.repeat(501) },
    { ...sample(), participants: 'Anna' },
  ],
  text: { nl: 'Hoe gaan we kennis delen?', en: 'How will we share knowledge?' },
});
