import { runInstrumentPropertyTests } from '@niet-alleen/core/testing';
import '@niet-alleen/werkwijze';
import { persoonlijkPlanExample, werkwijzeExample, type PersoonlijkPlanValue, type WerkwijzeValue } from '@niet-alleen/werkwijze';

runInstrumentPropertyTests<PersoonlijkPlanValue>({ tag: 'na-persoonlijk-plan', samples: () => [structuredClone(persoonlijkPlanExample)] });
runInstrumentPropertyTests<WerkwijzeValue>({ tag: 'na-werkwijze', samples: () => [structuredClone(werkwijzeExample)] });
