/**
 * The shared element contract (core/testing's runInstrumentContractTests) for <na-netwerkkaart>: value, events,
 * form, storage, import/export, print, locale. It runs in Chromium, Firefox and WebKit; the
 * instrument's own behaviour (netwerkkaart.test.ts and the others) runs in Chromium.
 */
import { runInstrumentContractTests } from '@niet-alleen/core/testing';
import '@niet-alleen/netwerkkaart';
import type { NaNetwerkkaart, NetwerkkaartValue } from '@niet-alleen/netwerkkaart';
import { addByForm, sample } from './helpers.js';

runInstrumentContractTests<NetwerkkaartValue>({
  tag: 'na-netwerkkaart',
  sample,
  edit: (el) => addByForm(el as NaNetwerkkaart, 'Buurvrouw Ans'),
  invalid: [
    { ...sample(), mode: 'groot' },
    { ...sample(), contacts: [{ ...sample().contacts[0], ring: 0 }] },
    { ...sample(), contacts: [{ ...sample().contacts[0], kind: 'robot' }] },
    { ...sample(), contacts: [{ ...sample().contacts[0], support: ['geld'] }] },
    { ...sample(), contacts: [{ ...sample().contacts[0], x: 99 }] },
    { ...sample(), owner: 'x'.repeat(201) },
  ],
  text: { nl: 'Buren en buurt', en: 'Neighbours and neighbourhood' },
});
