import * as z from 'zod/mini';
import { dateSchema, textSchema as text, type InstrumentDefinition } from '@niet-alleen/core/schema';

/** Stable ids: lower-case slugs (also what createId() produces). Never '__proto__' and friends. */
const slug = z.string().check(z.maxLength(64), z.regex(/^[a-z0-9][a-z0-9_-]*$/));
const maxKeys = (max: number) =>
  z.refine((record: unknown) => Object.keys(record as object).length <= max, { message: `At most ${max} entries` });

// ——— The definition: what a reflector asks (data, not code) ———

export const reflectorStatementSchema = z.object({
  /** Stable slug: answers are stored under it, so wording and translations can change. */
  id: slug,
  text: text(1000),
});

export const reflectorScaleOptionSchema = z.object({
  /** Stored in the answer, e.g. 'A' or '3'. */
  value: z.string().check(z.minLength(1), z.maxLength(16)),
  /** The full label, always the accessible name: 'helemaal niet mee eens'. */
  label: text(200),
  /** Short visible mark before the label: 'A', '3'. */
  short: z.optional(text(8)),
});

export const reflectorScaleSchema = z.object({
  options: z.array(reflectorScaleOptionSchema).check(z.minLength(2), z.maxLength(10)),
  /** The key above the paper table, e.g. 'A = helemaal niet mee eens; …'. */
  key: z.optional(text(1000)),
});

export const reflectorColumnSchema = z.object({
  id: slug,
  /** 'Bekend' */
  title: text(200),
  /** 'Wat deed ik al?' */
  question: z.optional(text(500)),
});

export const reflectorDefinitionSchema = z.object({
  /** Stable slug of this reflector; stored with the answers so they are not loaded into another reflector. */
  id: slug,
  title: text(300),
  /** Paragraphs shown under the title. */
  intro: z.optional(z.array(text(4000)).check(z.maxLength(20))),
  /** Shown prominently (e.g. 'not a measurement'), also on paper. */
  warning: z.optional(text(4000)),
  /** Where the statements come from; shown small under the instrument. */
  source: z.optional(text(4000)),
  /** 'statements': each statement on a row (with a scale and/or a comment). 'columns': free columns (7.5). */
  layout: z.optional(z.enum(['statements', 'columns'])),
  /** Column header above the statements on paper ('Competenties', 'Vaardigheden'). */
  statementsLabel: z.optional(text(200)),
  statements: z.optional(z.array(reflectorStatementSchema).check(z.maxLength(100))),
  /** The answer scale; leave out for statements that only get a comment (7.4). */
  scale: z.optional(reflectorScaleSchema),
  /** A free-text column per statement, e.g. 'Wat wil ik nog verbeteren in mijn werkwijze?'. */
  comment: z.optional(z.object({ label: text(300) })),
  /** Room for the user's own statements, e.g. 'Voor mij speelt een andere aanname, namelijk..'. */
  own: z.optional(z.object({ label: text(300) })),
  /** Free columns with several entries each (layout 'columns'). */
  columns: z.optional(z.array(reflectorColumnSchema).check(z.maxLength(12))),
  /** Offer 'Hier wil ik over praten' per statement (default true). */
  talk: z.optional(z.boolean()),
});

/** What a reflector asks: statements, scale, comment column, own statements or free columns. */
export type ReflectorDefinition = z.infer<typeof reflectorDefinitionSchema>;
export type ReflectorStatement = z.infer<typeof reflectorStatementSchema>;
export type ReflectorScaleOption = z.infer<typeof reflectorScaleOptionSchema>;
export type ReflectorColumn = z.infer<typeof reflectorColumnSchema>;

// ——— The value: dated fillings (moments) ———

export const reflectorAnswerSchema = z.object({
  /** The chosen scale value, or null when not (yet) chosen. */
  choice: z.nullable(z.string().check(z.maxLength(16))),
  /** The text in the comment column. */
  comment: text(4000),
  /** 'Hier wil ik over praten'. */
  talk: z.boolean(),
});

export const reflectorOwnStatementSchema = z.object({
  id: slug,
  text: text(1000),
  choice: z.nullable(z.string().check(z.maxLength(16))),
  comment: text(4000),
  talk: z.boolean(),
});

export const reflectorEntrySchema = z.object({ id: slug, text: text(4000) });

export const reflectorMomentSchema = z.object({
  id: slug,
  /** The day of this filling, 'YYYY-MM-DD'. */
  date: dateSchema(),
  /** Answers per statement id. Ids no longer in the definition are kept, not shown. */
  answers: z.record(slug, reflectorAnswerSchema).check(maxKeys(200)),
  own: z.array(reflectorOwnStatementSchema).check(z.maxLength(50)),
  /** Entries per column id (layout 'columns'). */
  columns: z.record(slug, z.array(reflectorEntrySchema).check(z.maxLength(100))).check(maxKeys(12)),
});

export const reflectorSchema = z.object({
  schemaVersion: z.literal(1),
  /** Id of the reflector definition these answers belong to (set with the first filling). */
  reflector: z.optional(slug),
  /** One or more dated fillings, oldest first. */
  moments: z.array(reflectorMomentSchema).check(z.maxLength(50)),
});

export type ReflectorValue = z.infer<typeof reflectorSchema>;
export type ReflectorMoment = z.infer<typeof reflectorMomentSchema>;
export type ReflectorAnswer = z.infer<typeof reflectorAnswerSchema>;
export type ReflectorOwnStatement = z.infer<typeof reflectorOwnStatementSchema>;
export type ReflectorEntry = z.infer<typeof reflectorEntrySchema>;

export const emptyReflectorValue = (): ReflectorValue => ({ schemaVersion: 1, moments: [] });

/** Every choice in `value` that is not one of `allowed`, with its path. */
function choicesOffScale(value: ReflectorValue, allowed: ReadonlySet<string>): (string | number)[][] {
  const off: (string | number)[][] = [];
  value.moments.forEach((m, i) => {
    for (const [id, answer] of Object.entries(m.answers)) {
      if (answer.choice !== null && !allowed.has(answer.choice)) off.push(['moments', i, 'answers', id, 'choice']);
    }
    m.own.forEach((o, j) => {
      if (o.choice !== null && !allowed.has(o.choice)) off.push(['moments', i, 'own', j, 'choice']);
    });
  });
  return off;
}

/**
 * The instrument definition core needs, for answers to reflector `id`: values that belong to
 * another reflector are refused (they would silently show as empty). With the reflector's
 * `definition`, a choice that is not on its scale is refused too (without a scale every choice
 * must be null); without it (the generic engine before a definition is set) choices are only
 * held to 16 characters.
 */
export function reflectorInstrumentDefinition(id: string | null, definition: Pick<ReflectorDefinition, 'scale'> | null = null): InstrumentDefinition<ReflectorValue> {
  const allowed = definition ? new Set(definition.scale?.options.map((o) => o.value) ?? []) : null;
  const checks = [
    ...(id
      ? [z.refine<ReflectorValue>((v) => v.reflector === undefined || v.reflector === id, {
          message: `These answers belong to another reflector (expected '${id}')`,
          path: ['reflector'],
        })]
      : []),
    ...(allowed
      ? [z.superRefine<ReflectorValue>((v, ctx) => {
          for (const path of choicesOffScale(v, allowed)) {
            ctx.issues.push({ code: 'custom', message: `Not on the scale of this reflector (${[...allowed].join(', ') || 'no scale'})`, path, input: v });
          }
        })]
      : []),
  ];
  return {
    schema: checks.length ? reflectorSchema.check(...checks) : reflectorSchema,
    version: 1,
    empty: emptyReflectorValue,
  };
}

// The workbook's five reflectors, for @niet-alleen/reflectors/schema:
// `reflectorInstrumentDefinition(vooroordelenDefinition().id)` validates answers to that reflector.
export {
  vooroordelenDefinition, eenzaamheidDefinition, feedbackformulierDefinition, bekendBesluitenBereikenDefinition,
  ondersteuningsvaardighedenDefinition,
} from './content.js';
