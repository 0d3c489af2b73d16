import * as z from 'zod/mini';
import { dateSchema, textSchema as text, idSchema as id, type InstrumentDefinition } from '@niet-alleen/core/schema';
import { directions, kinds, modes, supportTypes, valuations, wishTypes } from './content.js';

/** Positions are relative to the map: the centre is 0,0 and the outer edge of the last ring is 1. */
const coordinate = () => z.nullable(z.number().check(z.gte(-1.5), z.lte(1.5)));
const unique = <T extends string>(values: readonly [T, ...T[]]) => z.array(z.enum(values)).check(z.maxLength(values.length));

export const maxRings = 6;
export const maxContacts = 500;
export const maxTies = 2000;
export const maxSnapshots = 50;
export const maxSectors = 12;
/**
 * What all snapshots together may hold. Each snapshot is a copy of the network, so 50 snapshots of a
 * full map were 69 MB; now the whole value is at most about 4.2 million characters of JSON, every text
 * at its maximum length: within the 5 million a browser's localStorage holds per site.
 */
export const maxSnapshotContacts = 600;
export const maxSnapshotTies = 2400;

export const contactSchema = z.object({
  id: id(),
  /** Name or label, as the person says it. */
  name: text(200),
  kind: z.enum(kinds),
  /** Id of the sector (life domain) the contact belongs to. */
  domain: id(),
  /** Closeness: 1 is the innermost ring. */
  ring: z.number().check(z.int(), z.gte(1), z.lte(maxRings)),
  support: unique(supportTypes),
  /**
   * Which way each kind of support goes (issue 33): the contact gives it, receives it, or both. A
   * kind without a direction is simply support (as before); a direction for a kind not in `support`
   * means nothing. Optional, so maps saved before it stay valid.
   */
  supportDirection: z.optional(z.partialRecord(z.enum(supportTypes), z.enum(directions))),
  valuation: z.nullable(z.enum(valuations)),
  wishes: unique(wishTypes),
  note: text(2000),
  /** "Kan helpen bij": which wish this contact or initiative could help with. */
  helpsWith: text(500),
  x: coordinate(),
  y: coordinate(),
  /**
   * Overleden (issue 33): stays on the map in its own style, listed apart, never offered as help.
   * Optional, so maps saved before it stay valid.
   */
  deceased: z.optional(z.boolean()),
});

export const tieSchema = z.object({
  id: id(),
  from: id(),
  to: id(),
  /** A strained tie or conflict (issue 33). Optional, so maps saved before it stay valid. */
  strained: z.optional(z.boolean()),
});

const networkShape = {
  contacts: z.array(contactSchema).check(z.maxLength(maxContacts)),
  ties: z.array(tieSchema).check(z.maxLength(maxTies)),
};

export const snapshotSchema = z.object({
  id: id(),
  /** ISO date, e.g. 2026-11-23. */
  date: dateSchema(),
  label: text(200),
  ...networkShape,
});

const sectorSchema = z.object({ id: id(), label: text(100) });

export const netwerkkaartSchema = z.object({
  schemaVersion: z.literal(1),
  mode: z.enum(modes),
  /** "Persoonlijke netwerkkaart van:" */
  owner: text(200),
  /** "Datum:" as yyyy-mm-dd, or empty. */
  date: dateSchema({ optional: true }),
  /** The wish (8.5) from which to look for who or what can help. */
  wish: text(1000),
  /** Own ring labels, innermost first; empty means the defaults of the mode. */
  rings: z.array(text(100)).check(z.maxLength(maxRings)),
  /** Own sectors; empty means the defaults of the mode. */
  sectors: z.array(sectorSchema).check(z.maxLength(maxSectors)),
  ...networkShape,
  snapshots: z.array(snapshotSchema).check(
    z.maxLength(maxSnapshots),
    z.refine((snapshots) => snapshots.reduce((n, s) => n + s.contacts.length, 0) <= maxSnapshotContacts, {
      message: `At most ${maxSnapshotContacts} contacts in all snapshots together`,
    }),
    z.refine((snapshots) => snapshots.reduce((n, s) => n + s.ties.length, 0) <= maxSnapshotTies, {
      message: `At most ${maxSnapshotTies} ties in all snapshots together`,
    }),
  ),
});

export type NetwerkkaartValue = z.infer<typeof netwerkkaartSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Tie = z.infer<typeof tieSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;

export const emptyNetwerkkaart = (): NetwerkkaartValue => ({
  schemaVersion: 1,
  mode: 'persoonlijk',
  owner: '',
  date: '',
  wish: '',
  rings: [],
  sectors: [],
  contacts: [],
  ties: [],
  snapshots: [],
});

export const netwerkkaartDefinition: InstrumentDefinition<NetwerkkaartValue> = {
  schema: netwerkkaartSchema,
  version: 1,
  empty: emptyNetwerkkaart,
};
