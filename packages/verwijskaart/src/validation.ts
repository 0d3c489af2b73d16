/**
 * Checks for the fields that become links or clock times: phone numbers, e-mail addresses,
 * web addresses and opening hours. One set of rules for the editor (to explain a mistake next
 * to its field) and for the schema (to refuse bad data from outside).
 *
 * Each `normalize*` returns `{ ok: true, value }` with the text to store ('' for an empty
 * field) or `{ ok: false, error }` with the reason, a stable code (texts are in content.ts).
 */
export type FieldErrorCode =
  | 'phone-characters'
  | 'phone-length'
  | 'phone-national-length'
  | 'email'
  | 'url'
  | 'url-userinfo'
  | 'time'
  | 'time-order';

export type Checked = { ok: true; value: string } | { ok: false; error: FieldErrorCode };

const ok = (value: string): Checked => ({ ok: true, value });
const fail = (error: FieldErrorCode): Checked => ({ ok: false, error });

/**
 * A phone number as people write it: digits with spaces, dashes, dots or brackets, an optional
 * '+' in front. Dutch numbers that start with 0 have 10 digits (0800/0900 numbers 8 or 11);
 * short numbers such as 112 or the municipal 14 numbers are allowed.
 */
export function normalizePhone(raw: string): Checked {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (!text) return ok('');
  if (!/^\+?[0-9][0-9 ().-]*$/.test(text) || text.length > 40) return fail('phone-characters');
  const digits = text.replace(/\D/g, '');
  if (text.startsWith('+') || digits.startsWith('00')) {
    return digits.length >= 8 && digits.length <= 17 ? ok(text) : fail('phone-length');
  }
  if (/^0(800|900|90[69])/.test(digits)) {
    return digits.length === 8 || digits.length === 11 ? ok(text) : fail('phone-national-length');
  }
  if (digits.startsWith('0')) return digits.length === 10 ? ok(text) : fail('phone-national-length');
  return digits.length >= 3 && digits.length <= 15 ? ok(text) : fail('phone-length');
}

/** The `tel:` address of a valid phone number: only the digits and a leading '+'. */
export function telHref(number: string): string | null {
  const checked = normalizePhone(number);
  if (!checked.ok || !checked.value) return null;
  const international = checked.value.startsWith('+');
  // '+31 (0)123 …': the (0) is not dialled from abroad.
  const digits = (international ? checked.value.replace('(0)', '') : checked.value).replace(/\D/g, '');
  return `tel:${international ? '+' : ''}${digits}`;
}

// The domain is labels of letters, digits and hyphens only (IDN letters included): it goes into the
// mailto: link as it is, so '?', '&', '%' or '#' there would add headers (cc, body) to the e-mail.
// The local part may hold more; it is percent-encoded in the link.
const emailPattern = /^[^\s@<>()[\]\\,;:"]+@(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]{2,}$/u;

export function normalizeEmail(raw: string): Checked {
  const text = raw.trim();
  if (!text) return ok('');
  return text.length <= 254 && emailPattern.test(text) && !text.includes('..') ? ok(text) : fail('email');
}

/** The `mailto:` address of a valid e-mail address. */
export function mailtoHref(email: string): string | null {
  const checked = normalizeEmail(email);
  if (!checked.ok || !checked.value) return null;
  const [local, domain] = [checked.value.slice(0, checked.value.lastIndexOf('@')), checked.value.slice(checked.value.lastIndexOf('@') + 1)];
  return `mailto:${encodeURIComponent(local)}@${domain}`;
}

/** A web address (http or https). 'www.voorbeeld.nl' becomes 'https://www.voorbeeld.nl'. */
export function normalizeUrl(raw: string): Checked {
  let text = raw.trim();
  if (!text) return ok('');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    if (!/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(text)) return fail('url');
    text = `https://${text}`;
  }
  if (text.length > 500) return fail('url');
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('url');
    if (!url.hostname.includes('.') || /\s/.test(text)) return fail('url');
    // 'https://gemeente.nl@elders.example' reads like gemeente.nl and goes to elders.example.
    const authority = /^[a-z][a-z0-9+.-]*:[/\\]*([^/?#\\]*)/i.exec(text)?.[1] ?? '';
    if (url.username || url.password || authority.includes('@')) return fail('url-userinfo');
    return ok(text);
  } catch {
    return fail('url');
  }
}

/** A link address for a valid web address, or null. */
export function urlHref(url: string): string | null {
  const checked = normalizeUrl(url);
  return checked.ok && checked.value ? checked.value : null;
}

/**
 * The text of the link to a web address, as a browser's address bar shows it: the host the link
 * really goes to (look-alike letters as punycode, `\` as `/`), then the path. The text as it is
 * stored when it is not a valid address (it is then shown without a link).
 */
export function urlText(url: string): string {
  const href = urlHref(url);
  if (!href) return url;
  const { protocol, host, pathname, search, hash } = new URL(href);
  return `${protocol}//${host}${pathname === '/' ? '' : pathname}${search}${hash}`;
}

/** A clock time as 'HH:MM' (24 hours). '9:00' and '9.00' become '09:00'. */
export function normalizeTime(raw: string): Checked {
  const text = raw.trim();
  if (!text) return ok('');
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text);
  if (!match) return fail('time');
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return fail('time');
  return ok(`${String(hours).padStart(2, '0')}:${match[2]}`);
}

/** Minutes since midnight of a valid time, NaN for an empty or invalid one. */
export function minutesOf(time: string): number {
  const checked = normalizeTime(time);
  if (!checked.ok || !checked.value) return Number.NaN;
  const [h, m] = checked.value.split(':').map(Number);
  return h! * 60 + m!;
}

/** True when `normalize` accepts the text (used by the schema for data from outside). */
export const isValid = (normalize: (raw: string) => Checked) => (value: string) => normalize(value).ok;
