import { expect } from '@open-wc/testing';
import * as Y from 'yjs';
import { setLocale, type NaInvalidEvent, type NaChangeEvent } from '@niet-alleen/core';
import { shadow, type, recordEvents, visibleText, nextFrame, buttonByText, countRenders } from '@niet-alleen/core/testing';
import '@niet-alleen/partnerschapskaart';
import '@niet-alleen/talentenkaart';
import type { NaPartnerschapskaart, PartnerschapskaartValue } from '@niet-alleen/partnerschapskaart';
import type { NaTalentenkaartGroep, TalentenkaartGroepValue } from '@niet-alleen/talentenkaart';
import {
  configureSamen, memoryProvider, samenSessionOf, SamenSession, ValueDoc, shapeOf, type MemoryConnection, type MemoryProvider,
} from '@niet-alleen/samen';
import { partnerschapskaartDefinition } from '@niet-alleen/partnerschapskaart/schema';
import { talentenkaartGroepDefinition } from '@niet-alleen/talentenkaart/schema';

type Kaart = NaPartnerschapskaart;

const sample = (): PartnerschapskaartValue => ({
  schemaVersion: 1,
  filledBy: 'Groep',
  participants: ['Anna', 'Bram'],
  notes: [
    { id: 'n1', cell: 'geslaagd', text: 'iedereen weet de weg', author: 'Anna' },
    { id: 'n2', cell: 'kennis-delen', text: 'kwartaaloverleg', author: 'Bram' },
  ],
});

const q = <E extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<E>(selector)!;
/** The notes' texts as the card shows them: on the note, or in its editor when that is open. */
const noteTexts = (el: Element) =>
  [
    ...[...shadow(el).querySelectorAll('.note-item .na-note .na-readonly-text')].map((p) => p.textContent!.trim()),
    ...[...shadow(el).querySelectorAll<HTMLTextAreaElement>('.note-item textarea[id^="edit-"]')].map((t) => t.value),
  ].sort();
/** Other participants' changes reach a card in a batch, a task after they arrive (see SamenBinding); then it renders. */
const settle = async (...els: { updateComplete: Promise<unknown> }[]) => {
  await new Promise((r) => setTimeout(r));
  await nextFrame();
  await Promise.all(els.map((e) => e.updateComplete));
};

/** Adds a note through the card's own UI, as a user does. */
async function addNoteByHand(el: Kaart, cell: string, text: string) {
  q<HTMLButtonElement>(el, `#add-btn-${cell}`).click();
  await el.updateComplete;
  const field = q<HTMLTextAreaElement>(el, `#add-${cell}`);
  type(field, text);
  field.form!.requestSubmit();
  await el.updateComplete;
}

/** Types in the note's text field (opening its editor), as a user does. */
async function editNoteText(el: Kaart, id: string, text: string) {
  if (!q(el, `#edit-${id}`)) {
    q<HTMLButtonElement>(el, `#edit-btn-${id}`).click();
    await el.updateComplete;
  }
  type(q<HTMLTextAreaElement>(el, `#edit-${id}`), text);
  await el.updateComplete;
}

const filledByField = (el: Kaart) => q<HTMLInputElement>(el, '#filled-by');

describe('@niet-alleen/samen (in-memory provider: several elements, one room)', () => {
  let provider: MemoryProvider;
  let host: HTMLElement;
  let room: string;

  const card = async (name: string, value?: PartnerschapskaartValue) => {
    const el = document.createElement('na-partnerschapskaart') as Kaart;
    if (value) el.value = value;
    el.setAttribute('samen-room', room);
    const wrapper = document.createElement('div');
    wrapper.dataset.participant = name;
    wrapper.append(el);
    host.append(wrapper);
    await el.updateComplete;
    await settle(el);
    return el;
  };
  const connection = (el: Element) => samenSessionOf(el)!.connection as MemoryConnection;

  beforeEach(() => {
    provider = memoryProvider();
    room = `test-${crypto.randomUUID()}`;
    host = document.createElement('div');
    document.body.append(host);
    configureSamen({ provider });
  });
  afterEach(async () => {
    configureSamen(null);
    host.remove();
    await setLocale('nl');
  });

  it('does nothing without configureSamen: no room, no presence, the element keeps its own undo', async () => {
    configureSamen(null);
    const el = await card('A', sample());
    expect(samenSessionOf(el)).to.equal(undefined);
    expect(el.undoHistory).to.equal(null);
    expect(host.querySelector('na-samen-aanwezig')).to.equal(null);
  });

  it('a second participant sees the first one\'s card; an edit in one reaches the other (na-change there, na-remote-change here)', async () => {
    const a = await card('A', sample());
    const b = await card('B');
    await settle(a, b);
    expect(noteTexts(b)).to.deep.equal(['iedereen weet de weg', 'kwartaaloverleg']);
    const changesA = recordEvents<NaChangeEvent>(a, 'na-change');
    const changesB = recordEvents<NaChangeEvent>(b, 'na-change');
    const remoteB = recordEvents(b, 'na-remote-change');
    await addNoteByHand(a, 'ik-doe', 'ik bel de huisarts');
    await settle(a, b);
    expect(noteTexts(b)).to.include('ik bel de huisarts');
    expect(changesA).to.have.length(1);
    expect(changesB).to.have.length(0);
    expect(remoteB.length).to.be.greaterThan(0);
    expect(b.value).to.deep.equal(a.value);
  });

  it('concurrent edits of different notes while both are offline: both edits survive in both cards', async () => {
    const a = await card('A', sample());
    const b = await card('B');
    await settle(a, b);
    connection(a).online = false;
    connection(b).online = false;
    await editNoteText(a, 'n1', 'iedereen weet de weg naar het buurthuis');
    await editNoteText(b, 'n2', 'kwartaaloverleg met de huisarts');
    await addNoteByHand(b, 'geslaagd', 'de bakker doet mee');
    await addNoteByHand(a, 'ik-doe', 'ik maak de lijst');
    expect(noteTexts(a)).not.to.include('de bakker doet mee');
    connection(a).online = true;
    connection(b).online = true;
    await settle(a, b);
    const expected = ['de bakker doet mee', 'iedereen weet de weg naar het buurthuis', 'ik maak de lijst', 'kwartaaloverleg met de huisarts'];
    expect(noteTexts(a)).to.deep.equal(expected);
    expect(noteTexts(b)).to.deep.equal(expected);
    expect(a.value).to.deep.equal(b.value);
  });

  it('two people typing in the same text at the same time: the text merges character by character', async () => {
    const a = await card('A', sample());
    const b = await card('B');
    await settle(a, b);
    connection(a).online = false;
    connection(b).online = false;
    type(filledByField(a), 'Groep Noord');
    type(filledByField(b), 'De Groep');
    await settle(a, b);
    connection(a).online = true;
    connection(b).online = true;
    await settle(a, b);
    expect(filledByField(a).value).to.equal('De Groep Noord');
    expect(filledByField(b).value).to.equal('De Groep Noord');
    expect(b.value.filledBy).to.equal('De Groep Noord');
  });

  it('a remote change to the field someone is typing in keeps their caret where it was', async () => {
    const a = await card('A', sample());
    const b = await card('B');
    await settle(a, b);
    const field = filledByField(b);
    field.focus();
    field.setSelectionRange(5, 5); // after 'Groep'
    type(filledByField(a), 'De Groep');
    await settle(a, b);
    expect(field.value).to.equal('De Groep');
    expect(field.selectionStart).to.equal(8);
  });

  it('a peer\'s invalid update is refused in every card (na-invalid, source remote), the cards stay unchanged and the room is set back', async () => {
    const a = await card('A', sample());
    const b = await card('B');
    await settle(a, b);
    const before = structuredClone(a.value);
    const invalidA = recordEvents<NaInvalidEvent>(a, 'na-invalid');
    const invalidB = recordEvents<NaInvalidEvent>(b, 'na-invalid');
    // A malicious peer: its own Y.Doc in the room, writing a note in a cell the card does not have and a text that is far too long.
    const evil = new Y.Doc();
    const evilConnection = provider.connect(room, evil);
    const notes = evil.getArray<Y.Map<unknown>>('value.notes');
    evil.transact(() => {
      const note = new Y.Map<unknown>();
      note.set('id', 'evil');
      note.set('cell', 'nergens');
      note.set('text', new Y.Text('kwaad'));
      note.set('author', new Y.Text(''));
      notes.push([note]);
    });
    await settle(a, b);
    for (const [el, events] of [[a, invalidA], [b, invalidB]] as const) {
      expect(events.length, el.parentElement!.dataset.participant).to.be.greaterThan(0);
      expect(events[0]!.detail.source).to.equal('remote');
      expect(el.value).to.deep.equal(before);
      expect(noteTexts(el)).not.to.include('kwaad');
    }
    // The room itself holds the valid card again, also in the malicious peer's copy.
    await settle(a, b);
    const back = new ValueDoc(evil, shapeOf(partnerschapskaartDefinition.schema)).read();
    expect(back).to.deep.equal(before);
    evil.transact(() => evil.getText('value.filledBy').insert(0, 'x'.repeat(600)));
    await settle(a, b);
    expect(a.value.filledBy).to.equal('Groep');
    expect(b.value.filledBy).to.equal('Groep');
    evilConnection.destroy();
  });

  /** Another participant who writes straight into the room (as a peer's Y.Doc does), `count` notes, one transaction each. */
  const peerAdds = (count: number, prefix: string, cell = 'ik-doe') => {
    const peer = new Y.Doc();
    const peerConnection = provider.connect(room, peer);
    const notes = peer.getArray<Y.Map<unknown>>('value.notes');
    for (let i = 0; i < count; i++) {
      peer.transact(() => {
        const note = new Y.Map<unknown>();
        note.set('id', `${prefix}-${i}`);
        note.set('cell', cell);
        note.set('text', new Y.Text(`${prefix} ${i}`));
        note.set('author', new Y.Text('Carla'));
        notes.push([note]);
      });
    }
    return peerConnection;
  };

  it('changes that arrive together reach the card as one batch: one render, one na-remote-change, every note there', async () => {
    const a = await card('A', sample());
    await settle(a);
    const remote = recordEvents(a, 'na-remote-change');
    const renders = countRenders(a);
    const peer = peerAdds(40, 'snel');
    await settle(a);
    expect(remote).to.have.length(1);
    expect(renders()).to.equal(1);
    expect(a.value.notes.filter((n) => n.id.startsWith('snel-'))).to.have.length(40);
    expect(noteTexts(a)).to.include('snel 39');
    peer.destroy();
  });

  it('an edit made while a batch of other people\'s changes waits keeps their changes (nothing it had not seen is taken back)', async () => {
    const a = await card('A', sample());
    const b = await card('B');
    await settle(a, b);
    // In one task: Carla's notes arrive at both cards, and before they are on B's screen, Bram adds a note and retypes one.
    const peer = peerAdds(3, 'carla');
    await addNoteByHand(b, 'wij-doen', 'van Bram');
    await editNoteText(b, 'n1', 'iedereen weet de weg, zegt Bram');
    await settle(a, b);
    for (const el of [a, b]) {
      expect(noteTexts(el), el.parentElement!.dataset.participant).to.deep.equal(
        ['carla 0', 'carla 1', 'carla 2', 'iedereen weet de weg, zegt Bram', 'kwartaaloverleg', 'van Bram'],
      );
    }
    expect(a.value).to.deep.equal(b.value);
    peer.destroy();
  });

  it('one bad note in a batch is refused; the valid changes that came with it stay, in every card and in the room', async () => {
    const a = await card('A', sample());
    const b = await card('B');
    await settle(a, b);
    const invalidB = recordEvents<NaInvalidEvent>(b, 'na-invalid');
    const good = peerAdds(2, 'goed');
    const evil = peerAdds(1, 'kwaad', 'nergens');
    await settle(a, b);
    await settle(a, b);
    expect(invalidB.length).to.be.greaterThan(0);
    for (const el of [a, b]) {
      expect(noteTexts(el), el.parentElement!.dataset.participant).to.include.members(['goed 0', 'goed 1']);
      expect(noteTexts(el)).not.to.include('kwaad 0');
    }
    const room = new ValueDoc(samenSessionOf(a)!.doc, shapeOf(partnerschapskaartDefinition.schema)).read() as PartnerschapskaartValue;
    expect(room.notes.map((n) => n.text)).to.include.members(['goed 0', 'goed 1']);
    expect(room.notes.map((n) => n.text)).not.to.include('kwaad 0');
    good.destroy();
    evil.destroy();
  });

  it('undo takes back one\'s own edits only, never another participant\'s', async () => {
    const a = await card('A', sample());
    const b = await card('B');
    await settle(a, b);
    await addNoteByHand(a, 'ik-doe', 'van Anna');
    await addNoteByHand(b, 'ik-doe', 'van Bram');
    await editNoteText(b, 'n1', 'iedereen weet de weg, zegt Bram');
    await settle(a, b);
    expect(a.canUndo).to.equal(true);
    buttonByText(a, 'Ongedaan maken').click();
    await settle(a, b);
    for (const el of [a, b]) {
      expect(noteTexts(el)).to.include('van Bram');
      expect(noteTexts(el)).to.include('iedereen weet de weg, zegt Bram');
      expect(noteTexts(el)).not.to.include('van Anna');
    }
    expect(a.canUndo).to.equal(false);
    expect(a.redo()).to.equal(true);
    await settle(a, b);
    expect(noteTexts(b)).to.include('van Anna');
  });

  it('typing in one field is one undo step, as in a card on its own', async () => {
    const a = await card('A', sample());
    const b = await card('B');
    await settle(a, b);
    const field = filledByField(a);
    for (const text of ['Groep N', 'Groep No', 'Groep Noord']) type(field, text);
    await settle(a, b);
    await addNoteByHand(a, 'ik-doe', 'een geeltje');
    a.undo();
    await settle(a, b);
    expect(noteTexts(b)).not.to.include('een geeltje');
    expect(b.value.filledBy).to.equal('Groep Noord');
    a.undo();
    await settle(a, b);
    expect(b.value.filledBy).to.equal('Groep');
  });

  it('shows who is in the session with name and colour and where they are; comings and goings are announced politely', async () => {
    configureSamen({ provider, user: { name: 'Anna' } });
    const a = await card('A', sample());
    const presenceA = a.previousElementSibling!;
    expect(presenceA.localName).to.equal('na-samen-aanwezig');
    const other = document.createElement('na-partnerschapskaart') as Kaart;
    host.append(other);
    await other.updateComplete;
    const session = new SamenSession(other, { room, provider, definition: partnerschapskaartDefinition, user: { name: 'Bram' } });
    await settle(a, other);
    await (presenceA as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const text = () => visibleText(presenceA);
    expect(text()).to.contain('Anna (u)');
    expect(text()).to.contain('Bram');
    const live = shadow(presenceA).querySelector('[role="status"]')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.textContent).to.contain('Doet mee: Bram');
    filledByField(other).focus();
    await settle(a, other);
    await nextFrame();
    expect(text()).to.contain('bij Ingevuld door');
    const swatch = shadow(presenceA).querySelectorAll('.swatch')[1]!;
    expect(swatch.getAttribute('data-color')).to.equal('2'); // Bram is the second participant on the card
    session.destroy();
    await nextFrame();
    await (presenceA as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(live.textContent).to.contain('Is weg: Bram');
    expect(shadow(presenceA).querySelector('[part="list"]')!.textContent).not.to.contain('Bram');
    await expect(presenceA).to.be.accessible();
  });

  it('shows on the card in which cell another participant is writing, without blocking that cell', async () => {
    configureSamen({ provider, user: { name: 'Anna' } });
    const a = await card('A', sample());
    const other = document.createElement('na-partnerschapskaart') as Kaart;
    host.append(other);
    await other.updateComplete;
    const session = new SamenSession(other, { room, provider, definition: partnerschapskaartDefinition, user: { name: 'Bram' } });
    await settle(a, other);
    const cellText = (el: Kaart, cell: string) => q(el, `[data-cell="${cell}"]`).textContent!.replace(/\s+/g, ' ');
    expect(cellText(a, 'geslaagd')).not.to.contain('Bram');
    // Bram opens the 'new note' field of the first column (the one a narrow screen shows) and starts writing there.
    q<HTMLButtonElement>(other, '#add-btn-geslaagd').click();
    await other.updateComplete;
    q<HTMLTextAreaElement>(other, '#add-geslaagd').focus();
    await settle(a, other);
    expect(cellText(a, 'geslaagd')).to.contain('Schrijft hier nu: Bram');
    expect(q(a, '[data-cell="kennis-delen"] .co-editors')).to.equal(null);
    expect(q(a, '[data-cell="geslaagd"] .co-editors .swatch').getAttribute('data-color')).to.equal('2');
    expect(visibleText(a.previousElementSibling!)).to.contain('Bram bij');
    // Never blocking: Anna adds a note to that cell while Bram is there, and Bram sees it.
    await addNoteByHand(a, 'geslaagd', 'ik schrijf hier ook');
    await settle(a, other);
    expect(noteTexts(other)).to.include('ik schrijf hier ook');
    // Bram leaves the field: the line goes.
    q<HTMLTextAreaElement>(other, '#add-geslaagd').blur();
    await settle(a, other);
    expect(q(a, '[data-cell="geslaagd"] .co-editors')).to.equal(null);
    await expect(a).to.be.accessible();
    session.destroy();
  });

  it('the facilitator\'s step of the session script is shared by the room', async () => {
    const a = await card('A', sample());
    const b = await card('B');
    a.facilitator = true;
    b.facilitator = true;
    await settle(a, b);
    a.goToSessionStep(3);
    await settle(a, b);
    expect(b.sessionStep).to.equal(3);
  });

  it('the facilitator\'s step timer is shared by the room: started, paused and reset in one card, the same time in the other', async () => {
    let now = 1_000_000;
    const clock = { now: () => now };
    const a = await card('A', sample());
    const b = await card('B');
    for (const el of [a, b]) {
      el.facilitator = true;
      el.clock = clock; // one wall clock, as two laptops have
    }
    await settle(a, b);
    const time = (el: Kaart) => q(el, '[role="timer"]').textContent!.trim();
    buttonByText(a, 'Start de tijd').click();
    now += 90_000;
    await settle(a, b);
    b.requestUpdate();
    await settle(a, b);
    expect(time(b)).to.equal('01:30');
    expect(b.timerRunning).to.equal(true);
    expect(visibleText(b)).to.contain('Pauzeer de tijd');
    buttonByText(b, 'Pauzeer de tijd').click();
    now += 60_000;
    await settle(a, b);
    a.requestUpdate();
    await settle(a, b);
    expect(a.timerRunning).to.equal(false);
    expect(time(a)).to.equal('01:30');
    // The next step (its own timer at zero) for everyone; the previous step keeps its time.
    buttonByText(a, 'Volgende stap').click();
    await settle(a, b);
    expect(b.sessionStep).to.equal(2);
    expect(time(b)).to.equal('00:00');
    buttonByText(b, 'Vorige stap').click();
    await settle(a, b);
    expect(a.sessionStep).to.equal(1);
    expect(time(a)).to.equal('01:30');
    buttonByText(a, 'Zet de tijd op nul').click();
    await settle(a, b);
    expect(time(b)).to.equal('00:00');
  });

  it('merging group cards on a shared plenary card: every participant gets the merged notes, each with its group', async () => {
    const a = await card('A', sample());
    const b = await card('B');
    a.facilitator = true;
    await settle(a, b);
    const group = (filledBy: string, text: string): PartnerschapskaartValue => ({
      schemaVersion: 1,
      filledBy,
      participants: ['Daan'],
      notes: [{ id: `g-${filledBy}`, cell: 'ik-doe', text, author: 'Daan' }],
    });
    expect(a.merge([JSON.stringify(group('Groep 1', 'de buurtbus')), group('Groep 2', 'een koffieochtend')])).to.equal(true);
    await settle(a, b);
    expect(noteTexts(b)).to.include.members(['de buurtbus', 'een koffieochtend']);
    expect(b.value.notes.find((n) => n.text === 'de buurtbus')!.from).to.equal('Groep 1');
    expect(b.value).to.deep.equal(a.value);
    // Undo in the facilitator's card takes the merge back for everyone.
    a.undo();
    await settle(a, b);
    expect(noteTexts(b)).not.to.include('de buurtbus');
  });

  it('talentenkaart in a group: people and actions added at the same time all stay; typing in one person\'s name merges', async () => {
    const make = async (value?: TalentenkaartGroepValue) => {
      const el = document.createElement('na-talentenkaart-groep') as NaTalentenkaartGroep;
      if (value) el.value = value;
      el.setAttribute('samen-room', room);
      host.append(el);
      await el.updateComplete;
      return el;
    };
    const a = await make();
    const b = await make();
    await settle(a, b);
    const addPerson = async (el: NaTalentenkaartGroep, name: string) => {
      type(q<HTMLInputElement>(el, '#add-person'), name);
      q<HTMLInputElement>(el, '#add-person').form!.requestSubmit();
      await el.updateComplete;
    };
    await addPerson(a, 'Anna');
    await settle(a, b);
    connection(a).online = false;
    connection(b).online = false;
    await addPerson(a, 'Bram');
    await addPerson(b, 'Carla');
    q<HTMLButtonElement>(a, '#add-action').click();
    q<HTMLButtonElement>(b, '#add-action').click();
    await settle(a, b);
    const anna = a.value.people[0]!.id;
    type(q<HTMLInputElement>(a, `#p-${anna}-name`), 'Anna de Vries');
    type(q<HTMLInputElement>(b, `#p-${anna}-name`), 'Tante Anna');
    await settle(a, b);
    connection(a).online = true;
    connection(b).online = true;
    await settle(a, b);
    for (const el of [a, b]) {
      expect(el.value.people.map((p) => p.name).sort()).to.deep.equal(['Bram', 'Carla', 'Tante Anna de Vries']);
      expect(el.value.actions).to.have.length(2);
    }
    expect(a.value).to.deep.equal(b.value);
    expect(talentenkaartGroepDefinition.schema.safeParse(a.value).success).to.equal(true);
  });
});
