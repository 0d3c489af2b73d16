import { runInstrumentPropertyTests } from '@niet-alleen/core/testing';
import '@niet-alleen/werkwijze';
import { werkwijzeExample, type NaWerkwijze, type WerkwijzeValue } from '@niet-alleen/werkwijze';
import { openEveryPhase } from './phases.js';

runInstrumentPropertyTests<WerkwijzeValue>({
  tag: 'na-werkwijze',
  samples: () => [structuredClone(werkwijzeExample)],
  // A phase's instruments are made when it is first opened: open each, so every field can be typed into.
  prepare: (el) => openEveryPhase(el as NaWerkwijze),
});
