import type { SignaleringskaartValue } from '@niet-alleen/signaleringskaart';

export const sample = (): SignaleringskaartValue => ({
  schemaVersion: 1,
  marked: ['vermoeidheid', 'weinig-sociale-contacten', 'scheiding'],
  own: [{ id: 'o1', group: 'sociaal', text: 'komt niet meer naar de soos', marked: true }],
  notes: 'Buurvrouw maakt zich zorgen.',
  nextStep: 'gesprek',
});
