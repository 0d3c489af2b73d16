import { dayIds, type DayId, type VerwijskaartSchedule } from './schema.js';
import { minutesOf, normalizeTime } from './validation.js';

/** JavaScript's getDay() (0 = Sunday) as an HSDS day. */
export const dayOf = (date: Date): DayId => dayIds[(date.getDay() + 6) % 7]!;

/** A schedule with days and both times valid: only these count for 'reachable now'. */
function complete(s: VerwijskaartSchedule): boolean {
  return s.byday.length > 0 && !Number.isNaN(minutesOf(s.opens_at)) && !Number.isNaN(minutesOf(s.closes_at));
}

export const displayTime = (time: string): string => {
  const checked = normalizeTime(time);
  return checked.ok ? checked.value : time;
};

export type Reachability =
  | { open: true; until: string }
  | { open: false; next: { day: DayId; inDays: number; opens: string } | null };

/**
 * Whether the contact is reachable at `now` (the device's local time), and if not, when next.
 * Null when no schedule has both days and times. Pure: the clock is a parameter.
 */
export function reachability(schedules: readonly VerwijskaartSchedule[], now: Date): Reachability | null {
  const usable = schedules.filter(complete);
  if (!usable.length) return null;
  const today = dayOf(now);
  const minute = now.getHours() * 60 + now.getMinutes();
  const openNow = usable.filter(
    (s) => s.byday.includes(today) && minutesOf(s.opens_at) <= minute && minute < minutesOf(s.closes_at),
  );
  if (openNow.length) {
    const until = openNow.reduce((a, b) => (minutesOf(b.closes_at) > minutesOf(a.closes_at) ? b : a));
    return { open: true, until: displayTime(until.closes_at) };
  }
  for (let inDays = 0; inDays <= 7; inDays++) {
    const day = dayIds[(dayIds.indexOf(today) + inDays) % 7]!;
    const later = usable
      .filter((s) => s.byday.includes(day) && (inDays > 0 || minutesOf(s.opens_at) > minute))
      .sort((a, b) => minutesOf(a.opens_at) - minutesOf(b.opens_at));
    if (later.length) return { open: false, next: { day, inDays, opens: displayTime(later[0]!.opens_at) } };
  }
  return { open: false, next: null };
}

/**
 * Days in week order, with runs of three or more as a range: [['MO','FR'], ['SU']].
 */
export function dayRuns(days: readonly DayId[]): DayId[][] {
  const sorted = dayIds.filter((d) => days.includes(d));
  const runs: DayId[][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && dayIds.indexOf(last.at(-1)!) + 1 === dayIds.indexOf(day)) last.push(day);
    else runs.push([day]);
  }
  return runs.flatMap((run) => (run.length >= 3 ? [[run[0]!, run.at(-1)!]] : run.map((d) => [d])));
}
