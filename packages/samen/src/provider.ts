import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';

/** One document in one room through one provider. */
export interface SamenConnection {
  /** Presence of the participants (Yjs awareness); providers without it leave it out. */
  readonly awareness?: Awareness;
  /** Settles once the document holds what the provider had (the server's or the stored state). */
  readonly whenSynced: Promise<void>;
  destroy(): void;
}

/** What the host page configures: how a room's document is shared (a server) or kept (IndexedDB). */
export interface SamenProvider {
  connect(room: string, doc: Y.Doc): SamenConnection;
}

/** Several providers at once (e.g. a y-websocket server and IndexedDB): synced when all are. */
export function combineProviders(providers: readonly SamenProvider[]): SamenProvider {
  return {
    connect(room, doc) {
      const connections = providers.map((p) => p.connect(room, doc));
      return {
        awareness: connections.find((c) => c.awareness)?.awareness,
        whenSynced: Promise.all(connections.map((c) => c.whenSynced)).then(() => undefined),
        destroy: () => connections.forEach((c) => c.destroy()),
      };
    },
  };
}

const relayed = Symbol('samen-memory');

interface Peer {
  doc: Y.Doc;
  awareness: Awareness;
  online: boolean;
}

/** A connection of the in-memory provider, which can go offline and come back (for stories and tests). */
export interface MemoryConnection extends SamenConnection {
  readonly awareness: Awareness;
  online: boolean;
}

export interface MemoryProvider extends SamenProvider {
  connect(room: string, doc: Y.Doc): MemoryConnection;
}

/**
 * Shares rooms between documents in this page only: two elements on one page edit one card, as
 * two laptops would through a server. For stories, tests and trying things out; nothing leaves the page.
 * A connection's `online = false` holds its updates back until it is set online again.
 */
export function memoryProvider(): MemoryProvider {
  const rooms = new Map<string, Set<Peer>>();
  const others = (room: string, self: Peer) => [...(rooms.get(room) ?? [])].filter((p) => p !== self && p.online);
  const exchange = (a: Peer, b: Peer) => {
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), relayed);
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), relayed);
    const ids = (p: Peer) => [...p.awareness.getStates().keys()];
    applyAwarenessUpdate(b.awareness, encodeAwarenessUpdate(a.awareness, ids(a)), relayed);
    applyAwarenessUpdate(a.awareness, encodeAwarenessUpdate(b.awareness, ids(b)), relayed);
  };
  return {
    connect(room, doc) {
      const peer: Peer = { doc, awareness: new Awareness(doc), online: true };
      const members = rooms.get(room) ?? new Set<Peer>();
      rooms.set(room, members);
      members.add(peer);
      const onUpdate = (update: Uint8Array, origin: unknown) => {
        if (origin === relayed || !peer.online) return;
        for (const other of others(room, peer)) Y.applyUpdate(other.doc, update, relayed);
      };
      const onAwareness = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        if (origin === relayed || !peer.online) return;
        const update = encodeAwarenessUpdate(peer.awareness, [...added, ...updated, ...removed]);
        for (const other of others(room, peer)) applyAwarenessUpdate(other.awareness, update, relayed);
      };
      doc.on('update', onUpdate);
      peer.awareness.on('update', onAwareness);
      for (const other of others(room, peer)) exchange(peer, other);
      return {
        awareness: peer.awareness,
        whenSynced: Promise.resolve(),
        get online() {
          return peer.online;
        },
        set online(online: boolean) {
          if (online === peer.online) return;
          peer.online = online;
          if (online) {
            // A new clock, so the others take this participant's presence again.
            peer.awareness.setLocalState(peer.awareness.getLocalState());
            for (const other of others(room, peer)) exchange(peer, other);
          } else {
            // The others no longer see this participant, as when a laptop loses the wifi.
            for (const other of others(room, peer)) removeAwarenessStates(other.awareness, [peer.doc.clientID], relayed);
          }
        },
        destroy() {
          doc.off('update', onUpdate);
          peer.awareness.off('update', onAwareness);
          for (const other of others(room, peer)) removeAwarenessStates(other.awareness, [doc.clientID], relayed);
          peer.awareness.destroy();
          members.delete(peer);
        },
      };
    },
  };
}
