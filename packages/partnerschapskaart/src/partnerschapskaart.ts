import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@niet-alleen/core/msg';
import {
  NaInstrumentElement, addItemField, authorColorIndex, button, citing, createId, datedFilename, downloadFile, guidance,
  heading, isolate, noteCard, parseValue, textField, type PageSize,
  translationNotice,
} from '@niet-alleen/core';
import { partnerschapskaartLimits, partnerschapskaartDefinition, type PartnerschapNote, type PartnerschapskaartValue } from './schema.js';
import {
  cardText, cellAspects, cellIds, cellPrompt, cellsByStep, equation, sessionInfo, sessionSteps, sessionText, sessionTitle, stepIds,
  stepLabel, stepName, stepOfCell, type CellId, type SessionStep, type StepId,
} from './content.js';
import { mergeCards } from './merge.js';
import { agreementMarkdown } from './agreement.js';
import { NaSessionStepEvent } from './events.js';
import { addNoteField } from './internal/add-note.js';
import { SessionTimer, formatDuration, systemClock, type Clock } from './internal/session-timer.js';
import { partnerschapskaartStyles } from './partnerschapskaart.styles.js';
import type { InstrumentListeners } from '@niet-alleen/core';

interface Drag {
  noteId: string;
  element: HTMLElement;
  pointerId: number;
  startX: number;
  startY: number;
  dx: number;
  dy: number;
  /** True once the pointer moved far enough to be a drag and not a click. */
  active: boolean;
  over: CellId | null;
}

const dragThreshold = 6;

/** Listeners typed by this element's value (`event.detail.value` is a PartnerschapskaartValue); see InstrumentListeners. */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the interface only narrows the listener types */
export interface NaPartnerschapskaart {
  addEventListener: InstrumentListeners<PartnerschapskaartValue>['addEventListener'];
  removeEventListener: InstrumentListeners<PartnerschapskaartValue>['removeEventListener'];
}

/**
 * Partnerschapskaart (workbook 11.4, 11.6): ACTIES + VOORWAARDEN + SAMENWERKING = SUCCES.
 * A mixed group fills the card right to left in five steps with notes ('geeltjes'), each with
 * its author. In facilitator mode the session script of 11.4 (steps 1–6 with their times)
 * guides the facilitator: the current step is highlighted, a timer runs per step, group cards
 * are merged into the plenary card, and step 6 turns the card into a draft agreement text.
 *
 * The columns are in DOM (and screen reader) order STAP 1 … STAP 5; CSS grid places STAP 1 at
 * the inline end (the right in Dutch, as on paper; the left on a `dir="rtl"` page).
 *
 * @element na-partnerschapskaart
 * @fires na-change - After each edit; `detail.value` is the new {@link PartnerschapskaartValue}.
 * @fires na-invalid - Data from outside (property, file, merged card) was refused; `detail: { source, issues }`.
 * @fires na-session-step - The facilitator moved to another step of the session; `detail: { step }`.
 * @csspart base - Wrapper around everything.
 * @csspart header - Title, introduction and guidance.
 * @csspart facilitator - The session script with the step timer and merging (facilitator mode).
 * @csspart timer - The time counter of the current session step.
 * @csspart meta - 'Ingevuld door' and the participants.
 * @csspart step-tabs - On narrow screens: choose the step to show.
 * @csspart card - The five columns with the equation above them.
 * @csspart equation - ACTIES + VOORWAARDEN + SAMENWERKING = SUCCES.
 * @csspart column - One step (STAP 1 … STAP 5).
 * @csspart cell - One box of a column, with its question and notes.
 * @csspart note - One note.
 * @csspart add-note - The field to add a note to a cell.
 * @csspart agreement - Step 6: the draft text for a samenwerkingsovereenkomst.
 * @csspart toolbar - Export, import, print, undo, redo, empty.
 * @cssprop --na-partnerschapskaart-column-background-color - Background of a column.
 * @cssprop --na-partnerschapskaart-column-current-background-color - Background of the column the group works on now (facilitator mode).
 * @cssprop --na-partnerschapskaart-column-current-border-color - Border of the current column.
 * @cssprop --na-partnerschapskaart-column-quiet-background-color - Background of the other columns in facilitator mode.
 * @cssprop --na-partnerschapskaart-equation-color - Colour of ACTIES + VOORWAARDEN + SAMENWERKING = SUCCES.
 * @cssprop --na-partnerschapskaart-gap - Space between the columns.
 */
export class NaPartnerschapskaart extends NaInstrumentElement<PartnerschapskaartValue> {
  static override styles = [...NaInstrumentElement.styles, partnerschapskaartStyles];
  protected static override pageSize: PageSize = 'A3 landscape';

  /** Facilitator mode: the session script of 11.4 with timer and merging of group cards. */
  @property({ type: Boolean, reflect: true }) facilitator = false;
  /** Larger text and thicker lines for a projector or a big screen. */
  @property({ type: Boolean, reflect: true }) projector = false;
  /** The current step (1–6) of the session script in facilitator mode. */
  @property({ attribute: 'session-step', type: Number, reflect: true }) sessionStep: SessionStep = 1;

  /** Who is writing now: new notes get this author. */
  @state() writer = '';
  /** The step shown on narrow screens. */
  @state() private viewStep: StepId = 'waarden';
  @state() private editing: string | null = null;
  @state() private moving: string | null = null;
  @state() private drag: Drag | null = null;
  @state() private copyStatus = '';
  /** The note just removed: its cell shows an undo button until the next edit. */
  @state() private lastRemoved: { id: string; cell: CellId; text: string } | null = null;
  /** The cell whose 'new note' field is open. */
  @state() private adding: CellId | null = null;

  readonly #timer = new SessionTimer<SessionStep>();
  #tick: ReturnType<typeof setInterval> | undefined;
  #overtimeAnnounced = new Set<SessionStep>();

  protected get definition() {
    return partnerschapskaartDefinition;
  }

  /** The time source of the session timer (inject a fake clock in tests). */
  get clock(): Clock {
    return this.#timer.clock;
  }
  set clock(clock: Clock) {
    this.#timer.clock = clock ?? systemClock;
    this.requestUpdate();
  }

  /** Everyone who wrote or joined, in order: the basis of the author colours. */
  get authors(): string[] {
    const all = [...this.value.participants];
    for (const n of this.value.notes) if (n.author && !all.includes(n.author)) all.push(n.author);
    return all;
  }

  private colorOf(author: string): number {
    return author ? authorColorIndex(author, this.authors) : 1;
  }

  // ——— notes ———

  protected override commit(next: PartnerschapskaartValue, options?: { coalesce?: string | null; announce?: string }): void {
    this.lastRemoved = null;
    super.commit(next, options);
  }

  override undo(): boolean {
    this.lastRemoved = null;
    return super.undo();
  }

  override redo(): boolean {
    this.lastRemoved = null;
    return super.redo();
  }

  private undoRemove() {
    const removed = this.lastRemoved;
    this.undo();
    if (removed) this.focusAfterUpdate(`#edit-btn-${removed.id}`);
  }

  /** Adds a note to `cell` by `author` (the current writer by default). */
  addNote(cell: CellId, text: string, author = this.writer): void {
    if (this.readonly || !cellIds.includes(cell) || !text.trim()) return;
    author = author.trim().slice(0, partnerschapskaartLimits.author);
    const note: PartnerschapNote = { id: createId(), cell, text: text.slice(0, partnerschapskaartLimits.text), author };
    const participants = author && !this.value.participants.includes(author) ? [...this.value.participants, author] : this.value.participants;
    this.commit({ ...this.value, participants, notes: [...this.value.notes, note] }, {
      announce: msg(str`Geeltje toegevoegd bij ${cellPrompt(cell)}: ${text}`),
    });
  }

  private updateNote(id: string, changes: Partial<PartnerschapNote>) {
    if (changes.text !== undefined) changes.text = changes.text.slice(0, partnerschapskaartLimits.text);
    if (changes.author !== undefined) changes.author = changes.author.slice(0, partnerschapskaartLimits.author);
    this.commit({ ...this.value, notes: this.value.notes.map((n) => (n.id === id ? { ...n, ...changes } : n)) }, { coalesce: `note-${id}-${Object.keys(changes).join()}` });
  }

  /** Moves a note to the end of another cell. */
  moveNote(id: string, cell: CellId): void {
    const note = this.value.notes.find((n) => n.id === id);
    if (this.readonly || !note || note.cell === cell || !cellIds.includes(cell)) return;
    const notes = [...this.value.notes.filter((n) => n.id !== id), { ...note, cell }];
    const step = stepOfCell(cell);
    this.commit({ ...this.value, notes }, {
      announce: msg(str`Verplaatst naar ${stepLabel(step)} ${stepName(step)}, ${cellPrompt(cell)}: ${note.text}`),
    });
    this.viewStep = step;
  }

  /** Removes a note (undo brings it back). */
  removeNote(id: string): void {
    const notes = this.value.notes;
    const index = notes.findIndex((n) => n.id === id);
    const note = notes[index];
    if (!note || this.readonly) return;
    const sameCell = notes.filter((n) => n.cell === note.cell);
    const at = sameCell.indexOf(note);
    const neighbour = sameCell[at + 1] ?? sameCell[at - 1];
    this.editing = this.editing === id ? null : this.editing;
    this.moving = null;
    this.commit({ ...this.value, notes: notes.filter((n) => n.id !== id) }, {
      announce: msg(str`Verwijderd: ${note.text}. Met Ongedaan maken komt het terug.`),
    });
    this.lastRemoved = { id, cell: note.cell, text: note.text };
    this.focusAfterUpdate(neighbour ? `#edit-btn-${neighbour.id}` : `#add-btn-${note.cell}`, `#add-${note.cell}`, `#column-${stepOfCell(note.cell)}`);
  }

  private focusAfterUpdate(...selectors: string[]) {
    this.updateComplete.then(() => {
      for (const s of selectors) {
        const target = this.renderRoot.querySelector<HTMLElement>(s);
        if (target && target.offsetParent !== null) {
          target.focus();
          return;
        }
      }
    });
  }

  private addParticipant(name: string) {
    name = name.slice(0, partnerschapskaartLimits.author);
    if (!this.value.participants.includes(name)) {
      this.commit({ ...this.value, participants: [...this.value.participants, name] }, { announce: msg(str`Deelnemer toegevoegd: ${name}. ${name} schrijft nu.`) });
    }
    this.writer = name;
  }

  private chooseWriter(name: string) {
    this.writer = name;
    this.announce(name ? msg(str`${name} schrijft nu.`) : msg('Nieuwe geeltjes krijgen geen naam.'));
  }

  // ——— merging group cards (11.4 steps 3 and 5) ———

  /**
   * Merges group cards into this (plenary) card: every note keeps its cell, text and author and
   * remembers its group ('Ingevuld door' of its card). All cards are validated first: when one
   * is invalid nothing is merged, `na-invalid` fires (source 'import') and it returns false.
   */
  merge(values: readonly unknown[]): boolean {
    if (this.readonly) return false;
    const cards: PartnerschapskaartValue[] = [];
    for (const input of values) {
      const result = parseValue(this.definition, input, { text: typeof input === 'string' });
      if (!result.ok) {
        this.reportInvalid('import', result.issues);
        return false;
      }
      cards.push(result.value);
    }
    const merged = mergeCards(this.value, cards);
    const checked = parseValue(this.definition, merged);
    if (!checked.ok) {
      this.reportInvalid('import', checked.issues);
      return false;
    }
    const added = merged.notes.length - this.value.notes.length;
    this.problem = null;
    this.commit(checked.value, { announce: msg(str`Samengevoegd: ${cards.length} kaart(en), ${added} geeltje(s) erbij.`) });
    return true;
  }

  private chooseCards() {
    this.renderRoot.querySelector<HTMLInputElement>('#merge-files')?.click();
  }

  private onCardsChosen = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) this.merge(await Promise.all(files.map((f) => f.text())));
  };

  // ——— step 6: agreement text ———

  /** Step 6: the card as a Markdown draft for a samenwerkingsovereenkomst; every note in step order. */
  agreementText(): string {
    return agreementMarkdown(this.value);
  }

  /** Copies the agreement text; without clipboard access it selects the text for Ctrl+C. */
  async copyAgreement(): Promise<boolean> {
    const text = this.agreementText();
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(text);
        this.copyStatus = msg('De tekst is gekopieerd.');
        this.announce(this.copyStatus);
        return true;
      }
    } catch {
      // No permission (or not a secure context): select the text instead.
    }
    const pre = this.renderRoot.querySelector<HTMLElement>('#agreement-text');
    if (pre) {
      const details = pre.closest('details');
      if (details) details.open = true;
      const range = document.createRange();
      range.selectNodeContents(pre);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      pre.focus();
    }
    this.copyStatus = msg('Automatisch kopiëren lukte niet. De tekst is geselecteerd: kopieer hem met Ctrl+C (Cmd+C op een Mac).');
    this.announce(this.copyStatus);
    return false;
  }

  /** Offers the agreement text as a Markdown file. */
  downloadAgreement(): void {
    downloadFile(datedFilename(msg('samenwerkingsovereenkomst'), 'md'), this.agreementText(), 'text/markdown');
    this.announce(msg('Bewaard als bestand.'));
  }

  // ——— session (facilitator mode) ———

  /** Goes to a step of the session script; the other steps' timers pause. */
  goToSessionStep(step: SessionStep): void {
    if (!sessionSteps.includes(step) || step === this.sessionStep) return;
    this.#timer.pauseAll();
    this.sessionStep = step;
    const focus = sessionInfo[step].focus[0];
    if (focus) this.viewStep = focus;
    this.dispatchEvent(new NaSessionStepEvent(step));
    this.announce(msg(str`Werkvorm: ${sessionTitle(step)}`));
  }

  get timerRunning(): boolean {
    return this.#timer.running(this.sessionStep);
  }
  /** Milliseconds counted for the current session step. */
  get timerElapsed(): number {
    return this.#timer.elapsed(this.sessionStep);
  }
  startTimer(): void {
    this.#timer.start(this.sessionStep);
    this.announce(msg('De tijd loopt.'));
    this.requestUpdate();
  }
  pauseTimer(): void {
    this.#timer.pause(this.sessionStep);
    this.announce(msg(str`Gepauzeerd bij ${formatDuration(this.timerElapsed)}.`));
    this.requestUpdate();
  }
  resetTimer(): void {
    this.#timer.reset(this.sessionStep);
    this.#overtimeAnnounced.delete(this.sessionStep);
    this.announce(msg('De tijd staat weer op nul.'));
    this.requestUpdate();
  }

  private get overtime(): boolean {
    const minutes = sessionInfo[this.sessionStep].minutes;
    return !!minutes && this.timerElapsed >= minutes[1] * 60_000;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const running = this.facilitator && this.#timer.anyRunning();
    if (running && this.#tick === undefined) this.#tick = setInterval(() => this.requestUpdate(), 1000);
    if (!running && this.#tick !== undefined) this.stopTick();
    if (this.facilitator && this.overtime && !this.#overtimeAnnounced.has(this.sessionStep)) {
      this.#overtimeAnnounced.add(this.sessionStep);
      this.announce(msg('De geplande tijd voor deze stap is om.'));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sessionStep') && !sessionSteps.includes(this.sessionStep)) this.sessionStep = 1;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTick();
    this.endDrag();
  }

  private stopTick() {
    clearInterval(this.#tick);
    this.#tick = undefined;
  }

  /** Columns the group works on now; empty when every column is equally important. */
  private get focusSteps(): readonly StepId[] {
    return this.facilitator ? sessionInfo[this.sessionStep].focus : [];
  }

  // ——— dragging notes with a pointer (the 'Verplaats naar…' menu is the keyboard alternative) ———

  private onNotePointerDown(event: PointerEvent, note: PartnerschapNote) {
    if (this.readonly || event.button !== 0 || this.editing === note.id) return;
    const target = event.target as HTMLElement;
    if (target.closest('button, input, textarea, a, select, .move-menu')) return;
    // On touch screens only the grip drags, so the page still scrolls over notes.
    if (event.pointerType === 'touch' && !target.closest('.grip')) return;
    const element = event.currentTarget as HTMLElement;
    element.setPointerCapture?.(event.pointerId);
    window.addEventListener('keydown', this.onDragKeydown, true);
    this.drag = { noteId: note.id, element, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, dx: 0, dy: 0, active: false, over: null };
  }

  private onNotePointerMove(event: PointerEvent) {
    const d = this.drag;
    if (!d || d.pointerId !== event.pointerId) return;
    const dx = event.clientX - d.startX;
    const dy = event.clientY - d.startY;
    const active = d.active || Math.hypot(dx, dy) > dragThreshold;
    // CSSOM, not a style attribute: allowed under a strict CSP.
    if (active) d.element.style.transform = `translate(${dx}px, ${dy}px)`;
    this.drag = { ...d, dx, dy, active, over: active ? this.cellAt(event.clientX, event.clientY, d.element) : null };
  }

  private onNotePointerUp(event: PointerEvent) {
    const d = this.drag;
    if (!d || d.pointerId !== event.pointerId) return;
    this.endDrag();
    if (d.active && d.over) {
      this.moveNote(d.noteId, d.over);
      this.focusAfterUpdate(`#move-btn-${d.noteId}`);
    }
  }

  private endDrag() {
    window.removeEventListener('keydown', this.onDragKeydown, true);
    this.drag?.element.style.removeProperty('transform');
    this.drag = null;
  }

  /** Escape cancels a drag wherever the keyboard focus is. */
  private onDragKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.drag) return;
    event.preventDefault();
    this.endDrag();
    this.announce(msg('Verslepen afgebroken.'));
  };

  private cancelDrag = () => {
    this.endDrag();
  };

  /** The cell under the pointer, looking through the note being dragged. */
  private cellAt(x: number, y: number, dragged: HTMLElement): CellId | null {
    const root = this.renderRoot as ShadowRoot;
    for (const el of root.elementsFromPoint(x, y)) {
      if (dragged.contains(el)) continue;
      const cell = (el as HTMLElement).closest?.<HTMLElement>('[data-cell]');
      if (cell) return cell.dataset.cell ?? null;
    }
    return null;
  }

  // ——— rendering ———

  private openMoveMenu(id: string) {
    this.moving = this.moving === id ? null : id;
    if (this.moving) this.focusAfterUpdate(`#move-menu-${id} button`);
  }

  private closeMoveMenu(id: string) {
    this.moving = null;
    this.focusAfterUpdate(`#move-btn-${id}`);
  }

  /** Escape closes the menu; arrow keys, Home and End move between its targets (Tab works too). */
  private onMoveMenuKeydown(event: KeyboardEvent, id: string) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.closeMoveMenu(id);
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

  private renderMoveMenu(note: PartnerschapNote) {
    return html`<div
      class="move-menu"
      id="move-menu-${note.id}"
      role="group"
      aria-labelledby="move-menu-${note.id}-label"
      @keydown=${(e: KeyboardEvent) => this.onMoveMenuKeydown(e, note.id)}
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
                      this.moving = null;
                      this.moveNote(note.id, cell);
                      this.focusAfterUpdate(`#move-btn-${note.id}`);
                    }}
                  ><span class="na-visually-hidden">${stepLabel(step)} ${stepName(step)}: </span>${cellPrompt(cell)}</button>
                </li>`,
              )}
          </ul>`,
      )}
      ${button({ label: msg('Annuleren'), variant: 'subtle', onClick: () => this.closeMoveMenu(note.id) })}
    </div>`;
  }

  private renderNoteEditor(note: PartnerschapNote) {
    const done = () => {
      const author = (this.value.notes.find((n) => n.id === note.id)?.author ?? '').trim();
      if (author && !this.value.participants.includes(author)) {
        this.commit({ ...this.value, participants: [...this.value.participants, author] });
      }
      this.editing = null;
      this.focusAfterUpdate(`#edit-btn-${note.id}`);
    };
    return html`<div
      class="na-note note-editor"
      data-color=${this.colorOf(note.author)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          done();
        }
      }}
    >
      ${textField({ id: `edit-${note.id}`, label: msg('Tekst van het geeltje'), value: note.text, multiline: true, onInput: (text) => this.updateNote(note.id, { text }) })}
      ${textField({ id: `edit-author-${note.id}`, label: msg('Geschreven door'), value: note.author, onInput: (author) => this.updateNote(note.id, { author }) })}
      ${button({ label: msg('Klaar'), variant: 'primary', onClick: done })}
    </div>`;
  }

  private renderNote(note: PartnerschapNote) {
    if (this.editing === note.id && !this.readonly) return html`<li class="note-item">${this.renderNoteEditor(note)}</li>`;
    const d = this.drag?.noteId === note.id && this.drag.active ? this.drag : null;
    const actions = html`<span hidden id="note-text-${note.id}">${note.text}</span>${note.from ? html`<p class="note-from">${msg(str`uit: ${note.from}`)}</p>` : nothing}
      ${this.readonly
        ? nothing
        : html`<div class="note-actions na-no-print">
              <span class="grip" aria-hidden="true" title=${msg('Versleep')}>⠿</span>
              ${button({ id: `edit-btn-${note.id}`, label: msg('Bewerk'), variant: 'subtle', describedBy: `note-text-${note.id}`, onClick: () => {
                this.editing = note.id;
                this.moving = null;
                this.focusAfterUpdate(`#edit-${note.id}`);
              } })}
              ${button({ id: `remove-btn-${note.id}`, label: msg('Verwijder'), variant: 'subtle', describedBy: `note-text-${note.id}`, onClick: () => this.removeNote(note.id) })}
              ${button({ id: `move-btn-${note.id}`, label: msg('Verplaats naar…'), variant: 'subtle', describedBy: `note-text-${note.id}`, expanded: this.moving === note.id, onClick: () => this.openMoveMenu(note.id) })}
            </div>
            ${this.moving === note.id ? this.renderMoveMenu(note) : nothing}`}`;
    return html`<li
      class="note-item ${d ? 'dragging' : ''}"
      id="note-${note.id}"
      data-note=${note.id}
      data-color=${this.colorOf(note.author)}
      @pointerdown=${(e: PointerEvent) => this.onNotePointerDown(e, note)}
      @pointermove=${(e: PointerEvent) => this.onNotePointerMove(e)}
      @pointerup=${(e: PointerEvent) => this.onNotePointerUp(e)}
      @pointercancel=${this.cancelDrag}
      @lostpointercapture=${(e: PointerEvent) => this.onNotePointerUp(e)}
    >
      ${noteCard({ text: note.text, author: note.author || undefined, colorIndex: this.colorOf(note.author), actions })}
    </li>`;
  }

  private renderCell(cell: CellId, step: StepId, quiet: boolean) {
    const notes = this.value.notes.filter((n) => n.cell === cell);
    const aspects = cellAspects(cell);
    const over = this.drag?.active && this.drag.over === cell;
    return html`<section class="cell ${over ? 'drop-target' : ''}" part="cell" data-cell=${cell} role="group" aria-labelledby="column-${step}-heading cell-${cell}-heading">
      ${heading(this.headingLevel + 2, cellPrompt(cell), 'na-heading cell__heading', `cell-${cell}-heading`)}
      ${aspects.length ? html`<ul class="aspects">${aspects.map((a) => html`<li>${a}</li>`)}</ul>` : nothing}
      ${notes.length ? html`<ul class="notes" aria-labelledby="cell-${cell}-heading">${repeat(notes, (n) => n.id, (n) => this.renderNote(n))}</ul>` : nothing}
      ${this.lastRemoved?.cell === cell && !this.readonly
        ? html`<div class="removed na-no-print">
            <p>${msg(str`Verwijderd: ${this.lastRemoved.text}`)}</p>
            ${button({ id: `undo-remove-${cell}`, label: msg('Ongedaan maken'), variant: 'subtle', onClick: () => this.undoRemove() })}
          </div>`
        : nothing}
      ${notes.length ? nothing : html`<div class="print-lines na-print-only" aria-hidden="true"><span></span><span></span><span></span></div>`}
      ${this.readonly || quiet ? nothing : this.renderAdd(cell, step)}
    </section>`;
  }

  private renderAdd(cell: CellId, step: StepId) {
    if (this.adding !== cell) {
      return html`<div class="add-open na-no-print">
        ${button({
          id: `add-btn-${cell}`,
          label: msg('Geeltje toevoegen'),
          variant: 'subtle',
          describedBy: `column-${step}-heading cell-${cell}-heading`,
          onClick: () => {
            this.adding = cell;
            this.focusAfterUpdate(`#add-${cell}`);
          },
        })}
      </div>`;
    }
    return addNoteField({
      id: `add-${cell}`,
      label: msg('Nieuw geeltje'),
      context: `${stepLabel(step)} ${stepName(step)}, ${cellPrompt(cell)}`,
      buttonLabel: msg('Plak op de kaart'),
      maxLength: partnerschapskaartLimits.text,
      hint: this.writer ? msg(str`Schrijft: ${this.writer}`) : msg('Zonder naam'),
      onAdd: (text) => this.addNote(cell, text),
      closeLabel: msg('Sluiten'),
      onClose: () => {
        this.adding = null;
        this.focusAfterUpdate(`#add-btn-${cell}`);
      },
    });
  }

  private renderColumn(step: StepId) {
    const focus = this.focusSteps;
    const current = focus.includes(step);
    const quiet = this.facilitator && !current && this.sessionStep !== 6;
    return html`<section
      class="column"
      id="column-${step}"
      tabindex="-1"
      part="column"
      data-step=${step}
      ?data-current=${current}
      ?data-quiet=${quiet}
      ?data-shown=${this.viewStep === step}
      role="group"
      aria-labelledby="column-${step}-heading"
    >
      ${heading(this.headingLevel + 1, html`<span class="column__step">${stepLabel(step)}</span> <span class="column__name">${stepName(step)}</span>`, 'na-heading column__heading', `column-${step}-heading`)}
      ${current ? html`<p class="now">${msg('Nu aan de beurt')}</p>` : nothing}
      ${cellsByStep[step].map((cell) => this.renderCell(cell, step, quiet))}
    </section>`;
  }

  private renderEquation() {
    return html`<p class="equation" part="equation">
      <span class="term term--acties">${equation.acties()} <span class="op">+</span></span>
      <span class="term term--voorwaarden">${equation.voorwaarden()} <span class="op">+</span></span>
      <span class="term term--samenwerking">${equation.samenwerking()} <span class="op">=</span></span>
      <span class="term term--succes">${equation.succes()}</span>
    </p>`;
  }

  private renderStepTabs() {
    return html`<div class="step-tabs na-no-print" part="step-tabs" role="group" aria-label=${msg('Toon stap')}>
      ${stepIds.map((step) =>
        button({
          label: `${stepLabel(step)} ${stepName(step)}`,
          variant: this.viewStep === step ? 'primary' : 'secondary',
          pressed: this.viewStep === step,
          onClick: () => (this.viewStep = step),
        }),
      )}
    </div>`;
  }

  private renderParticipants() {
    const authors = this.authors;
    const chip = (name: string) => html`<li>
      <button type="button" class="na-button chip" data-variant="secondary" aria-pressed=${String(this.writer === name)} @click=${() => this.chooseWriter(name)}>
        <span class="swatch ${name ? '' : 'swatch--none'}" aria-hidden="true" data-color=${this.colorOf(name)}></span>${name || msg('Zonder naam')}
      </button>
    </li>`;
    if (this.readonly) {
      if (!authors.length) return nothing;
      return html`<div class="participants">
        <p class="na-field__label">${msg('Deelnemers')}</p>
        <ul class="chips">${authors.map((a) => html`<li class="chip chip--static"><span class="swatch" aria-hidden="true" data-color=${this.colorOf(a)}></span>${a}</li>`)}</ul>
      </div>`;
    }
    return html`<div class="participants na-no-print" role="group" aria-labelledby="writer-label">
      <p class="na-field__label" id="writer-label">${msg('Wie schrijft?')}</p>
      <p class="na-field__description">${msg('Kies uw naam: uw geeltjes krijgen uw naam en uw kleur.')}</p>
      <ul class="chips">${authors.map(chip)} ${chip('')}</ul>
      ${addItemField({ id: 'add-participant', label: msg('Nieuwe deelnemer'), buttonLabel: msg('Voeg toe'), onAdd: (name) => this.addParticipant(name) })}
    </div>
    ${authors.length ? html`<p class="na-print-only">${msg('Deelnemers')}: ${authors.map(isolate).join(', ')}</p>` : nothing}`;
  }

  private renderTimer() {
    const info = sessionInfo[this.sessionStep];
    if (!info.minutes) return nothing;
    const [min, max] = info.minutes;
    const planned = min === max ? msg(str`Gepland: ${max} minuten`) : msg(str`Gepland: ${min}-${max} minuten`);
    const running = this.timerRunning;
    return html`<div class="timer" part="timer">
      <p class="timer__label" id="timer-label">${msg('Tijd voor deze stap')}</p>
      <p class="timer__time" role="timer" aria-labelledby="timer-label">${formatDuration(this.timerElapsed)}</p>
      <p class="na-subtle">${planned}${running ? nothing : html` · ${msg('gepauzeerd')}`}</p>
      <div class="timer__buttons">
        ${running
          ? button({ label: msg('Pauzeer de tijd'), variant: 'primary', onClick: () => this.pauseTimer() })
          : button({ label: msg('Start de tijd'), variant: 'primary', onClick: () => this.startTimer() })}
        ${button({ label: msg('Zet de tijd op nul'), variant: 'subtle', disabled: this.timerElapsed === 0 && !running, onClick: () => this.resetTimer() })}
      </div>
      ${this.overtime ? html`<p class="na-notice">${msg('De geplande tijd voor deze stap is om.')}</p>` : nothing}
    </div>`;
  }

  private renderFacilitator() {
    const step = this.sessionStep;
    const info = sessionInfo[step];
    const level = this.headingLevel + 1;
    return html`<section class="facilitator na-no-print" part="facilitator" role="group" aria-labelledby="facilitator-heading">
      ${heading(level, msg('Facilitator: de werkvorm in zes stappen'), 'na-heading na-subtitle', 'facilitator-heading')}
      <ol class="session-steps">
        ${sessionSteps.map(
          (s) => html`<li>
            <button type="button" class="na-button" data-variant=${s === step ? 'primary' : 'secondary'} aria-current=${s === step ? 'step' : nothing} @click=${() => this.goToSessionStep(s)}>
              ${sessionTitle(s)}
            </button>
          </li>`,
        )}
      </ol>
      <div class="session-current">
        <div class="session-text">
          ${heading(level + 1, sessionTitle(step), 'na-heading', 'session-heading')}
          ${sessionText(step).map((p) => html`<p>${p}</p>`)}
          ${info.focus.length
            ? html`<p class="lead">${msg('Op de kaart:')} ${info.focus.map((f) => `${stepLabel(f)} ${stepName(f)}`).join(', ')}</p>`
            : nothing}
          ${info.plenary
            ? html`<div class="merge">
                <p>${msg('Voeg de kaarten van de groepen samen tot de plenaire kaart. Elk geeltje houdt zijn schrijver en zijn groep.')}</p>
                ${button({ label: msg('Groepskaarten toevoegen…'), onClick: () => this.chooseCards() })}
                <input id="merge-files" class="na-visually-hidden" type="file" multiple accept="application/json,.json" tabindex="-1" aria-hidden="true" @change=${this.onCardsChosen} />
              </div>`
            : nothing}
          ${step === 6
            ? button({ label: msg('Naar de tekst voor de overeenkomst'), onClick: () => this.focusAfterUpdate('#agreement-text') })
            : nothing}
        </div>
        ${this.renderTimer()}
      </div>
      <div class="session-nav">
        ${button({ label: msg('Vorige stap'), disabled: step === 1, onClick: () => this.goToSessionStep((step - 1) as SessionStep) })}
        ${button({ label: msg('Volgende stap'), variant: 'primary', disabled: step === 6, onClick: () => this.goToSessionStep((step + 1) as SessionStep) })}
      </div>
    </section>`;
  }

  private renderAgreement() {
    const text = this.agreementText();
    return html`<section class="agreement na-no-print" part="agreement" role="group" aria-labelledby="agreement-heading">
      ${heading(this.headingLevel + 1, msg('Stap 6: tekst voor een samenwerkingsovereenkomst'), 'na-heading na-subtitle', 'agreement-heading')}
      <p>${sessionText(6)[0]}</p>
      <details class="agreement__details" ?open=${this.facilitator && this.sessionStep === 6}>
        <summary>${msg('Toon de concepttekst (Markdown)')}</summary>
        <pre id="agreement-text" class="agreement__text" tabindex="0" role="group" aria-label=${msg('Concepttekst samenwerkingsovereenkomst')}>${text}</pre>
      </details>
      <div class="agreement__buttons">
        ${button({ label: msg('Kopieer de tekst'), onClick: () => void this.copyAgreement() })}
        ${button({ label: msg('Bewaar de tekst als bestand'), onClick: () => this.downloadAgreement() })}
      </div>
      <p class="na-subtle" role="status">${this.copyStatus}</p>
    </section>`;
  }

  protected renderInstrument() {
    const quietAll = this.facilitator && this.focusSteps.length > 0;
    return html`<div class="na-header" part="header">
        ${heading(this.headingLevel, cardText.title(), 'na-heading na-title')}
        <p>${citing(cardText.intro(), cardText.title())}</p>
        ${guidance(
          msg('Hoe werkt de partnerschapskaart?'),
          html`<p>${cardText.level()}</p>
            <p>${cardText.activatingStrategy()}</p>
            <ul>
              <li>${cardText.level3()}</li>
              <li>${cardText.level4()}</li>
            </ul>
            <p>${cardText.group()}</p>
            <p>${cardText.order()} ${cardText.values()} ${cardText.thenSteps()}</p>
            <p>${cardText.keepInMind()}</p>
            <ul>${cardText.keepInMindItems().map((i) => html`<li>${i}</li>`)}</ul>
            <p>${cardText.winWin()}</p>
            <p>${msg('Sleep een geeltje naar een ander vak, of gebruik de knop ‘Verplaats naar…’ (ook met het toetsenbord).')}</p>`,
        )}
        ${translationNotice()}
      </div>
      ${this.facilitator && !this.readonly ? this.renderFacilitator() : nothing}
      <div class="meta" part="meta">
        ${textField({
          id: 'filled-by',
          label: cardText.filledBy(),
          description: this.readonly ? undefined : msg('Bijvoorbeeld de naam van de groep, of de namen van de deelnemers.'),
          value: this.value.filledBy,
          readonly: this.readonly,
          onInput: (filledBy) => this.commit({ ...this.value, filledBy: filledBy.slice(0, partnerschapskaartLimits.filledBy) }, { coalesce: 'filledBy' }),
        })}
        ${this.renderParticipants()}
      </div>
      ${this.renderStepTabs()}
      <div class="card ${quietAll ? 'card--focus' : ''}" part="card">
        ${this.renderEquation()} ${stepIds.map((s) => this.renderColumn(s))}
      </div>
      <p class="na-subtle card-notes">${cardText.printA3()} ${cardText.model()}</p>
      ${this.renderAgreement()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-partnerschapskaart': NaPartnerschapskaart;
  }
}
