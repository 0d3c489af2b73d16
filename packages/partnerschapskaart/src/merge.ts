import { createId } from '@niet-alleen/core';
import type { PartnerschapNote, PartnerschapskaartValue } from './schema.js';

const sameNote = (a: PartnerschapNote, b: PartnerschapNote) =>
  a.id === b.id && a.cell === b.cell && a.text === b.text && a.author === b.author;

/**
 * Brings group cards together on a plenary card (11.4, steps 3 and 5): every note keeps its
 * cell, text and author, and remembers the card it came from. Merging the same card twice
 * adds nothing; a note whose id is taken by a different note gets a new id. Pure.
 */
export function mergeCards(base: PartnerschapskaartValue, cards: readonly PartnerschapskaartValue[]): PartnerschapskaartValue {
  const notes = [...base.notes];
  const participants = [...base.participants];
  for (const card of cards) {
    for (const p of card.participants) if (!participants.includes(p)) participants.push(p);
    for (const note of card.notes) {
      if (notes.some((n) => sameNote(n, note))) continue;
      const from = note.from ?? (card.filledBy.trim() || undefined);
      const id = notes.some((n) => n.id === note.id) ? createId() : note.id;
      notes.push(from === undefined ? { ...note, id } : { ...note, id, from });
      if (note.author && !participants.includes(note.author)) participants.push(note.author);
    }
  }
  return { ...base, participants, notes };
}
