import * as z from 'zod/mini';
import { dateSchema, textSchema as text, idSchema as id, type InstrumentDefinition } from '@niet-alleen/core/schema';


export const planStepSchema = z.object({ id: id(), text: text(1_000) });

export const planHelperSchema = z.object({
  id: id(),
  name: text(200),
  /** Id of the contact in a netwerkkaart this helper was taken from, if any. */
  contactId: z.nullable(id()),
});

/** An ISO date (yyyy-mm-dd) or empty: the date is agreed, or not yet. */
const isoDate = dateSchema({ optional: true });

export const lookBackSchema = z.object({
  id: id(),
  /** The agreed date to look back (10.1). */
  date: isoDate,
  answers: z.object({
    acties: text(5_000),
    verandering: text(5_000),
    belemmeringen: text(5_000),
    geholpen: text(5_000),
    vervolg: text(5_000),
  }),
});

export const persoonlijkPlanSchema = z.object({
  schemaVersion: z.literal(1),
  /** The goal in the person's own words; it can be very small. */
  goal: text(2_000),
  /** Id of the wish (talentenkaart) the goal was taken from, if any. */
  wishId: z.nullable(id()),
  /** The form the person chose (written, a drawing, a collage…) and where it is kept. */
  form: text(1_000),
  steps: z.array(planStepSchema).check(z.maxLength(100)),
  helpers: z.array(planHelperSchema).check(z.maxLength(100)),
  /** What is needed. */
  needs: text(5_000),
  lookBacks: z.array(lookBackSchema).check(z.maxLength(50)),
});

export type PersoonlijkPlanValue = z.infer<typeof persoonlijkPlanSchema>;
export type PlanStep = z.infer<typeof planStepSchema>;
export type PlanHelper = z.infer<typeof planHelperSchema>;
export type LookBack = z.infer<typeof lookBackSchema>;

export const emptyAnswers = (): LookBack['answers'] => ({ acties: '', verandering: '', belemmeringen: '', geholpen: '', vervolg: '' });

export const persoonlijkPlanDefinition: InstrumentDefinition<PersoonlijkPlanValue> = {
  schema: persoonlijkPlanSchema,
  version: 1,
  empty: () => ({ schemaVersion: 1, goal: '', wishId: null, form: '', steps: [], helpers: [], needs: '', lookBacks: [] }),
};

/** A wish offered as a possible goal (e.g. from a talentenkaart in the same dossier). Loosely typed on purpose. */
export interface PlanWishSuggestion {
  id: string;
  text: string;
}
/** A contact offered as a possible helper (e.g. from a netwerkkaart in the same dossier). */
export interface PlanContactSuggestion {
  id: string;
  name: string;
}
