/**
 * The shared element contract (core/testing's runInstrumentContractTests) for <na-verwijskaart>: value, events,
 * form, storage, import/export, print, locale. It runs in Chromium, Firefox and WebKit; the
 * instrument's own behaviour (verwijskaart.test.ts) runs in Chromium.
 */
import { runInstrumentContractTests, type } from '@niet-alleen/core/testing';
import '@niet-alleen/verwijskaart';
import { verwijskaartExample, type NaVerwijskaart, type VerwijskaartValue } from '@niet-alleen/verwijskaart';
import { field } from './helpers.js';

const sample = (): VerwijskaartValue => structuredClone(verwijskaartExample);

runInstrumentContractTests<VerwijskaartValue>({
  tag: 'na-verwijskaart',
  sample,
  edit: async (el) => {
    (el as NaVerwijskaart).mode = 'edit';
    await el.updateComplete;
    type(field(el as NaVerwijskaart, 'title'), 'Verwijskaart wijk Noord');
  },
  invalid: [
    { ...sample(), contact: { ...sample().contact, phone: '06-123' } },
    { ...sample(), contact: { ...sample().contact, email: 'wijkteam@' } },
    { ...sample(), contact: { ...sample().contact, schedules: [{ id: 's', byday: ['MO'], opens_at: '25:00', closes_at: '26:00' }] } },
    { ...sample(), contact: { ...sample().contact, schedules: [{ id: 's', byday: ['MO'], opens_at: '17:00', closes_at: '09:00' }] } },
    { ...sample(), contact: { ...sample().contact, schedules: [{ id: 's', byday: ['MAANDAG'], opens_at: '', closes_at: '' }] } },
    { ...sample(), options: [{ ...sample().options[0]!, signalGroups: ['financieel'] }] },
    { ...sample(), options: [{ ...sample().options[0]!, url: 'javascript:alert(1)' }] },
    { ...sample(), title: 'x'.repeat(201) },
  ],
  text: { nl: 'Op basis van uw vermoedens onderneemt u het volgende:', en: 'Based on your concerns, take the following steps:' },
});
