import * as z from 'zod/mini';
import { textSchema as text, type InstrumentDefinition } from '@niet-alleen/core/schema';
import { cellIds } from './content.js';


/** Longest texts the card keeps; the UI clamps to these so its own edits stay valid. */
export const partnerschapskaartLimits = { text: 2000, author: 100, filledBy: 500, from: 200 } as const;

/** One contribution ('geeltje') in a cell of the card, with who wrote it. */
export const partnerschapNoteSchema = z.object({
  id: text(64),
  /** The box on the card (a stable slug from `cellIds`). */
  cell: z.enum(cellIds),
  text: text(partnerschapskaartLimits.text),
  /** Who wrote it; empty when the group did not say. */
  author: text(partnerschapskaartLimits.author),
  /** On a plenary card: the group card the note came from ('Ingevuld door' of that card). */
  from: z.optional(text(partnerschapskaartLimits.from)),
});

export const partnerschapskaartSchema = z.object({
  schemaVersion: z.literal(1),
  /** "Ingevuld door:" — the group or the people who filled in the card. */
  filledBy: text(partnerschapskaartLimits.filledBy),
  /** The participants in the order they joined: gives each author a stable colour. */
  participants: z.array(text(partnerschapskaartLimits.author)).check(z.maxLength(200)),
  /** The notes, in the order they were added (per cell that is the reading order). */
  notes: z.array(partnerschapNoteSchema).check(z.maxLength(2000)),
});

export type PartnerschapskaartValue = z.infer<typeof partnerschapskaartSchema>;
export type PartnerschapNote = z.infer<typeof partnerschapNoteSchema>;

export const partnerschapskaartDefinition: InstrumentDefinition<PartnerschapskaartValue> = {
  schema: partnerschapskaartSchema,
  version: 1,
  empty: () => ({ schemaVersion: 1, filledBy: '', participants: [], notes: [] }),
};
