import { msg, str } from '@niet-alleen/core/msg';
import type { VerwijskaartOption, VerwijskaartSchedule, VerwijskaartValue } from '../schema.js';
import { minutesOf, normalizeEmail, normalizePhone, normalizeTime, normalizeUrl, type Checked, type FieldErrorCode } from '../validation.js';

export type Kind = 'phone' | 'email' | 'url' | 'time';
export const normalizers: Record<Kind, (raw: string) => Checked> = {
  phone: normalizePhone,
  email: normalizeEmail,
  url: normalizeUrl,
  time: normalizeTime,
};

/** A field whose text must be checked before it becomes part of the value. Its key is its id. */
export interface CheckedField {
  key: string;
  kind: Kind;
  /** Fields of one group are taken over together (the two times of one schedule). */
  group: string;
  label: () => string;
  get: (v: VerwijskaartValue) => string;
  set: (v: VerwijskaartValue, text: string) => VerwijskaartValue;
}

export type OptionCheckedKey = 'phone' | 'email' | 'url';
export const optionCheckedKeys = ['phone', 'email', 'url'] as const satisfies readonly OptionCheckedKey[];

/** The id (and draft key) of a field of an option's editor: `option-<id>-<field>`. */
export const optionFieldKey = (optionId: string, field: string): string => `option-${optionId}-${field}`;
/** The id (and draft key) of a time of a schedule's editor: `schedule-<id>-<field>`. */
export const scheduleFieldKey = (scheduleId: string, field: 'opens_at' | 'closes_at'): string => `schedule-${scheduleId}-${field}`;

export const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

export function setOption(v: VerwijskaartValue, id: string, changes: Partial<VerwijskaartOption>): VerwijskaartValue {
  return { ...v, options: v.options.map((o) => (o.id === id ? { ...o, ...changes } : o)) };
}

export function setSchedule(v: VerwijskaartValue, id: string, changes: Partial<VerwijskaartSchedule>): VerwijskaartValue {
  return {
    ...v,
    contact: { ...v.contact, schedules: v.contact.schedules.map((s) => (s.id === id ? { ...s, ...changes } : s)) },
  };
}

/** The checked fields of a card: the contact's phone, e-mail and social address, each option's, each schedule's times. */
export function buildCheckedFields(v: VerwijskaartValue): CheckedField[] {
  const contact = (key: 'phone' | 'email', kind: Kind, label: () => string): CheckedField => ({
    key: `contact-${key}`, kind, group: `contact-${key}`, label,
    get: (x) => x.contact[key],
    set: (x, t) => ({ ...x, contact: { ...x.contact, [key]: t } }),
  });
  return [
    contact('phone', 'phone', () => msg('Telefoon van het contact')),
    contact('email', 'email', () => msg('E-mail van het contact')),
    {
      key: 'contact-social-url', kind: 'url', group: 'contact-social-url', label: () => msg('Adres op sociale media'),
      get: (x) => x.contact.social.url,
      set: (x, t) => ({ ...x, contact: { ...x.contact, social: { ...x.contact.social, url: t } } }),
    },
    ...v.options.flatMap((o, i): CheckedField[] =>
      optionCheckedKeys.map((key) => ({
        key: optionFieldKey(o.id, key), kind: key, group: optionFieldKey(o.id, key),
        label: () => {
          const n = i + 1;
          return key === 'phone' ? msg(str`Telefoon bij optie ${n}`) : key === 'email' ? msg(str`E-mail bij optie ${n}`) : msg(str`Website bij optie ${n}`);
        },
        get: (x) => x.options.find((p) => p.id === o.id)?.[key] ?? '',
        set: (x, t) => setOption(x, o.id, { [key]: t }),
      })),
    ),
    ...v.contact.schedules.flatMap((s, i): CheckedField[] =>
      (['opens_at', 'closes_at'] as const).map((key) => ({
        key: scheduleFieldKey(s.id, key), kind: 'time', group: `schedule-${s.id}`,
        label: () => {
          const n = i + 1;
          return key === 'opens_at' ? msg(str`Bereikbaar van (tijden ${n})`) : msg(str`Bereikbaar tot (tijden ${n})`);
        },
        get: (x) => x.contact.schedules.find((p) => p.id === s.id)?.[key] ?? '',
        set: (x, t) => setSchedule(x, s.id, { [key]: t }),
      })),
    ),
  ];
}

/** Every checked field whose text is not right, with the reason (shown or not). */
export function draftErrors(fields: readonly CheckedField[], drafts: Readonly<Record<string, string>>, v: VerwijskaartValue): Map<string, FieldErrorCode> {
  const errors = new Map<string, FieldErrorCode>();
  for (const field of fields) {
    const draft = drafts[field.key];
    if (draft === undefined) continue;
    const checked = normalizers[field.kind](draft);
    if (!checked.ok) errors.set(field.key, checked.error);
  }
  for (const s of v.contact.schedules) {
    const opensKey = scheduleFieldKey(s.id, 'opens_at');
    const closesKey = scheduleFieldKey(s.id, 'closes_at');
    if (errors.has(opensKey) || errors.has(closesKey)) continue;
    const opens = minutesOf(drafts[opensKey] ?? s.opens_at);
    const closes = minutesOf(drafts[closesKey] ?? s.closes_at);
    if (opens >= closes) errors.set(closesKey, 'time-order');
  }
  return errors;
}
