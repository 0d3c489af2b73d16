import { runInstrumentPropertyTests } from '@niet-alleen/core/testing';
import '@niet-alleen/werkwijze';
import { persoonlijkPlanExample, type PersoonlijkPlanValue } from '@niet-alleen/werkwijze';

runInstrumentPropertyTests<PersoonlijkPlanValue>({ tag: 'na-persoonlijk-plan', samples: () => [structuredClone(persoonlijkPlanExample)] });
