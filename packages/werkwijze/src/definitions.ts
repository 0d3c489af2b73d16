import type { InstrumentDefinition, VersionedValue } from '@niet-alleen/core/schema';
import { signaleringskaartDefinition } from '@niet-alleen/signaleringskaart/schema';
import {
  reflectorInstrumentDefinition, vooroordelenDefinition, eenzaamheidDefinition, bekendBesluitenBereikenDefinition,
  feedbackformulierDefinition, ondersteuningsvaardighedenDefinition, type ReflectorDefinition,
} from '@niet-alleen/reflectors/schema';
import { talentenkaartDefinition, interessesWaardenDefinition } from '@niet-alleen/talentenkaart/schema';
import { netwerkkaartDefinition } from '@niet-alleen/netwerkkaart/schema';
import { verwijskaartDefinition } from '@niet-alleen/verwijskaart/schema';
import { persoonlijkPlanDefinition } from './plan-schema.js';

/** Each definition keeps its own value type: the dossier's value type is inferred from them (werkwijze-schema.ts). */
const def = <T extends VersionedValue>(d: InstrumentDefinition<T>) => d;
const reflector = (definition: () => ReflectorDefinition) => {
  const d = definition();
  return reflectorInstrumentDefinition(d.id, d);
};

/**
 * Every instrument a dossier can hold, by key (the element's tag without `na-`), with the
 * instrument's own definition: the dossier validates and migrates each part as the instrument would.
 * The partnerschapskaart is not per person, so it is not part of a person's dossier.
 */
export const instrumentDefinitions = {
  signaleringskaart: def(signaleringskaartDefinition),
  'verwijskaart': def(verwijskaartDefinition),
  'reflector-vooroordelen': reflector(vooroordelenDefinition),
  'reflector-eenzaamheid': reflector(eenzaamheidDefinition),
  'reflector-bekend-besluiten-bereiken': reflector(bekendBesluitenBereikenDefinition),
  feedbackformulier: reflector(feedbackformulierDefinition),
  talentenkaart: def(talentenkaartDefinition),
  'interesses-waarden': def(interessesWaardenDefinition),
  netwerkkaart: def(netwerkkaartDefinition),
  'persoonlijk-plan': def(persoonlijkPlanDefinition),
  'reflector-ondersteuningsvaardigheden': reflector(ondersteuningsvaardighedenDefinition),
} as const;

export type InstrumentKey = keyof typeof instrumentDefinitions;
export const instrumentKeys = Object.keys(instrumentDefinitions) as InstrumentKey[];
