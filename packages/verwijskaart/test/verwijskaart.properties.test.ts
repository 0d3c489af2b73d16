import { runInstrumentPropertyTests } from '@niet-alleen/core/testing';
import '@niet-alleen/verwijskaart';
import { verwijskaartExample, type NaVerwijskaart, type VerwijskaartValue } from '@niet-alleen/verwijskaart';

runInstrumentPropertyTests<VerwijskaartValue>({
  tag: 'na-verwijskaart',
  samples: () => [structuredClone(verwijskaartExample)],
  prepare: async (el) => {
    (el as NaVerwijskaart).mode = 'edit';
    await el.updateComplete;
  },
});
