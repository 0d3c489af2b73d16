import * as z from 'zod/mini';
import { textSchema as text, type InstrumentDefinition } from '@niet-alleen/core/schema';
import { signalGroupIds } from '@niet-alleen/signaleringskaart/schema';
import { isValid, minutesOf, normalizeEmail, normalizePhone, normalizeTime, normalizeUrl } from './validation.js';

/**
 * The verwijskaart's data. Field names follow the Open Referral Human Services Data
 * Specification (HSDS 3) where it has one — organization, service, contact, phone, email,
 * url, schedule with byday / opens_at / closes_at, application_process — so a card can be
 * exchanged with a social map ("sociale kaart"). Names of our own are camelCase.
 *
 * Issue messages are stable codes ('phone', 'email', 'url', 'time', 'time-order'); the element
 * turns them into readable text.
 */
const id = () => z.string().check(z.minLength(1), z.maxLength(64));
const phone = () => z.string().check(z.maxLength(40), z.refine(isValid(normalizePhone), { message: 'phone' }));
const email = () => z.string().check(z.maxLength(254), z.refine(isValid(normalizeEmail), { message: 'email' }));
/** The reason is the message ('url' or 'url-userinfo'), so a refused card can say what is wrong. */
const url = () =>
  z.string().check(
    z.maxLength(500),
    z.check<string>((ctx) => {
      const checked = normalizeUrl(ctx.value);
      if (!checked.ok) ctx.issues.push({ code: 'custom', message: checked.error, input: ctx.value });
    }),
  );
const time = () => z.string().check(z.maxLength(5), z.refine(isValid(normalizeTime), { message: 'time' }));

/** Days as in HSDS / iCalendar (RFC 5545 BYDAY). */
export const dayIds = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type DayId = (typeof dayIds)[number];

/** HSDS schedule: on these days, from `opens_at` to `closes_at` (local time, 'HH:MM'). */
export const verwijskaartScheduleSchema = z
  .object({
    id: id(),
    byday: z.array(z.enum(dayIds)).check(z.maxLength(7)),
    opens_at: time(),
    closes_at: time(),
  })
  .check(
    z.refine((s) => !(minutesOf(s.opens_at) >= minutesOf(s.closes_at)), { message: 'time-order', path: ['closes_at'] }),
  );

/** One step to take on a suspicion ("Op basis van uw vermoedens onderneemt u het volgende:"). */
export const verwijskaartStepSchema = z.object({ id: id(), text: text(1000) });

/** One option after the conversation: what it is, who offers it, how to reach them, for which signals. */
export const verwijskaartOptionSchema = z.object({
  id: id(),
  /** What the option is, in a few words ("Een maatje dat op bezoek komt"). */
  text: text(500),
  /** HSDS organization: who offers it. */
  organization: z.object({ name: text(200) }),
  /** HSDS service: the name of the service or project, and how to apply (application_process). */
  service: z.object({ name: text(200), application_process: text(1000) }),
  /** HSDS phone.number, service.email, service.url. */
  phone: phone(),
  email: email(),
  url: url(),
  /** Signal groups of the signaleringskaart (5.3) this option fits (12.2 point 5). */
  signalGroups: z.array(z.enum(signalGroupIds)).check(z.maxLength(signalGroupIds.length)),
});

/** "Voor vragen en advies neemt u contact op met naam/organisatie/team": HSDS contact. */
export const verwijskaartContactSchema = z.object({
  /** HSDS contact.name: a person or a team name. */
  name: text(200),
  /** HSDS organization.name. */
  organization: z.object({ name: text(200) }),
  /** HSDS contact.department: the team. */
  department: text(200),
  phone: phone(),
  email: email(),
  /** Social media ("Facebook:" on the paper card): the medium's name and its address. */
  social: z.object({ platform: text(60), url: url() }),
  schedules: z.array(verwijskaartScheduleSchema).check(z.maxLength(14)),
});

export const verwijskaartSchema = z.object({
  schemaVersion: z.literal(1),
  /** Title of this card, e.g. "Verwijskaart wijk Oost". Empty: "Verwijskaart". */
  title: text(200),
  /** For which municipality, district or village ("gemeente/wijk/dorp"). */
  area: text(200),
  steps: z.array(verwijskaartStepSchema).check(z.maxLength(30)),
  options: z.array(verwijskaartOptionSchema).check(z.maxLength(40)),
  contact: verwijskaartContactSchema,
});

export type VerwijskaartValue = z.infer<typeof verwijskaartSchema>;
export type VerwijskaartStep = z.infer<typeof verwijskaartStepSchema>;
export type VerwijskaartOption = z.infer<typeof verwijskaartOptionSchema>;
export type VerwijskaartContact = z.infer<typeof verwijskaartContactSchema>;
export type VerwijskaartSchedule = z.infer<typeof verwijskaartScheduleSchema>;

export const emptyOption = (id: string): VerwijskaartOption => ({
  id,
  text: '',
  organization: { name: '' },
  service: { name: '', application_process: '' },
  phone: '',
  email: '',
  url: '',
  signalGroups: [],
});

export const emptySchedule = (id: string): VerwijskaartSchedule => ({ id, byday: [], opens_at: '', closes_at: '' });

export const emptyVerwijskaart = (): VerwijskaartValue => ({
  schemaVersion: 1,
  title: '',
  area: '',
  steps: [],
  options: [],
  contact: {
    name: '',
    organization: { name: '' },
    department: '',
    phone: '',
    email: '',
    social: { platform: '', url: '' },
    schedules: [],
  },
});

export const verwijskaartDefinition: InstrumentDefinition<VerwijskaartValue> = {
  schema: verwijskaartSchema,
  version: 1,
  empty: emptyVerwijskaart,
};
