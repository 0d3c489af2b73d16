import { msg, str } from '@niet-alleen/core/msg';
import type { Contact, NetwerkkaartValue } from '../schema.js';
import type { MapModel } from './model.js';

/** What the keys on a contact read of the element, and the edits they make. */
export interface ContactKeysHost {
  readonly value: NetwerkkaartValue;
  readonly readonly: boolean;
  moveContact(id: string, dRing: number, dSector: number): void;
  removeContact(id: string): void;
  announce(text: string): void;
}

/** The element's own state the keys read: the contact picked up with Space, and the contact a new tie starts from. */
export interface ContactKeysState {
  readonly grabbedId: string | null;
  readonly tieFrom: string | null;
}

/** What the keys do to the element's own state. */
export interface ContactKeysActions {
  grab(id: string | null): void;
  /** Escape: tie mode and a picked-up contact end. */
  stop(): void;
  focusContact(id: string): void;
  /** Enter: completes a tie in tie mode, otherwise opens the contact's form. */
  activate(c: Contact): void;
}

/** Up, down, left, right: [rings outwards, sectors clockwise, steps through the contacts]. */
const arrows: Record<string, [number, number, number]> = {
  ArrowUp: [-1, 0, -1], ArrowDown: [1, 0, 1], ArrowLeft: [0, -1, -1], ArrowRight: [0, 1, 1],
};

/**
 * The keys on a contact of the map, the keyboard alternative of every drag: the arrows go to the
 * next or previous contact, or move a picked-up one (Space picks up and puts down); Enter opens
 * the form (or completes a tie), Delete removes, Escape stops a tie or a pick-up.
 */
export class ContactKeys {
  constructor(
    private readonly host: ContactKeysHost,
    private readonly model: MapModel,
    private readonly state: () => ContactKeysState,
    private readonly ui: ContactKeysActions,
  ) {}

  onKey(e: KeyboardEvent, c: Contact): void {
    const { host, ui } = this;
    const now = this.state();
    const list = host.value.contacts;
    const i = list.indexOf(c);
    const grabbed = now.grabbedId === c.id && !host.readonly;
    const arrow = arrows[e.key];
    if (arrow) {
      e.preventDefault();
      if (grabbed) host.moveContact(c.id, arrow[0], arrow[1]);
      else ui.focusContact(list[(i + arrow[2] + list.length) % list.length]!.id);
      return;
    }
    switch (e.key) {
      case 'Home':
      case 'End':
        e.preventDefault();
        ui.focusContact(list[e.key === 'Home' ? 0 : list.length - 1]!.id);
        return;
      case ' ':
        e.preventDefault();
        if (host.readonly) return;
        ui.grab(grabbed ? null : c.id);
        host.announce(grabbed ? msg(str`${this.model.nameOf(c)} staat op zijn plek.`) : msg(str`${this.model.nameOf(c)} is opgepakt. Pijl omhoog: dichterbij; pijl omlaag: verder weg; pijl links en rechts: ander levensdomein. Spatie: neerzetten.`));
        return;
      case 'Enter':
        e.preventDefault();
        if (host.readonly) return;
        if (grabbed) ui.grab(null);
        else ui.activate(c);
        return;
      case 'Delete':
      case 'Backspace':
        e.preventDefault();
        if (!host.readonly) host.removeContact(c.id);
        return;
      case 'Escape':
        if (now.tieFrom || now.grabbedId) {
          e.preventDefault();
          ui.stop();
          host.announce(msg('Gestopt.'));
        }
    }
  }
}
