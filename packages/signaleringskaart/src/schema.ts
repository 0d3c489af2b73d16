import * as z from 'zod/mini';
import { textSchema as text, type InstrumentDefinition } from '@niet-alleen/core/schema';
import { allSignalIds, ownSignalGroupIds } from './content.js';


export const ownSignalSchema = z.object({
  id: text(64),
  group: z.enum(ownSignalGroupIds),
  text: text(500),
  marked: z.boolean(),
});

export const signaleringskaartSchema = z.object({
  schemaVersion: z.literal(1),
  /** Ids of the workbook's signals the user noticed. */
  marked: z.array(z.enum(allSignalIds as [string, ...string[]])).check(z.maxLength(allSignalIds.length)),
  /** Signals the user added, per group. */
  own: z.array(ownSignalSchema).check(z.maxLength(200)),
  /** "Andere signalen en notities". */
  notes: text(10_000),
  /** What the user chose as the next step: talk with the person, or pass the signal on. */
  nextStep: z.nullable(z.enum(['gesprek', 'doorgeven'])),
});

export type SignaleringskaartValue = z.infer<typeof signaleringskaartSchema>;
export type OwnSignal = z.infer<typeof ownSignalSchema>;

export const signaleringskaartDefinition: InstrumentDefinition<SignaleringskaartValue> = {
  schema: signaleringskaartSchema,
  version: 1,
  empty: () => ({ schemaVersion: 1, marked: [], own: [], notes: '', nextStep: null }),
};

// The ids a value refers to, for @niet-alleen/signaleringskaart/schema (and the verwijskaart's schema).
export { signalGroupIds, allSignalIds, ownSignalGroupIds, type SignalGroupId } from './content.js';
