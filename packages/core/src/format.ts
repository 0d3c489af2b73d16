import { isCalendarDate } from './schemas.js';

/**
 * Intl formatters, made once per locale and options and then reused: creating one costs far more
 * than formatting with it (a new DateTimeFormat per date was the costliest function in one edit of
 * the werkwijze dossier, which renders many dates).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.ListFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `date ${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

export function listFormat(locale: string, options: Intl.ListFormatOptions = { type: 'conjunction' }): Intl.ListFormat {
  const key = `list ${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.ListFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.ListFormat(locale, options)));
  return format;
}

/**
 * A day as 'YYYY-MM-DD' in the user's own time zone. Not `toISOString()`, which gives the UTC day:
 * just after midnight in the Netherlands that is still yesterday.
 */
export function localDate(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A calendar day 'YYYY-MM-DD' written out for `locale` ('4 maart 2026', 'March 4, 2026'); the text
 * itself when it is no day of the calendar or the locale is unknown. Formatted in UTC, so the day
 * is the same in every time zone (the text is a day, not a moment).
 */
export function formatCalendarDate(date: string, locale: string): string {
  try {
    return isCalendarDate(date) ? dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(date)) : date;
  } catch {
    return date;
  }
}
