// Three participants on one local y-websocket server (@y/websocket-server, started by the
// 'samen-server' command of packages/samen/test/samen-server.plugin.js). Each participant is its own
// Y.Doc with its own WebSocket connection to the server (BroadcastChannel off, so nothing passes
// between them except through the server), bound to its own <na-partnerschapskaart> — three
// "browser contexts" simulated in one page, not three browser tabs.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { recordEvents, shadow, type } from '@niet-alleen/core/testing';
import type { NaInvalidEvent } from '@niet-alleen/core';
import '@niet-alleen/partnerschapskaart';
import type { NaPartnerschapskaart, PartnerschapskaartValue } from '@niet-alleen/partnerschapskaart';
import { partnerschapskaartDefinition } from '@niet-alleen/partnerschapskaart/schema';
import { SamenSession, ValueDoc, shapeOf, memoryProvider } from '@niet-alleen/samen';
import { websocketProvider, type WebsocketConnection } from '@niet-alleen/samen/websocket';
import { indexeddbPersistence } from '@niet-alleen/samen/indexeddb';

type Kaart = NaPartnerschapskaart;

const server = (action: 'start' | 'stop' | 'restart') => executeServerCommand<{ port: number }, { action: string }>('samen-server', { action });

/** Waits until `check` holds (polling each frame); fails with `what` after 10 s. A wait, not a timing assertion. */
async function until(check: () => boolean, what: string): Promise<void> {
  const end = performance.now() + 10_000;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const sample = (): PartnerschapskaartValue => ({
  schemaVersion: 1,
  filledBy: 'Groep',
  participants: ['Anna', 'Bram', 'Carla'],
  notes: [
    { id: 'n1', cell: 'geslaagd', text: 'iedereen weet de weg', author: 'Anna' },
    { id: 'n2', cell: 'kennis-delen', text: 'kwartaaloverleg', author: 'Bram' },
  ],
});

const q = <E extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<E>(selector)!;
const same = (els: Kaart[]) => els.every((el) => JSON.stringify(el.value) === JSON.stringify(els[0]!.value));
const notesOf = (el: Kaart) => el.value.notes.map((n) => n.text).sort();

describe('@niet-alleen/samen: three participants on one local y-websocket server', () => {
  let port: number;
  let room: string;
  let host: HTMLElement;
  let sessions: SamenSession<PartnerschapskaartValue>[];

  const participant = async (name: string, value?: PartnerschapskaartValue) => {
    const el = document.createElement('na-partnerschapskaart') as Kaart;
    if (value) el.value = value;
    host.append(el);
    await el.updateComplete;
    const session = new SamenSession(el, {
      room,
      provider: websocketProvider({ url: `ws://127.0.0.1:${port}`, disableBc: true }),
      definition: partnerschapskaartDefinition,
      user: { name },
    });
    sessions.push(session);
    await session.connection.whenSynced;
    return el;
  };
  const ws = (el: Kaart) => (sessions.find((s) => s.element === el)!.connection as WebsocketConnection).provider;
  const three = async () => {
    const a = await participant('Anna', sample());
    const b = await participant('Bram');
    const c = await participant('Carla');
    await until(() => same([a, b, c]) && b.value.notes.length === 2, 'all three see the card');
    return [a, b, c] as const;
  };

  before(async () => {
    ({ port } = await server('start'));
  });
  after(async () => {
    await server('stop');
  });
  beforeEach(() => {
    room = crypto.randomUUID();
    sessions = [];
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    for (const s of sessions) s.destroy();
    host.remove();
  });

  it('concurrent edits of different notes and of the same text converge in every participant, nothing lost', async () => {
    const [a, b, c] = await three();
    // Synchronous: none of these edits has reached the server when the next one is made.
    a.addNote('ik-doe', 'van Anna', 'Anna');
    b.addNote('geslaagd', 'van Bram', 'Bram');
    c.addNote('ik-doe', 'van Carla', 'Carla');
    type(q<HTMLInputElement>(a, '#filled-by'), 'Groep Noord');
    type(q<HTMLInputElement>(b, '#filled-by'), 'De Groep');
    await until(() => same([a, b, c]) && a.value.notes.length === 5, 'every note in every card');
    for (const el of [a, b, c]) {
      expect(notesOf(el)).to.deep.equal(['iedereen weet de weg', 'kwartaaloverleg', 'van Anna', 'van Bram', 'van Carla']);
      expect(el.value.filledBy).to.equal('De Groep Noord');
    }
  });

  it('one participant goes offline, edits, comes back: everything converges', async () => {
    const [a, b, c] = await three();
    ws(c).disconnect();
    c.addNote('ik-doe', 'offline van Carla', 'Carla');
    type(q<HTMLInputElement>(c, '#filled-by'), 'Groep (Carla)');
    a.addNote('geslaagd', 'online van Anna', 'Anna');
    await until(() => b.value.notes.length === 3, 'Bram sees Anna\'s note');
    expect(notesOf(b)).not.to.include('offline van Carla');
    ws(c).connect();
    await until(() => same([a, b, c]) && a.value.notes.length === 4, 'Carla\'s offline edits arrive');
    for (const el of [a, b, c]) {
      expect(notesOf(el)).to.include.members(['offline van Carla', 'online van Anna']);
      expect(el.value.filledBy).to.equal('Groep (Carla)');
    }
  });

  it('the server restarts mid-session: nothing is lost, and a newcomer afterwards gets the whole card from the server', async () => {
    const [a, b, c] = await three();
    a.addNote('ik-doe', 'voor de herstart', 'Anna');
    await until(() => same([a, b, c]) && c.value.notes.length === 3, 'the note before the restart');
    await server('restart');
    b.addNote('geslaagd', 'tijdens de herstart', 'Bram');
    await until(() => same([a, b, c]) && a.value.notes.length === 4, 'reconnected after the restart');
    c.addNote('ik-doe', 'na de herstart', 'Carla');
    await until(() => same([a, b, c]) && a.value.notes.length === 5, 'edits after the restart');
    const d = await participant('Daan');
    await until(() => same([a, d]), 'the newcomer has the card');
    expect(notesOf(d)).to.include.members(['voor de herstart', 'tijdens de herstart', 'na de herstart']);
  });

  it('a malicious peer\'s invalid update is refused by every participant, and the room is valid again', async () => {
    const [a, b, c] = await three();
    const before = structuredClone(a.value);
    const refused = [a, b, c].map((el) => recordEvents<NaInvalidEvent>(el, 'na-invalid'));
    const evil = new Y.Doc();
    const evilProvider = new WebsocketProvider(`ws://127.0.0.1:${port}`, room, evil, { disableBc: true });
    await until(() => evilProvider.synced, 'the malicious peer is in');
    evil.transact(() => {
      const note = new Y.Map<unknown>();
      note.set('id', 'evil');
      note.set('cell', 'nergens');
      note.set('text', new Y.Text('<img src=x onerror=alert(1)>'));
      note.set('author', new Y.Text(''));
      evil.getArray('value.notes').push([note]);
      evil.getMap('value').set('schemaVersion', 99);
    });
    await until(() => refused.every((events) => events.length > 0), 'every participant refused it');
    for (const [i, el] of [a, b, c].entries()) {
      expect(refused[i]![0]!.detail.source).to.equal('remote');
      expect(el.value).to.deep.equal(before);
    }
    const evilView = new ValueDoc(evil, shapeOf(partnerschapskaartDefinition.schema));
    await until(() => JSON.stringify(evilView.read()) === JSON.stringify(before), 'the room is set back, also for the malicious peer');
    evilProvider.destroy();
    evil.destroy();
  });
});

describe('@niet-alleen/samen: IndexedDB keeps a card through a reload', () => {
  it('a new session in the same room, without any server, gets the card back from IndexedDB', async () => {
    const room = crypto.randomUUID();
    const prefix = `na-samen-test-${room}:`;
    const make = async () => {
      const el = document.createElement('na-partnerschapskaart') as Kaart;
      document.body.append(el);
      await el.updateComplete;
      const session = new SamenSession(el, { room, provider: [indexeddbPersistence({ prefix }), memoryProvider()], definition: partnerschapskaartDefinition });
      await session.connection.whenSynced;
      return { el, session };
    };
    const first = await make();
    first.el.addNote('ik-doe', 'bewaard in deze browser', 'Anna');
    await new Promise((r) => setTimeout(r, 100));
    first.session.destroy();
    first.el.remove();
    const second = await make();
    await until(() => second.el.value.notes.length === 1, 'the card came back');
    expect(second.el.value.notes[0]!.text).to.equal('bewaard in deze browser');
    second.session.destroy();
    second.el.remove();
    indexedDB.deleteDatabase(`${prefix}${room}`);
  });
});
