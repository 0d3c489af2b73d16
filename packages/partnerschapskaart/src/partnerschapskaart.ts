import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@niet-alleen/core/msg';
import { NaInstrumentElement, Progressive, button, citing, createId, guidance, heading, parseValue, textField, type PageSize, translationNotice } from '@niet-alleen/core';
import { OnDemand } from '@niet-alleen/core/on-demand';
import { partnerschapskaartLimits, partnerschapskaartDefinition, type PartnerschapNote, type PartnerschapskaartValue } from './schema.js';
import {
  cardText, cellIds, cellPrompt, equation, sessionInfo, sessionSteps, sessionTitle, stepIds, stepLabel, stepName, stepOfCell,
  type CellId, type SessionStep, type StepId,
} from './content.js';
import { mergeCards } from './merge.js';
import { agreementMarkdown } from './agreement.js';
import { NaSessionStepEvent, type SessionTimerState } from './events.js';
import { type Clock } from './internal/session-timer.js';
import { SessionController } from './internal/session.js';
import { NoteBoard, type ColumnState, type CoEditor } from './internal/board.js';
import { Participants } from './internal/participants.js';
import { AgreementPanel } from './internal/agreement-panel.js';
import { partnerschapskaartStyles } from './partnerschapskaart.styles.js';
import type { InstrumentListeners } from '@niet-alleen/core';

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
 * @fires na-session-timer - The facilitator started, paused or reset the step timer; `detail: { timer }` (see `sessionTimer`).
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

  /**
   * Others writing on this card now in a shared session, each shown in the cell they are in
   * (@niet-alleen/samen sets it from its presence; without samen it stays empty).
   */
  @property({ attribute: false }) coEditors: readonly CoEditor[] = [];

  /** Who is writing now: new notes get this author. */
  @state() writer = '';
  /** The step shown on narrow screens. */
  @state() private viewStep: StepId = 'waarden';

  readonly #session = new SessionController(this);
  /** Who takes part and who writes now (internal/participants.ts). */
  readonly #participants = new Participants(this, (next, options) => this.commit(next, options));
  /** The first render shows the columns empty, then one more cell in every column each task (issue 32: no long task). */
  readonly #progressive = new Progressive(this, 1, 0);
  readonly #board = new NoteBoard(this, {
    commit: (next, options) => this.commit(next, options),
    colorOf: (author) => this.#participants.colorOf(author),
    shown: (cells) => this.#progressive.items(cells),
  });
  /** Step 6: the draft agreement text (internal/agreement-panel.ts). */
  readonly #agreement = new AgreementPanel(this);
  /** The workbook's guidance (internal/guidance.ts), most of the card's words: loaded when someone first opens it. */
  readonly #guidance = new OnDemand(this, () => import('./internal/guidance.js'));
  #guidanceWanted = false;
  /**
   * Someone opens the guidance: a click on its summary (before it opens, so `updateComplete` after
   * the click includes its text) or any other opening (its toggle, which does not bubble: captured).
   */
  readonly #onGuidanceOpening = {
    handleEvent: (event: Event) => {
      if (this.#guidanceWanted || !(event.target as Element).closest('details.na-guidance')) return;
      this.#guidanceWanted = true;
      this.requestUpdate();
    },
    capture: true,
  };

  protected get definition() {
    return partnerschapskaartDefinition;
  }

  /** The time source of the session timer (inject a fake clock in tests). */
  get clock(): Clock {
    return this.#session.clock;
  }
  set clock(clock: Clock) {
    this.#session.clock = clock;
  }

  /** Everyone who wrote or joined, in order: the basis of the author colours. */
  get authors(): string[] {
    return [...this.#participants.authorsOf(this.value)];
  }

  // ——— notes ———

  protected override commit(next: PartnerschapskaartValue, options?: { coalesce?: string | null; announce?: string }): void {
    this.#board.lastRemoved = null;
    super.commit(next, options);
  }

  override undo(): boolean {
    this.#board.lastRemoved = null;
    return super.undo();
  }

  override redo(): boolean {
    this.#board.lastRemoved = null;
    return super.redo();
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
    this.#board.removeNote(id);
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

  // ——— step 6: agreement text ———

  /** Step 6: the card as a Markdown draft for a samenwerkingsovereenkomst; every note in step order. */
  agreementText(): string {
    return agreementMarkdown(this.value);
  }

  /** Copies the agreement text; without clipboard access it selects the text for Ctrl+C. */
  async copyAgreement(): Promise<boolean> {
    return this.#agreement.copy();
  }

  /** Offers the agreement text as a Markdown file. */
  downloadAgreement(): void {
    this.#agreement.download();
  }

  // ——— session (facilitator mode) ———

  /** Goes to a step of the session script; the other steps' timers pause. */
  goToSessionStep(step: SessionStep): void {
    if (!sessionSteps.includes(step) || step === this.sessionStep) return;
    const running = this.#session.timer.anyRunning();
    this.#session.timer.pauseAll();
    if (running) this.#session.changed();
    this.sessionStep = step;
    const focus = sessionInfo[step].focus[0];
    if (focus) this.viewStep = focus;
    this.dispatchEvent(new NaSessionStepEvent(step));
    this.announce(msg(str`Werkvorm: ${sessionTitle(step)}`));
  }

  get timerRunning(): boolean {
    return this.#session.running;
  }
  /** Milliseconds counted for the current session step. */
  get timerElapsed(): number {
    return this.#session.elapsed;
  }
  /**
   * The stopwatches of every step as plain data; setting it takes them over without an event
   * (@niet-alleen/samen shares the facilitator's timer with the room this way).
   */
  get sessionTimer(): SessionTimerState {
    return this.#session.timer.snapshot();
  }
  set sessionTimer(state: SessionTimerState) {
    this.#session.timer.restore(state);
    this.requestUpdate();
  }
  startTimer(): void {
    this.#session.start();
  }
  pauseTimer(): void {
    this.#session.pause();
  }
  resetTimer(): void {
    this.#session.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sessionStep') && !sessionSteps.includes(this.sessionStep)) this.sessionStep = 1;
  }

  /** Columns the group works on now; empty when every column is equally important. */
  private get focusSteps(): readonly StepId[] {
    return this.facilitator ? sessionInfo[this.sessionStep].focus : [];
  }

  private columnState(step: StepId): ColumnState {
    const current = this.focusSteps.includes(step);
    return { current, quiet: this.facilitator && !current && this.sessionStep !== 6, shown: this.viewStep === step };
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

  /** The guidance's text: nothing until someone opens it, then its loading line until it is there. */
  #guidanceText() {
    if (!this.#guidanceWanted) return nothing;
    const text = this.#guidance.get();
    return text ? text.renderGuidance() : this.#guidance.placeholder();
  }

  protected renderInstrument() {
    const quietAll = this.facilitator && this.focusSteps.length > 0;
    // eslint-disable-next-line lit-a11y/click-events-have-key-events -- not a control: it hears the guidance's summary open (Enter and Space click a summary too)
    return html`<div class="na-header" part="header" @click=${this.#onGuidanceOpening} @toggle=${this.#onGuidanceOpening}>
        ${heading(this.headingLevel, cardText.title(), 'na-heading na-title')}
        <p>${citing(cardText.intro(), cardText.title())}</p>
        ${guidance(msg('Hoe werkt de partnerschapskaart?'), this.#guidanceText())}
        ${translationNotice()}
      </div>
      ${this.facilitator && !this.readonly ? this.#session.render() : nothing}
      <div class="meta" part="meta">
        ${textField({
          id: 'filled-by',
          label: cardText.filledBy(),
          description: this.readonly ? undefined : msg('Bijvoorbeeld de naam van de groep, of de namen van de deelnemers.'),
          value: this.value.filledBy,
          readonly: this.readonly,
          onInput: (filledBy) => this.commit({ ...this.value, filledBy: filledBy.slice(0, partnerschapskaartLimits.filledBy) }, { coalesce: 'filledBy' }),
        })}
        ${this.#participants.render()}
      </div>
      ${this.renderStepTabs()}
      <div class="card ${quietAll ? 'card--focus' : ''}" part="card">
        ${this.renderEquation()} ${stepIds.map((step) => this.#board.renderColumn(step, this.columnState(step)))}
      </div>
      ${this.#progressive.complete
        ? html`<p class="na-subtle card-notes">${cardText.printA3()} ${cardText.model()}</p>
            ${this.#agreement.render()}`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-partnerschapskaart': NaPartnerschapskaart;
  }
}
