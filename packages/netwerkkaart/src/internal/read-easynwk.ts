import { easyNwkSchema, fromEasyNwk, looksLikeEasyNwk, type EasyNwkImport } from '../easynwk.js';

/**
 * The netwerkkaart value of JSON text from easyNWK, or null when the text is not an easyNWK file
 * (or not one this reader can read): then the element's own import reads it, and refuses it as usual.
 */
export function readEasyNwk(text: string): EasyNwkImport | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!looksLikeEasyNwk(data)) return null;
  const record = easyNwkSchema.safeParse((data as { versions?: unknown }).versions ? data : { versions: [{ id: 1, title: '', date: '', nwk: data }], currentVersion: 1 });
  return record.success ? fromEasyNwk(record.data) : null;
}
