import type { SignaleringskaartValue } from './schema.js';

/** A filled-in example (fictional), for stories, docs and demos. */
export const signaleringskaartExample: SignaleringskaartValue = {
  schemaVersion: 1,
  marked: ['vermoeidheid', 'slaapproblemen', 'verlatenheid', 'weinig-sociale-contacten', 'leven-in-verleden', 'overlijden-naasten'],
  own: [
    { id: 'voorbeeld-1', group: 'gedragsmatig', text: 'doet de deur niet meer open voor de buren', marked: true },
    { id: 'voorbeeld-2', group: 'anders', text: 'gordijnen blijven overdag dicht', marked: true },
  ],
  notes: 'Mevrouw vertelde dat haar man vorig jaar is overleden. Sindsdien komt ze weinig buiten.',
  nextStep: 'gesprek',
};
