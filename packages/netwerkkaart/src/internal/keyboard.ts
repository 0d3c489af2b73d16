import { msg, str } from '@niet-alleen/core/msg';
import type { Contact, NetwerkkaartValue } from '../schema.js';

/** What the keys on a contact read of the element, and what they do there. */
export interface ContactKeysHost {
  readonly value: NetwerkkaartValue;
  readonly readonly: boolean;
  /** The contact picked up with Space (the arrows move it), and the contact a new tie starts from. */
  readonly grabbedId: string | null;
  readonly tieFrom: string | null;
  grab(id: string | null): void;
  /** Escape: tie mode and a picked-up contact end. */
  stop(): void;
  focusContact(id: string): void;
  moveContact(id: string, dRing: number, dSector: number): void;
  /** Enter: completes a tie in tie mode, otherwise opens the contact's form. */
  activate(c: Contact): void;
  removeContact(id: string): void;
  announce(text: string): void;
  nameOf(c: Contact): string;
}

/** Up, down, left, right: [rings outwards, sectors clockwise, steps through the contacts]. */
const arrows: Record<string, [number, number, number]> = {
  ArrowUp: [-1, 0, -1], ArrowDown: [1, 0, 1], ArrowLeft: [0, -1, -1], ArrowRight: [0, 1, 1],
};

/**
 * A key on a contact of the map, the keyboard alternative of every drag: the arrows go to the
 * next or previous contact, or move a picked-up one (Space picks up and puts down); Enter opens
 * the form (or completes a tie), Delete removes, Escape stops a tie or a pick-up.
 */
export function onContactKey(e: KeyboardEvent, c: Contact, host: ContactKeysHost): void {
  const list = host.value.contacts;
  const i = list.indexOf(c);
  const grabbed = host.grabbedId === c.id && !host.readonly;
  const arrow = arrows[e.key];
  if (arrow) {
    e.preventDefault();
    if (grabbed) host.moveContact(c.id, arrow[0], arrow[1]);
    else host.focusContact(list[(i + arrow[2] + list.length) % list.length]!.id);
    return;
  }
  switch (e.key) {
    case 'Home':
    case 'End':
      e.preventDefault();
      host.focusContact(list[e.key === 'Home' ? 0 : list.length - 1]!.id);
      return;
    case ' ':
      e.preventDefault();
      if (host.readonly) return;
      host.grab(grabbed ? null : c.id);
      host.announce(grabbed ? msg(str`${host.nameOf(c)} staat op zijn plek.`) : msg(str`${host.nameOf(c)} is opgepakt. Pijl omhoog: dichterbij; pijl omlaag: verder weg; pijl links en rechts: ander levensdomein. Spatie: neerzetten.`));
      return;
    case 'Enter':
      e.preventDefault();
      if (host.readonly) return;
      if (grabbed) host.grab(null);
      else host.activate(c);
      return;
    case 'Delete':
    case 'Backspace':
      e.preventDefault();
      if (!host.readonly) host.removeContact(c.id);
      return;
    case 'Escape':
      if (host.tieFrom || host.grabbedId) {
        e.preventDefault();
        host.stop();
        host.announce(msg('Gestopt.'));
      }
  }
}
