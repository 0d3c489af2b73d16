import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@niet-alleen/core/msg';
import { DragController, button, focusAfterRender, getLocale, heading, isolate, listFormat, noteCard, type Drag, type DragEnd } from '@niet-alleen/core';
import { OnDemand } from '@niet-alleen/core/on-demand';
import type { PartnerschapNote, PartnerschapskaartValue } from '../schema.js';
import { cellAspects, cellIds, cellPrompt, cellsByStep, stepLabel, stepName, stepOfCell, type CellId, type StepId } from '../content.js';

/** What the board of notes needs of the partnerschapskaart. */
export interface BoardHost extends ReactiveControllerHost {
  readonly value: PartnerschapskaartValue;
  readonly readonly: boolean;
  readonly headingLevel: number;
  readonly writer: string;
  /** Others in a shared session (@niet-alleen/samen) and the cell they are writing in. */
  readonly coEditors: readonly CoEditor[];
  readonly renderRoot: HTMLElement | DocumentFragment;
  announce(text: string): void;
  addNote(cell: CellId, text: string): void;
  moveNote(id: string, cell: CellId): void;
  removeNote(id: string): void;
  undo(): boolean;
}

/** Someone else writing on this card now, in a shared session: their name, colour slot (1–6) and cell. */
export interface CoEditor {
  name: string;
  color: number;
  cell: string;
}

export interface BoardOptions {
  /** The element's commit (protected there). */
  commit: (next: PartnerschapskaartValue, options?: { coalesce?: string | null; announce?: string }) => void;
  colorOf: (author: string) => number;
  /**
   * A column's cells to render now: all of them, or its first ones during the first render (core's
   * Progressive). The cells grow at the end of every column, so the columns stand side by side from
   * the start and nothing already shown moves.
   */
  shown: (cells: readonly CellId[]) => readonly CellId[];
}

/** How one column looks now (facilitator mode quiets the columns the group is not working on). */
export interface ColumnState {
  current: boolean;
  quiet: boolean;
  shown: boolean;
}

/**
 * The notes on the card: editing one, its 'Verplaats naar…' menu, adding one to a cell, the undo
 * button of a removed one, and dragging a note to another cell with a pointer (core's
 * DragController; the menu is the keyboard alternative, SC 2.5.7). Focus follows every step.
 */
export class NoteBoard implements ReactiveController {
  /** The note whose editor is open. */
  editing: string | null = null;
  /** The note whose move menu is open. */
  moving: string | null = null;
  /** The cell whose 'new note' field is open. */
  adding: CellId | null = null;
  /** The note just removed: its cell shows an undo button until the next edit. */
  lastRemoved: { id: string; cell: CellId; text: string } | null = null;
  /** The cell under a dragged note. */
  #over: CellId | null = null;
  readonly #drag: DragController<string>;

  /** The editor, the move menu and the add field (internal/note-editing.ts): loaded when one first opens. */
  readonly #editingPart: OnDemand<typeof import('./note-editing.js')>;

  constructor(
    readonly host: BoardHost,
    readonly options: BoardOptions,
  ) {
    host.addController(this);
    this.#editingPart = new OnDemand(host, () => import('./note-editing.js'));
    this.#drag = new DragController<string>(host, {
      onStart: () => host.requestUpdate(),
      onMove: (d, e) => this.#dragMove(d, e),
      onEnd: (d, how, e) => this.#dragEnd(d, how, e),
    });
  }

  hostConnected(): void {}

  /**
   * Asks for the editing part before the render once an editor, menu or field is open: a note's
   * template is made while Lit commits the render (repeat), where asking would schedule an update
   * inside the update.
   */
  hostUpdate(): void {
    if (this.editing || this.moving || this.adding) this.#editingPart.get();
  }

  /** `render` with the editing part, or its loading line while it loads. */
  #editing(render: (part: typeof import('./note-editing.js')) => unknown) {
    const part = this.#editingPart.get();
    return part ? render(part) : this.#editingPart.placeholder();
  }

  /** Changes what is open (or the removed note) and renders again. */
  change(changes: Partial<Pick<NoteBoard, 'editing' | 'moving' | 'adding' | 'lastRemoved'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /** Focuses the first of `selectors` that is shown once the board has rendered (and the editing part, if asked for, has loaded). */
  focusAfterRender(...selectors: string[]): void {
    void focusAfterRender(this.host, selectors, { visibleOnly: true });
  }

  /** Removes a note (undo brings it back); focus goes to its neighbour, else to adding a note. */
  removeNote(id: string): void {
    const host = this.host;
    const notes = host.value.notes;
    const note = notes.find((n) => n.id === id);
    if (!note || host.readonly) return;
    const sameCell = notes.filter((n) => n.cell === note.cell);
    const at = sameCell.indexOf(note);
    const neighbour = sameCell[at + 1] ?? sameCell[at - 1];
    this.change({ editing: this.editing === id ? null : this.editing, moving: null });
    this.options.commit({ ...host.value, notes: notes.filter((n) => n.id !== id) }, {
      announce: msg(str`Verwijderd: ${note.text}. Met Ongedaan maken komt het terug.`),
    });
    this.change({ lastRemoved: { id, cell: note.cell, text: note.text } });
    this.focusAfterRender(neighbour ? `#edit-btn-${neighbour.id}` : `#add-btn-${note.cell}`, `#add-${note.cell}`, `#column-${stepOfCell(note.cell)}`);
  }

  #undoRemove(): void {
    const removed = this.lastRemoved;
    this.host.undo();
    if (removed) this.focusAfterRender(`#edit-btn-${removed.id}`);
  }

  // ——— dragging a note with a pointer ———

  #pointerDown(event: PointerEvent, note: PartnerschapNote): void {
    if (this.host.readonly || event.button !== 0 || this.editing === note.id) return;
    const target = event.target as HTMLElement;
    if (target.closest('button, input, textarea, a, select, .move-menu')) return;
    // On touch screens only the grip drags, so the page still scrolls over notes.
    if (event.pointerType === 'touch' && !target.closest('.grip')) return;
    this.#drag.down(event, note.id);
  }

  #dragMove(d: Drag<string>, event: PointerEvent): void {
    // CSSOM, not a style attribute: allowed under a strict CSP.
    (d.element as HTMLElement).style.transform = `translate(${d.delta[0]}px, ${d.delta[1]}px)`;
    const over = this.#cellAt(event.clientX, event.clientY, d.element);
    if (over !== this.#over) {
      this.#over = over;
      this.host.requestUpdate();
    }
  }

  #dragEnd(d: Drag<string>, how: DragEnd, event: Event | null): void {
    (d.element as HTMLElement).style.removeProperty('transform');
    const over = this.#over;
    this.#over = null;
    this.host.requestUpdate();
    if (how === 'drop' && over) {
      this.host.moveNote(d.key, over);
      this.focusAfterRender(`#move-btn-${d.key}`);
    } else if (how === 'cancel' && event instanceof KeyboardEvent) {
      this.host.announce(msg('Verslepen afgebroken.'));
    }
  }

  /** The cell under the pointer, looking through the note being dragged. */
  #cellAt(x: number, y: number, dragged: Element): CellId | null {
    const root = this.host.renderRoot as ShadowRoot;
    for (const el of root.elementsFromPoint(x, y)) {
      if (dragged.contains(el)) continue;
      const cell = (el as HTMLElement).closest?.<HTMLElement>('[data-cell]')?.dataset.cell;
      if (cell) return cellIds.includes(cell as CellId) ? (cell as CellId) : null;
    }
    return null;
  }

  #openMoveMenu(id: string): void {
    this.change({ moving: this.moving === id ? null : id });
    if (this.moving) this.focusAfterRender(`#move-menu-${id} button`);
  }

  // ——— rendering ———

  /**
   * A note's template is made again only when something it shows changed: on a full card in a
   * shared session (1,000 notes, 20 people) every batch of changes rendered every note again
   * (~58 ms a batch; docs/performance.md, Samen). A note being edited or moved is always rendered
   * (its editor or menu may still be loading: the guard would keep the loading line).
   */
  #renderNoteOnce(note: PartnerschapNote) {
    if (this.editing === note.id || this.moving === note.id) return this.#renderNote(note);
    const shows = [JSON.stringify(note), this.#drag.isDragging(note.id), this.host.readonly, getLocale(), this.options.colorOf(note.author)];
    return guard(shows, () => this.#renderNote(note));
  }

  #renderNote(note: PartnerschapNote) {
    const readonly = this.host.readonly;
    if (this.editing === note.id && !readonly) return html`<li class="note-item">${this.#editing((part) => part.renderNoteEditor(this, note))}</li>`;
    const color = this.options.colorOf(note.author);
    const actions = html`<span hidden id="note-text-${note.id}">${note.text}</span>${note.from ? html`<p class="note-from">${msg(str`uit: ${note.from}`)}</p>` : nothing}
      ${readonly
        ? nothing
        : html`<div class="note-actions na-no-print">
              <span class="grip" aria-hidden="true" title=${msg('Versleep')}>⠿</span>
              ${button({ id: `edit-btn-${note.id}`, label: msg('Bewerk'), variant: 'subtle', describedBy: `note-text-${note.id}`, onClick: () => {
                this.change({ editing: note.id, moving: null });
                this.focusAfterRender(`#edit-${note.id}`);
              } })}
              ${button({ id: `remove-btn-${note.id}`, label: msg('Verwijder'), variant: 'subtle', describedBy: `note-text-${note.id}`, onClick: () => this.host.removeNote(note.id) })}
              ${button({ id: `move-btn-${note.id}`, label: msg('Verplaats naar…'), variant: 'subtle', describedBy: `note-text-${note.id}`, expanded: this.moving === note.id, onClick: () => this.#openMoveMenu(note.id) })}
            </div>
            ${this.moving === note.id ? this.#editing((part) => part.renderMoveMenu(this, note)) : nothing}`}`;
    return html`<li
      class="note-item ${this.#drag.isDragging(note.id) ? 'dragging' : ''}"
      id="note-${note.id}"
      data-note=${note.id}
      data-color=${color}
      @pointerdown=${(e: PointerEvent) => this.#pointerDown(e, note)}
      @pointermove=${(e: PointerEvent) => this.#drag.move(e)}
      @pointerup=${(e: PointerEvent) => this.#drag.up(e)}
      @pointercancel=${(e: PointerEvent) => this.#drag.cancel(e)}
      @lostpointercapture=${(e: PointerEvent) => this.#drag.up(e)}
    >
      ${noteCard({ text: note.text, author: note.author || undefined, colorIndex: color, actions })}
    </li>`;
  }

  #renderAdd(cell: CellId, step: StepId) {
    if (this.adding !== cell) {
      return html`<div class="add-open na-no-print">
        ${button({
          id: `add-btn-${cell}`,
          label: msg('Geeltje toevoegen'),
          variant: 'subtle',
          describedBy: `column-${step}-heading cell-${cell}-heading`,
          onClick: () => {
            this.change({ adding: cell });
            this.focusAfterRender(`#add-${cell}`);
          },
        })}
      </div>`;
    }
    return this.#editing((part) => part.renderAddNote(this, cell, step));
  }

  #renderCell(cell: CellId, step: StepId, quiet: boolean) {
    const host = this.host;
    const notes = host.value.notes.filter((n) => n.cell === cell);
    const aspects = cellAspects(cell);
    const over = this.#drag.current?.moved && this.#over === cell;
    return html`<section class="cell ${over ? 'drop-target' : ''}" part="cell" data-cell=${cell} role="group" aria-labelledby="column-${step}-heading cell-${cell}-heading">
      ${heading(host.headingLevel + 2, cellPrompt(cell), 'na-heading cell__heading', `cell-${cell}-heading`)}
      ${aspects.length ? html`<ul class="aspects">${aspects.map((a) => html`<li>${a}</li>`)}</ul>` : nothing}
      ${this.#renderCoEditors(cell)}
      ${notes.length ? html`<ul class="notes" aria-labelledby="cell-${cell}-heading">${repeat(notes, (n) => n.id, (n) => this.#renderNoteOnce(n))}</ul>` : nothing}
      ${this.lastRemoved?.cell === cell && !host.readonly
        ? html`<div class="removed na-no-print">
            <p>${msg(str`Verwijderd: ${this.lastRemoved.text}`)}</p>
            ${button({ id: `undo-remove-${cell}`, label: msg('Ongedaan maken'), variant: 'subtle', onClick: () => this.#undoRemove() })}
          </div>`
        : nothing}
      ${notes.length ? nothing : html`<div class="print-lines na-print-only" aria-hidden="true"><span></span><span></span><span></span></div>`}
      ${host.readonly || quiet ? nothing : this.#renderAdd(cell, step)}
    </section>`;
  }

  /** Who else is writing in this cell now (shared session): shown, not announced (the presence list announces). */
  #renderCoEditors(cell: CellId) {
    // In alphabetical order: the peers' order (their awareness ids) is random and would make the line jump.
    const here = this.host.coEditors.filter((e) => e.cell === cell).sort((a, b) => a.name.localeCompare(b.name, getLocale()));
    if (!here.length) return nothing;
    const names = listFormat(getLocale()).format(here.map((e) => e.name || msg('Iemand zonder naam')));
    return html`<p class="co-editors na-no-print" part="co-editors">
      ${here.map((e) => html`<span class="swatch" data-color=${e.color} aria-hidden="true"></span>`)}
      <span>${msg(str`Schrijft hier nu: ${isolate(names)}`)}</span>
    </p>`;
  }

  renderColumn(step: StepId, { current, quiet, shown }: ColumnState) {
    return html`<section
      class="column"
      id="column-${step}"
      tabindex="-1"
      part="column"
      data-step=${step}
      ?data-current=${current}
      ?data-quiet=${quiet}
      ?data-shown=${shown}
      role="group"
      aria-labelledby="column-${step}-heading"
    >
      ${heading(this.host.headingLevel + 1, html`<span class="column__step">${stepLabel(step)}</span> <span class="column__name">${stepName(step)}</span>`, 'na-heading column__heading', `column-${step}-heading`)}
      ${current ? html`<p class="now">${msg('Nu aan de beurt')}</p>` : nothing}
      ${this.options.shown(cellsByStep[step]).map((cell) => this.#renderCell(cell, step, quiet))}
    </section>`;
  }
}
