import { label } from '../content.js';
import type { Contact } from '../schema.js';

/**
 * The support of a contact as the list, the CSV and the text alternative say it, with its
 * direction where one is given: ['Praktische steun (geeft)', 'Gezelschap (over en weer)'].
 */
export function supportTexts(c: Pick<Contact, 'support' | 'supportDirection'>): string[] {
  return c.support.map((s) => {
    const d = c.supportDirection?.[s];
    return d ? `${label.support(s)} (${label.directionShort(d)})` : label.support(s);
  });
}

/** The directions with the one of `type` set to `direction` ('' or null: not said); undefined when none is left. */
export function withDirection(
  current: Contact['supportDirection'],
  type: Contact['support'][number],
  direction: NonNullable<Contact['supportDirection']>[Contact['support'][number]] | '' | null,
): Contact['supportDirection'] {
  const next = { ...current };
  if (direction) next[type] = direction;
  else delete next[type];
  return Object.keys(next).length ? next : undefined;
}
