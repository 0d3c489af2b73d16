import { html } from 'lit';
import { msg, str } from '@niet-alleen/core/msg';
import { button, textField } from '@niet-alleen/core';
import { partnerschapskaartLimits, type PartnerschapNote } from '../schema.js';
import { cellPrompt, cellsByStep, stepIds, stepLabel, stepName, type CellId, type StepId } from '../content.js';
import { addNoteField } from './add-note.js';
import type { NoteBoard } from './board.js';

/*
 * What the board shows only while someone edits (issue 32): a note's editor, its 'Verplaats
 * naar…' menu and the field that adds a note. A chunk of its own, loaded the first time one of
 * them opens; a card that is only looked at (or printed) never transfers it.
 */

function updateNote(board: NoteBoard, id: string, changes: Partial<PartnerschapNote>): void {
  if (changes.text !== undefined) changes.text = changes.text.slice(0, partnerschapskaartLimits.text);
  if (changes.author !== undefined) changes.author = changes.author.slice(0, partnerschapskaartLimits.author);
  const value = board.host.value;
  board.options.commit({ ...value, notes: value.notes.map((n) => (n.id === id ? { ...n, ...changes } : n)) }, { coalesce: `note-${id}-${Object.keys(changes).join()}` });
}

function closeMoveMenu(board: NoteBoard, id: string): void {
  board.change({ moving: null });
  board.focusAfterRender(`#move-btn-${id}`);
}

/** Escape closes the menu; arrow keys, Home and End move between its targets (Tab works too). */
function onMoveMenuKeydown(board: NoteBoard, event: KeyboardEvent, id: string): void {
  if (event.key === 'Escape') {
    event.stopPropagation();
    closeMoveMenu(board, id);
    return;
  }
  const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  const next =
    event.key === 'ArrowDown' ? buttons[(at + 1) % buttons.length]
    : event.key === 'ArrowUp' ? buttons[(at - 1 + buttons.length) % buttons.length]
    : event.key === 'Home' ? buttons[0]
    : event.key === 'End' ? buttons.at(-1)
    : undefined;
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

/** 'Verplaats naar…': every other cell of the card, by step (the keyboard alternative to dragging, SC 2.5.7). */
export function renderMoveMenu(board: NoteBoard, note: PartnerschapNote) {
  return html`<div
    class="move-menu"
    id="move-menu-${note.id}"
    role="group"
    aria-labelledby="move-menu-${note.id}-label"
    @keydown=${(e: KeyboardEvent) => onMoveMenuKeydown(board, e, note.id)}
  >
    <p class="move-menu__label" id="move-menu-${note.id}-label">${msg('Verplaats naar:')}</p>
    ${stepIds.map(
      (step) => html`<p class="move-menu__step" aria-hidden="true">${stepLabel(step)} ${stepName(step)}</p>
        <ul>
          ${cellsByStep[step]
            .filter((cell) => cell !== note.cell)
            .map(
              (cell) => html`<li>
                <button
                  type="button"
                  class="na-button"
                  data-variant="subtle"
                  id="move-${note.id}-${cell}"
                  @click=${() => {
                    board.change({ moving: null });
                    board.host.moveNote(note.id, cell);
                    board.focusAfterRender(`#move-btn-${note.id}`);
                  }}
                ><span class="na-visually-hidden">${stepLabel(step)} ${stepName(step)}: </span>${cellPrompt(cell)}</button>
              </li>`,
            )}
        </ul>`,
    )}
    ${button({ label: msg('Annuleren'), variant: 'subtle', onClick: () => closeMoveMenu(board, note.id) })}
  </div>`;
}

/** A note's text and author to edit; 'Klaar' (or Escape) ends, and a new author joins the participants. */
export function renderNoteEditor(board: NoteBoard, note: PartnerschapNote) {
  const done = () => {
    const value = board.host.value;
    const author = (value.notes.find((n) => n.id === note.id)?.author ?? '').trim();
    if (author && !value.participants.includes(author)) {
      board.options.commit({ ...value, participants: [...value.participants, author] });
    }
    board.change({ editing: null });
    board.focusAfterRender(`#edit-btn-${note.id}`);
  };
  return html`<div
    class="na-note note-editor"
    data-color=${board.options.colorOf(note.author)}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        done();
      }
    }}
  >
    ${textField({ id: `edit-${note.id}`, label: msg('Tekst van het geeltje'), value: note.text, multiline: true, onInput: (text) => updateNote(board, note.id, { text }) })}
    ${textField({ id: `edit-author-${note.id}`, label: msg('Geschreven door'), value: note.author, onInput: (author) => updateNote(board, note.id, { author }) })}
    ${button({ label: msg('Klaar'), variant: 'primary', onClick: done })}
  </div>`;
}

/** The field that adds a note to `cell` by the current writer; 'Sluiten' (or Escape) returns to its button. */
export function renderAddNote(board: NoteBoard, cell: CellId, step: StepId) {
  const writer = board.host.writer;
  return addNoteField({
    id: `add-${cell}`,
    label: msg('Nieuw geeltje'),
    context: `${stepLabel(step)} ${stepName(step)}, ${cellPrompt(cell)}`,
    buttonLabel: msg('Plak op de kaart'),
    maxLength: partnerschapskaartLimits.text,
    hint: writer ? msg(str`Schrijft: ${writer}`) : msg('Zonder naam'),
    onAdd: (text) => board.host.addNote(cell, text),
    closeLabel: msg('Sluiten'),
    onClose: () => {
      board.change({ adding: null });
      board.focusAfterRender(`#add-btn-${cell}`);
    },
  });
}
