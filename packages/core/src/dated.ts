/**
 * Dated entries: what an instrument keeps of itself over time, one concept in three instruments —
 * a reflector's fillings (moments), the netwerkkaart's snapshots and the personal plan's look-backs.
 * Each is an id and a day plus its own content. A new one is dated with `localDate()` (the person's
 * own day, never the UTC one) and shown with `formatCalendarDate()` (format.ts); when several share
 * a day, `sameDayOrdinals()` numbers them, so that each has its own name in a list or a choice:
 * `datedName()` ('7 december 2026 (2)').
 */
import { msg, str } from './msg.js';
import { formatCalendarDate } from './format.js';
export interface Dated {
  readonly id: string;
  /** The day, 'YYYY-MM-DD' ('' while a look-back has no agreed day yet). */
  readonly date: string;
}

/** For each entry (by id): its number among the entries of its day (1, 2, …), or 0 when it is the day's only one. */
export function sameDayOrdinals(entries: readonly Dated[]): Map<string, number> {
  const perDate = new Map<string, number>();
  for (const e of entries) perDate.set(e.date, (perDate.get(e.date) ?? 0) + 1);
  const seen = new Map<string, number>();
  const ordinals = new Map<string, number>();
  for (const e of entries) {
    const n = (seen.get(e.date) ?? 0) + 1;
    seen.set(e.date, n);
    ordinals.set(e.id, perDate.get(e.date)! > 1 ? n : 0);
  }
  return ordinals;
}

/** An entry's name: its day written out in `locale`, numbered when several share the day ('7 december 2026 (2)'). */
export function datedName(entry: Dated, ordinals: ReadonlyMap<string, number>, locale: string): string {
  const date = formatCalendarDate(entry.date, locale);
  const n = ordinals.get(entry.id) ?? 0;
  return n ? msg(str`${date} (${n})`) : date;
}
