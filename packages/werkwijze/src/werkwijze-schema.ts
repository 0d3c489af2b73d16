import * as z from 'zod/mini';
import { boundedObjectSchema, maxKeysCheck, parseValue, type InstrumentDefinition, type VersionedValue } from '@niet-alleen/core/schema';
import type { SignaleringskaartValue } from '@niet-alleen/signaleringskaart/schema';
import type { ReflectorValue } from '@niet-alleen/reflectors/schema';
import type { TalentenkaartValue, InteressesWaardenValue } from '@niet-alleen/talentenkaart/schema';
import type { NetwerkkaartValue } from '@niet-alleen/netwerkkaart/schema';
import type { VerwijskaartValue } from '@niet-alleen/verwijskaart/schema';
import type { PersoonlijkPlanValue } from './plan-schema.js';
import { instrumentDefinitions } from './definitions.js';

/**
 * One instrument inside the dossier, validated (and migrated) by that instrument's own
 * definition: the dossier never accepts a value the instrument itself would refuse.
 */
export function instrumentField<T extends VersionedValue>(definition: InstrumentDefinition<T>) {
  return z.optional(
    z.pipe(
      z.unknown(),
      z.transform((input, ctx): T => {
        const result = parseValue(definition, input);
        if (result.ok) return result.value;
        for (const issue of result.issues) {
          ctx.issues.push({ code: 'custom', message: issue.message, path: issue.path as (string | number)[], input });
        }
        return z.NEVER;
      }),
    ),
  );
}

/** What the dossier keeps of an instrument this build does not know: a bounded JSON object. */
export const unknownInstrumentLimits = { maxDepth: 16, maxNodes: 20_000, maxText: 200_000 } as const;
/** At most this many instruments this build does not know. */
export const maxUnknownInstruments = 20;

/**
 * The instruments a dossier can hold, by key (the element's tag without `na-`). Each known slot is
 * validated by that instrument's own schema. A dossier written by a build with more instruments
 * keeps their data, within bounds: at most `maxUnknownInstruments` unknown keys, each a JSON
 * object within `unknownInstrumentLimits`; anything else is refused.
 */
export const dossierInstrumentsSchema = z
  .catchall(
    z.object(Object.fromEntries(Object.entries(instrumentDefinitions).map(([key, d]) => [key, instrumentField(d)]))),
    boundedObjectSchema(unknownInstrumentLimits),
  )
  .check(maxKeysCheck(maxUnknownInstruments, Object.keys(instrumentDefinitions)));

export const werkwijzeSchema = z.object({
  schemaVersion: z.literal(1),
  /** Each instrument's own value, under its key. Instruments not used yet are absent. */
  instruments: dossierInstrumentsSchema,
});

export interface DossierInstruments {
  signaleringskaart?: SignaleringskaartValue;
  verwijskaart?: VerwijskaartValue;
  'reflector-vooroordelen'?: ReflectorValue;
  'reflector-eenzaamheid'?: ReflectorValue;
  'reflector-bekend-besluiten-bereiken'?: ReflectorValue;
  feedbackformulier?: ReflectorValue;
  talentenkaart?: TalentenkaartValue;
  'interesses-waarden'?: InteressesWaardenValue;
  netwerkkaart?: NetwerkkaartValue;
  'persoonlijk-plan'?: PersoonlijkPlanValue;
  'reflector-ondersteuningsvaardigheden'?: ReflectorValue;
  /** Instruments this build does not know are kept as they are. */
  [key: string]: unknown;
}

export interface WerkwijzeValue {
  schemaVersion: 1;
  instruments: DossierInstruments;
}

export const werkwijzeDefinition: InstrumentDefinition<WerkwijzeValue> = {
  schema: werkwijzeSchema as unknown as z.ZodMiniType<WerkwijzeValue>,
  version: 1,
  empty: () => ({ schemaVersion: 1, instruments: {} }),
};
