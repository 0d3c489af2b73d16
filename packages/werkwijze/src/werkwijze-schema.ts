import * as z from 'zod/mini';
import { boundedObjectSchema, maxKeysCheck, parseValue, type InstrumentDefinition, type VersionedValue } from '@niet-alleen/core/schema';
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

type Definitions = typeof instrumentDefinitions;
type ValueOf<D> = D extends InstrumentDefinition<infer T> ? T : never;
/** One `instrumentField` per known instrument, typed by that instrument's value. */
type InstrumentFields = { [K in keyof Definitions]: ReturnType<typeof instrumentField<ValueOf<Definitions[K]>>> };

function instrumentFields(definitions: Definitions): InstrumentFields {
  return Object.fromEntries(Object.entries(definitions).map(([key, d]) => [key, instrumentField(d as InstrumentDefinition<VersionedValue>)])) as InstrumentFields;
}

/**
 * The instruments a dossier can hold, by key (the element's tag without `na-`). Each known slot is
 * validated by that instrument's own schema. A dossier written by a build with more instruments
 * keeps their data, within bounds: at most `maxUnknownInstruments` unknown keys, each a JSON
 * object within `unknownInstrumentLimits`; anything else is refused.
 */
export const dossierInstrumentsSchema = z
  .catchall(z.object(instrumentFields(instrumentDefinitions)), boundedObjectSchema(unknownInstrumentLimits))
  .check(maxKeysCheck(maxUnknownInstruments, Object.keys(instrumentDefinitions)));

export const werkwijzeSchema = z.object({
  schemaVersion: z.literal(1),
  /** Each instrument's own value, under its key. Instruments not used yet are absent. */
  instruments: dossierInstrumentsSchema,
});

/** The dossier: each instrument's value under its key (inferred from each instrument's own schema); unknown keys are kept as JSON objects. */
export type WerkwijzeValue = z.infer<typeof werkwijzeSchema>;
export type DossierInstruments = WerkwijzeValue['instruments'];

export const werkwijzeDefinition: InstrumentDefinition<WerkwijzeValue> = {
  schema: werkwijzeSchema,
  version: 1,
  empty: () => ({ schemaVersion: 1, instruments: {} }),
};
