import { runInstrumentPropertyTests } from '@niet-alleen/core/testing';
import '@niet-alleen/werkwijze';
import { werkwijzeExample, type WerkwijzeValue } from '@niet-alleen/werkwijze';

runInstrumentPropertyTests<WerkwijzeValue>({ tag: 'na-werkwijze', samples: () => [structuredClone(werkwijzeExample)] });
