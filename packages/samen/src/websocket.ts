import type * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { SamenConnection, SamenProvider } from './provider.js';

export interface WebsocketOptions {
  /** The organisation's y-websocket server, e.g. 'wss://samen.example.nl'. The room is added to it as the path. */
  url: string;
  /** Extra query parameters for every connection (e.g. a token the server checks). */
  params?: Record<string, string>;
  /**
   * y-websocket also shares a room between tabs of one browser directly (BroadcastChannel). True
   * turns that off, so every edit goes through the server (the tests use it: one page, several participants).
   */
  disableBc?: boolean;
}

/** A connection through y-websocket; `provider` is y-websocket's own (connect(), disconnect(), wsconnected). */
export interface WebsocketConnection extends SamenConnection {
  readonly provider: WebsocketProvider;
}

/**
 * Shares a room through a y-websocket server (`@y/websocket-server`, run by the organisation).
 * Reconnects by itself; edits made while the connection is down are sent when it is back.
 * The page's Content-Security-Policy must allow the server in `connect-src`.
 */
export function websocketProvider({ url, params, disableBc = false }: WebsocketOptions): SamenProvider & { connect(room: string, doc: Y.Doc): WebsocketConnection } {
  return {
    connect(room, doc) {
      const provider = new WebsocketProvider(url, room, doc, { disableBc, ...(params ? { params } : {}) });
      const whenSynced = new Promise<void>((resolve) => {
        if (provider.synced) resolve();
        else {
          const onSync = (synced: boolean) => {
            if (!synced) return;
            provider.off('sync', onSync);
            resolve();
          };
          provider.on('sync', onSync);
        }
      });
      // After a lost connection presence must come back at once, not 15 s later when awareness
      // renews it. y-websocket removes the others' presence on disconnecting but keeps their clocks,
      // so on reconnecting the server's copy (same clock) would be ignored: forget those clocks. And
      // the server dropped this participant's presence; y-websocket resends it with the clock the
      // others saw removed, which they ignore: a new clock makes them take it.
      const awareness = provider.awareness;
      const onStatus = ({ status }: { status: string }) => {
        if (status === 'disconnected') {
          for (const id of [...awareness.meta.keys()]) if (id !== awareness.clientID && !awareness.states.has(id)) awareness.meta.delete(id);
        }
        const state = awareness.getLocalState();
        if (status === 'connected' && state !== null) awareness.setLocalState(state);
      };
      provider.on('status', onStatus);
      return {
        provider,
        awareness: provider.awareness,
        whenSynced,
        destroy: () => {
          provider.off('status', onStatus);
          provider.destroy();
        },
      };
    },
  };
}
