import { runInstrumentPropertyTests } from '@niet-alleen/core/testing';
import '@niet-alleen/signaleringskaart';
import { signaleringskaartExample, type SignaleringskaartValue } from '@niet-alleen/signaleringskaart';

runInstrumentPropertyTests<SignaleringskaartValue>({ tag: 'na-signaleringskaart', samples: () => [structuredClone(signaleringskaartExample)] });
