import { runInstrumentPropertyTests } from '@niet-alleen/core/testing';
import '@niet-alleen/partnerschapskaart';
import {
  partnerschapskaartGroepA, partnerschapskaartPlenair, type NaPartnerschapskaart, type PartnerschapskaartValue,
} from '@niet-alleen/partnerschapskaart';

runInstrumentPropertyTests<PartnerschapskaartValue>({
  tag: 'na-partnerschapskaart',
  samples: () => [structuredClone(partnerschapskaartGroepA), structuredClone(partnerschapskaartPlenair)],
  exports: (el) => [{ kind: 'markdown', content: (el as NaPartnerschapskaart).agreementText() }],
});
