import { runInstrumentPropertyTests } from '@niet-alleen/core/testing';
import '@niet-alleen/talentenkaart';
import {
  talentenkaartExample, talentenkaartGroepExample, interessesWaardenExample,
  type TalentenkaartValue, type TalentenkaartGroepValue, type InteressesWaardenValue,
} from '@niet-alleen/talentenkaart';

runInstrumentPropertyTests<TalentenkaartValue>({ tag: 'na-talentenkaart', samples: () => [structuredClone(talentenkaartExample)] });
runInstrumentPropertyTests<TalentenkaartGroepValue>({ tag: 'na-talentenkaart-groep', samples: () => [structuredClone(talentenkaartGroepExample)] });
runInstrumentPropertyTests<InteressesWaardenValue>({ tag: 'na-interesses-waarden', samples: () => [structuredClone(interessesWaardenExample)] });
