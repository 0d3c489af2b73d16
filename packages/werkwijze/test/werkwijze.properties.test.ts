import { runInstrumentPropertyTests } from '@niet-alleen/core/testing';
import '@niet-alleen/werkwijze';
import { phaseIds, werkwijzeExample, type NaWerkwijze, type WerkwijzeValue } from '@niet-alleen/werkwijze';

runInstrumentPropertyTests<WerkwijzeValue>({
  tag: 'na-werkwijze',
  samples: () => [structuredClone(werkwijzeExample)],
  // A phase's instruments are made when it is first opened: open each, so every field can be typed into.
  prepare: async (el) => {
    for (const phase of phaseIds) {
      (el as NaWerkwijze).phase = phase;
      await el.updateComplete;
    }
  },
});
