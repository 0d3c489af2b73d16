/**
 * The shared element contract (core/testing's runInstrumentContractTests) for <na-werkwijze>: value, events,
 * form, storage, import/export, print, locale. It runs in Chromium, Firefox and WebKit; the
 * instrument's own behaviour (werkwijze.test.ts) runs in Chromium.
 */
import { runInstrumentContractTests, inputByLabel } from '@niet-alleen/core/testing';
import '@niet-alleen/werkwijze';
import { werkwijzeExample, type NaWerkwijze, type WerkwijzeValue } from '@niet-alleen/werkwijze';
import type { NaSignaleringskaart } from '@niet-alleen/signaleringskaart';
import { child } from './phases.js';

const sample = (): WerkwijzeValue => structuredClone(werkwijzeExample);

runInstrumentContractTests<WerkwijzeValue>({
  tag: 'na-werkwijze',
  sample,
  edit: async (el) => {
    const kaart = await child<NaSignaleringskaart>(el as NaWerkwijze, 'herkennen', 'na-signaleringskaart');
    await kaart.updateComplete;
    inputByLabel(kaart, 'vermoeidheid').click();
  },
  invalid: [
    { schemaVersion: 1, instruments: { signaleringskaart: { ...sample().instruments.signaleringskaart, marked: ['geen-signaal'] } } },
    { schemaVersion: 1, instruments: { 'persoonlijk-plan': { schemaVersion: 1, goal: 3 } } },
    { schemaVersion: 1, instruments: { signaleringskaart: { schemaVersion: 99 } } },
    // Answers of another reflector are refused by the reflector's own definition.
    { schemaVersion: 1, instruments: { 'reflector-eenzaamheid': { schemaVersion: 1, reflector: 'vooroordelen', moments: [] } } },
    { schemaVersion: 1 },
    // A choice not on the reflector's scale (issue 27).
    { schemaVersion: 1, instruments: { 'reflector-eenzaamheid': { schemaVersion: 1, reflector: 'eenzaamheid', moments: [{ id: 'm', date: '2026-01-01', answers: { leegte: { choice: 'Z', comment: '', talk: false } }, own: [], columns: {} }] } } },
    // A date that is no day (issue 27).
    { schemaVersion: 1, instruments: { netwerkkaart: { ...sample().instruments.netwerkkaart, date: 'gisteren' } } },
  ],
  text: { nl: 'Wensen en talenten', en: 'Wishes and talents' },
});
