import { IndexeddbPersistence } from 'y-indexeddb';
import type { SamenProvider } from './provider.js';

export interface IndexeddbOptions {
  /** Prefix of the IndexedDB database name (one database per room). */
  prefix?: string;
}

/**
 * Keeps each room's document in this browser's IndexedDB, so a card survives a reload and a lost
 * connection; combine it with a server: `configureSamen({ provider: [websocketProvider(…), indexeddbPersistence()] })`.
 * Like `storage-key`, it keeps personal data on this device: offer it only on devices the person trusts.
 */
export function indexeddbPersistence({ prefix = 'niet-alleen-samen:' }: IndexeddbOptions = {}): SamenProvider {
  return {
    connect(room, doc) {
      const persistence = new IndexeddbPersistence(`${prefix}${room}`, doc);
      return { whenSynced: persistence.whenSynced.then(() => undefined), destroy: () => void persistence.destroy() };
    },
  };
}
