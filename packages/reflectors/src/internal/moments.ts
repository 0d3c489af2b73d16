/**
 * Pure helpers for dated fillings ('moments') and their comparison (workbook 10.1). A filling is
 * one of core's dated entries (dated.ts): its day is `localDate()`, same-day fillings are numbered
 * with `sameDayOrdinals()`.
 */
import { formatCalendarDate, localDate, own } from '@niet-alleen/core';
import type { ReflectorAnswer, ReflectorDefinition, ReflectorMoment, ReflectorValue } from '../schema.js';

export const blankAnswer = (): ReflectorAnswer => ({ choice: null, comment: '', talk: false });

/** Today as 'YYYY-MM-DD' in the user's time zone. */
export const today = (now = new Date()): string => localDate(now);

/** A date 'YYYY-MM-DD' written out for `locale` ('4 maart 2026'); the raw text when it is not a real date. */
export const formatDate = formatCalendarDate;

export function answerOf(moment: ReflectorMoment | null | undefined, statementId: string): ReflectorAnswer {
  return own(moment?.answers, statementId) ?? blankAnswer();
}

/** One row of the comparison: a statement (workbook or own), or a free column, with its answer per moment. */
export interface ComparisonRow {
  /** 'statement', 'own' or 'column'. */
  kind: 'statement' | 'own' | 'column';
  id: string;
  text: string;
  /** Per moment (same order as the moments): the answer, or the column's entries. */
  cells: { choice: string | null; comment: string; talk: boolean; entries: string[] }[];
  changed: boolean;
}

/**
 * Derives the side-by-side comparison of `moments`. A row is 'changed' when the chosen scale
 * value differs between any two moments — or, without a scale, when the written text does.
 * Never a total or score: only per-statement differences.
 */
export function compareMoments(definition: ReflectorDefinition, moments: readonly ReflectorMoment[]): ComparisonRow[] {
  const hasScale = Boolean(definition.scale);
  const differs = (values: string[]) => new Set(values).size > 1;
  const rows: ComparisonRow[] = [];
  const answerRow = (kind: 'statement' | 'own', id: string, text: string, get: (m: ReflectorMoment) => ReflectorAnswer | undefined) => {
    const cells = moments.map((m) => {
      const a = get(m) ?? blankAnswer();
      return { choice: a.choice, comment: a.comment, talk: a.talk, entries: [] };
    });
    const changed = hasScale ? differs(cells.map((c) => c.choice ?? '')) : differs(cells.map((c) => c.comment.trim()));
    rows.push({ kind, id, text, cells, changed });
  };
  if ((definition.layout ?? 'statements') === 'columns') {
    for (const column of definition.columns ?? []) {
      const cells = moments.map((m) => ({
        choice: null,
        comment: '',
        talk: false,
        entries: (own(m.columns, column.id) ?? []).map((e) => e.text.trim()).filter(Boolean),
      }));
      rows.push({ kind: 'column', id: column.id, text: column.title, cells, changed: differs(cells.map((c) => JSON.stringify(c.entries))) });
    }
    return rows;
  }
  for (const s of definition.statements ?? []) answerRow('statement', s.id, s.text, (m) => own(m.answers, s.id));
  // Own statements, matched by id across moments (a new filling carries them over).
  const seen = new Map<string, string>();
  for (const m of moments) for (const o of m.own) if (!seen.has(o.id)) seen.set(o.id, o.text);
  for (const [id, text] of seen) answerRow('own', id, text, (m) => m.own.find((o) => o.id === id));
  return rows;
}

/** The moment shown: the chosen one, else the latest. */
export function currentMoment(value: ReflectorValue, id: string | null): ReflectorMoment | null {
  return value.moments.find((m) => m.id === id) ?? value.moments.at(-1) ?? null;
}
