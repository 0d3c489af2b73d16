/**
 * Opt-in persistence in localStorage. Every key the library writes is remembered in one
 * registry entry so `clearStoredData()` can remove all of it with one call.
 */
const registryKey = 'niet-alleen:keys';
/** Keys starting with this are the library's own (the registry now, more later): never a storage-key. */
export const reservedKeyPrefix = 'niet-alleen:';

/** True for a key the library keeps for itself; `storage-key` refuses it. */
export function isReservedKey(key: string): boolean {
  return key.startsWith(reservedKeyPrefix);
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // e.g. a sandboxed iframe or blocked cookies: behave as if nothing is stored
  }
}

function registeredKeys(): string[] {
  try {
    const list = JSON.parse(storage()?.getItem(registryKey) ?? '[]');
    return Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

function remember(key: string): void {
  const keys = registeredKeys();
  if (!keys.includes(key)) storage()?.setItem(registryKey, JSON.stringify([...keys, key]));
}

export function readStored(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes `text` under `key`. Throws (e.g. QuotaExceededError) so the caller can tell the user. */
export function writeStored(key: string, text: string): void {
  const store = storage();
  if (!store) throw new DOMException('localStorage is not available', 'SecurityError');
  if (isReservedKey(key)) throw new Error(`"${key}" is reserved for niet-alleen itself`);
  remember(key);
  store.setItem(key, text);
}

/** Keeps unreadable stored data aside under `<key>.corrupt.<timestamp>`; returns that key. */
export function keepAside(key: string, text: string, now = Date.now()): string {
  const asideKey = `${key}.corrupt.${now}`;
  writeStored(asideKey, text);
  return asideKey;
}

/** Removes every key niet-alleen ever wrote on this origin (values, corrupt copies, the registry). */
export function clearStoredData(): string[] {
  const store = storage();
  if (!store) return [];
  const removed = registeredKeys();
  for (const key of removed) store.removeItem(key);
  store.removeItem(registryKey);
  return removed;
}
