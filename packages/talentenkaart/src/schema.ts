import * as z from 'zod/mini';
import { dateSchema, textSchema as text, type InstrumentDefinition } from '@niet-alleen/core/schema';
import { cellIds, interestIds, marks, talentIds, type TalentId } from './content.js';

const id = () => z.string().check(z.minLength(1), z.maxLength(64));
const uniqueIds = <T extends { id: string }>(items: T[]) => new Set(items.map((i) => i.id)).size === items.length;

// ——— Mijn talenten en wensen (8.5) ———

/** Answers to one sentence starter: more than one is fine, none is fine. */
const answers = z.array(text(500)).check(z.maxLength(20));

export const talentsSchema = z.object(
  Object.fromEntries(talentIds.map((t) => [t, answers])) as Record<TalentId, typeof answers>,
);

/** One wish with its three follow-up questions (all free text, all may stay empty). */
export const wishSchema = z.object({
  /** "Ik zou graag..." */
  wish: text(1000),
  /** "1. Om dit te bereiken ga ik ..." */
  actions: text(2000),
  /** "2. Wie kan me daarbij helpen?" */
  helpers: text(2000),
  /** "3. Wat heb ik daarvoor nodig?" */
  needs: text(2000),
});

const cardShape = {
  /** "Naam:" */
  name: text(200),
  /** "Datum:" as yyyy-mm-dd, or empty. */
  date: dateSchema({ optional: true }),
  talents: talentsSchema,
  /** WENS 1 and WENS 2. */
  wishes: z.tuple([wishSchema, wishSchema]),
};

export const talentenkaartSchema = z.object({ schemaVersion: z.literal(1), ...cardShape });

export type TalentenkaartValue = z.infer<typeof talentenkaartSchema>;
export type Wish = z.infer<typeof wishSchema>;
export type Talents = z.infer<typeof talentsSchema>;
/** The card without its schemaVersion: one person's card inside the group. */
export type TalentCard = Omit<TalentenkaartValue, 'schemaVersion'>;

/** Just the card's fields (drops schemaVersion or a group person's id). */
export const cardOf = (v: TalentCard): TalentCard => ({ name: v.name, date: v.date, talents: v.talents, wishes: v.wishes });

export const emptyWish = (): Wish => ({ wish: '', actions: '', helpers: '', needs: '' });
export const emptyTalents = (): Talents => Object.fromEntries(talentIds.map((t) => [t, []])) as unknown as Talents;
export const emptyCard = (): TalentCard => ({ name: '', date: '', talents: emptyTalents(), wishes: [emptyWish(), emptyWish()] });

export const talentenkaartDefinition: InstrumentDefinition<TalentenkaartValue> = {
  schema: talentenkaartSchema,
  version: 1,
  empty: () => ({ schemaVersion: 1, ...emptyCard() }),
};

// ——— Group mode (8.2 "met meerdere mensen") ———

export const groupPersonSchema = z.object({ id: id(), ...cardShape });

/** A wish turned into an action, agreed by the group. */
export const groupActionSchema = z.object({
  id: id(),
  /** What will be done. */
  text: text(1000),
  /** Who takes part (names, free text). */
  who: text(500),
  /** "Wat heeft u nodig om dit te bereiken?" */
  needs: text(1000),
});

export const talentenkaartGroepSchema = z.object({
  schemaVersion: z.literal(1),
  people: z.array(groupPersonSchema).check(z.maxLength(30), z.refine(uniqueIds, { message: 'Duplicate person id' })),
  actions: z.array(groupActionSchema).check(z.maxLength(100), z.refine(uniqueIds, { message: 'Duplicate action id' })),
});

export type TalentenkaartGroepValue = z.infer<typeof talentenkaartGroepSchema>;
export type GroupPerson = z.infer<typeof groupPersonSchema>;
export type GroupAction = z.infer<typeof groupActionSchema>;

export const talentenkaartGroepDefinition: InstrumentDefinition<TalentenkaartGroepValue> = {
  schema: talentenkaartGroepSchema,
  version: 1,
  empty: () => ({ schemaVersion: 1, people: [], actions: [] }),
};

// ——— Interesses en waarden (8.6) ———

/**
 * One cell of the grid that the person marked or talked about. Cells that are neutral and
 * have nothing written are not stored. `text` is the person's own interest in a blank cell;
 * it is always empty for the workbook's interests.
 */
export const interestEntrySchema = z.object({
  id: z.enum(cellIds),
  text: text(100),
  mark: z.enum(marks),
  /** The value behind the interest, e.g. "gezelligheid". */
  value: text(200),
  /** "Wat betekent … voor u?" */
  meaning: text(2000),
  /** "Welke eigenschappen horen bij deze waarde?" */
  qualities: text(2000),
});

const isWorkbookInterest = (id: string) => (interestIds as readonly string[]).includes(id);

export const interessesWaardenSchema = z.object({
  schemaVersion: z.literal(1),
  interests: z.array(interestEntrySchema).check(
    z.maxLength(cellIds.length),
    z.refine(uniqueIds, { message: 'Duplicate interest id' }),
    z.refine((items) => items.every((i) => !isWorkbookInterest(i.id) || i.text === ''), {
      message: 'Only own interests have their own text',
    }),
  ),
});

export type InteressesWaardenValue = z.infer<typeof interessesWaardenSchema>;
export type InterestEntry = z.infer<typeof interestEntrySchema>;

export const interessesWaardenDefinition: InstrumentDefinition<InteressesWaardenValue> = {
  schema: interessesWaardenSchema,
  version: 1,
  empty: () => ({ schemaVersion: 1, interests: [] }),
};
