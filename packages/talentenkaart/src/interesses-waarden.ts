import { html, nothing } from 'lit';
import { msg, str } from '@niet-alleen/core/msg';
import { NaInstrumentElement, Progressive, citing, emptyState, guidance, heading, isolate, section, textField, translationNotice } from '@niet-alleen/core';
import { interessesWaardenDefinition, type InteressesWaardenValue, type InterestEntry } from './schema.js';
import {
  cellIds, interestGrids, interestGuidance, interestText, interestText86, isOwnInterest, markSymbol, markText, nextMark,
  ownInterestIds, type CellId, type Mark, type OwnInterestId,
} from './content.js';
import { interessesWaardenStyles } from './interesses-waarden.styles.js';
import type { InstrumentListeners } from '@niet-alleen/core';

/** Both grids' cells in reading order. */
const gridCells = interestGrids.flat();
/** A follow-up (a heading and three fields) in the first render's tasks: as much as a row of four tiles. */
const followUpCost = 4;
const blank = (id: CellId): InterestEntry => ({ id, text: '', mark: 'neutraal', value: '', meaning: '', qualities: '' });
const isBlank = (e: InterestEntry) => !e.text && e.mark === 'neutraal' && !e.value && !e.meaning && !e.qualities;
const hasFollowUp = (e: InterestEntry) => e.mark !== 'neutraal' || Boolean(e.value || e.meaning || e.qualities);

/** Listeners typed by this element's value (`event.detail.value` is a InteressesWaardenValue); see InstrumentListeners. */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the interface only narrows the listener types */
export interface NaInteressesWaarden {
  addEventListener: InstrumentListeners<InteressesWaardenValue>['addEventListener'];
  removeEventListener: InstrumentListeners<InteressesWaardenValue>['removeEventListener'];
}

/**
 * Interesses en waarden (workbook 8.6): the workbook's grid of 38 interests and six blank
 * cells for the person's own. Each interest is neutraal, "vind ik leuk" or "heb ik een hekel
 * aan" — one button per interest that cycles through the three states (click, tap, Space or
 * Enter); the state is in its name, shown as a word and a symbol, never by colour alone.
 * For every marked interest the supporter asks about the value behind it (8.1, 8.3).
 *
 * @element na-interesses-waarden
 * @fires na-change - After each edit; `detail.value` is the new {@link InteressesWaardenValue}.
 * @fires na-invalid - Data from outside was refused; `detail: { source, issues }`.
 * @csspart base - Wrapper around the whole instrument.
 * @csspart header - Title, instructions and guidance.
 * @csspart grid - One grid of interests.
 * @csspart interest - One interest's button (or text when readonly).
 * @csspart own-interest - A blank cell for an own interest.
 * @csspart ask-values - The workbook's box "Vraag door naar de waarden bij de interesse(s)".
 * @csspart follow-up - The questions about the value behind one interest.
 * @csspart summary - Interests and values at a glance.
 * @csspart guidance - Guidance for the supporter, on demand.
 * @csspart toolbar - Export, import, print, undo, redo, empty.
 * @cssprop --na-interesses-waarden-interest-background-color - Background of an interest.
 * @cssprop --na-interesses-waarden-interest-liked-background-color - Background of an interest marked "vind ik leuk".
 * @cssprop --na-interesses-waarden-interest-liked-border-color - Circle around an interest marked "vind ik leuk".
 * @cssprop --na-interesses-waarden-interest-disliked-background-color - Background of an interest marked "heb ik een hekel aan".
 */
export class NaInteressesWaarden extends NaInstrumentElement<InteressesWaardenValue> {
  static override styles = [...NaInstrumentElement.styles, interessesWaardenStyles];

  /** The first render in tasks (issue 32: no long task while a page loads); see renderInstrument. */
  readonly #progressive = new Progressive(this, 8);

  protected get definition() {
    return interessesWaardenDefinition;
  }

  /** What is stored for a cell, or a neutral blank one. */
  entry(id: CellId): InterestEntry {
    return this.value.interests.find((e) => e.id === id) ?? blank(id);
  }

  /** The interest as the person reads it: the workbook's word or their own text. */
  nameOf(id: CellId): string {
    return isOwnInterest(id) ? this.entry(id).text : interestText(id);
  }

  private updateEntry(id: CellId, changes: Partial<InterestEntry>, options: { coalesce?: string; announce?: string } = {}) {
    const next = { ...this.entry(id), ...changes };
    const others = this.value.interests.filter((e) => e.id !== id);
    const interests = (isBlank(next) ? others : [...others, next]).sort((a, b) => cellIds.indexOf(a.id) - cellIds.indexOf(b.id));
    this.commit({ ...this.value, interests }, options);
  }

  private cycle(id: CellId) {
    const mark = nextMark(this.entry(id).mark);
    this.updateEntry(id, { mark }, { announce: msg(str`${this.nameOf(id)}: ${markText(mark)}`) });
  }

  private renderState(mark: Mark) {
    return html`<span class="interest__state">
      <span class="interest__symbol" aria-hidden="true">${markSymbol[mark]}</span>
      <span class=${mark === 'neutraal' ? 'na-visually-hidden' : 'interest__mark'}>${markText(mark)}</span>
    </span>`;
  }

  private renderInterest(id: CellId, name: string) {
    const mark = this.entry(id).mark;
    const content = html`<span class="interest__name">${name}</span><span class="na-visually-hidden">, </span>${this.renderState(mark)}`;
    return this.renderInterestControl(id, mark, content);
  }

  private renderInterestControl(id: CellId, mark: Mark, content: unknown) {
    if (this.readonly) return html`<span class="interest" part="interest" data-mark=${mark}>${content}</span>`;
    return html`<button
      type="button"
      class="interest"
      part="interest"
      data-mark=${mark}
      id="interest-${id}"
      @click=${() => this.cycle(id)}
    >${content}</button>`;
  }

  private renderOwn(id: OwnInterestId) {
    const e = this.entry(id);
    const n = ownInterestIds.indexOf(id) + 1;
    if (this.readonly) {
      return e.text
        ? this.renderInterest(id, e.text)
        : html`<span class="interest interest--blank" part="interest"><span class="na-visually-hidden">${msg(str`Eigen interesse ${n}: niet ingevuld`)}</span></span>`;
    }
    // One tile high, like the workbook's cells: the field (its label said, not shown) and, once
    // something is written, the mark beside it; the name is in the field, so not repeated.
    return html`<div class="own" part="own-interest">
      ${textField({
        id: `text-${id}`,
        label: msg(str`Eigen interesse ${n}`),
        hideLabel: true,
        placeholder: msg('Eigen interesse'),
        value: e.text,
        onInput: (text) => this.updateEntry(id, { text }, { coalesce: `text-${id}` }),
      })}
      ${e.text.trim()
        ? this.renderInterestControl(
            id,
            e.mark,
            html`<span class="interest__name interest__name--own">${e.text}</span><span class="na-visually-hidden">, </span>${this.renderState(e.mark)}`,
          )
        : nothing}
    </div>`;
  }

  /**
   * Arrow keys move between the interests as they are laid out (2 or 4 columns), besides Tab.
   * Only on the buttons: inside an own-interest text field the arrows stay with the text.
   */
  private onGridKeydown = (event: KeyboardEvent) => {
    const current = event.target as HTMLElement;
    if (!current.matches('button.interest') || !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key)) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.interest')];
    const index = buttons.indexOf(current as HTMLButtonElement);
    const rtl = getComputedStyle(this).direction === 'rtl';
    let target: HTMLButtonElement | undefined;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      target = buttons[index + ((event.key === 'ArrowRight') !== rtl ? 1 : -1)];
    } else {
      const from = current.getBoundingClientRect();
      const down = event.key === 'ArrowDown';
      const candidates = buttons
        .map((b) => ({ b, r: b.getBoundingClientRect() }))
        .filter(({ r }) => (down ? r.top >= from.bottom - 1 : r.bottom <= from.top + 1));
      const rowDistance = (r: DOMRect) => (down ? r.top - from.bottom : from.top - r.bottom);
      const nearestRow = Math.min(...candidates.map(({ r }) => rowDistance(r)));
      target = candidates
        .filter(({ r }) => rowDistance(r) <= nearestRow + 1)
        .sort((a, b) => Math.abs(a.r.left - from.left) - Math.abs(b.r.left - from.left))[0]?.b;
    }
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  private renderGrid(cells: readonly CellId[], label: string) {
    return html`<ul class="grid" part="grid" aria-label=${label} @keydown=${this.onGridKeydown}>
      ${cells.map((id) => html`<li class="cell">${isOwnInterest(id) ? this.renderOwn(id) : this.renderInterest(id, interestText(id))}</li>`)}
    </ul>`;
  }

  /**
   * The first `shown` cells of the two grids: the second grid and the text between them come once
   * the first is whole, so nothing shown moves down as the rest arrives.
   */
  private renderGrids(shown: number) {
    const [first, second] = interestGrids as readonly [readonly CellId[], readonly CellId[]];
    return html`${this.renderGrid(first.slice(0, shown), msg('Interesses, eerste blok'))}
      ${shown > first.length ? html`${this.renderAskValues()} ${this.renderGrid(second.slice(0, shown - first.length), msg('Interesses, tweede blok'))}` : nothing}`;
  }

  private renderAskValues() {
    return html`<div class="ask-values" part="ask-values">
      <p><strong>${interestText86.askValues()}</strong></p>
      <p>${interestText86.meaningExample()}</p>
      <p>${interestText86.qualities()}</p>
    </div>`;
  }

  private renderFollowUp(e: InterestEntry) {
    const name = this.nameOf(e.id) || msg('Eigen interesse');
    const field = (key: 'value' | 'meaning' | 'qualities', label: string, description?: string) =>
      textField({
        id: `${key}-${e.id}`,
        label,
        description,
        value: e[key],
        multiline: key !== 'value',
        readonly: this.readonly,
        onInput: (text) => this.updateEntry(e.id, { [key]: text }, { coalesce: `${key}-${e.id}` }),
      });
    const prompt = e.mark === 'hekel' ? msg('Wat staat u daarin tegen?') : e.mark === 'leuk' ? msg('Wat vindt u zo leuk aan de dingen die u heeft omcirkeld?') : '';
    return html`<li class="follow-up" part="follow-up" data-mark=${e.mark}>
      ${heading(this.headingLevel + 2, html`${isolate(name)}: <span aria-hidden="true">${markSymbol[e.mark]}</span> ${markText(e.mark)}`, 'na-heading follow-up__heading', `follow-up-${e.id}`)}
      ${prompt ? html`<p class="na-subtle">${prompt}</p>` : nothing}
      ${field('value', msg('Welke waarde hoort daarbij?'), msg('Bijvoorbeeld gezelligheid, rust, loyaliteit of controle.'))}
      ${field('meaning', interestText86.meaning(e.value.trim() || msg('deze waarde')))}
      ${field('qualities', interestText86.qualities())}
    </li>`;
  }

  /** The first `shown` follow-ups (all, after the first render). */
  private renderFollowUps(entries: readonly InterestEntry[], shown: number) {
    return section({
      id: 'values',
      level: this.headingLevel + 1,
      heading: msg('Doorvragen naar waarden'),
      description: interestText86.askValues(),
      content: entries.length
        ? html`<ul class="follow-ups">${entries.slice(0, shown).map((e) => this.renderFollowUp(e))}</ul>`
        : emptyState(msg('Nog geen interesse gekozen.'), msg('Kies in het overzicht wat u leuk vindt of waar u een hekel aan heeft; dan komen hier de vragen over de waarde erachter.')),
    });
  }

  private renderSummary() {
    const names = (mark: Mark) => this.value.interests.filter((e) => e.mark === mark).map((e) => this.nameOf(e.id)).filter(Boolean);
    const liked = names('leuk');
    const disliked = names('hekel');
    const values = new Map<string, { value: string; interests: string[]; meanings: string[] }>();
    for (const e of this.value.interests) {
      const value = e.value.trim();
      if (!value) continue;
      const key = value.toLocaleLowerCase();
      const item = values.get(key) ?? { value, interests: [], meanings: [] };
      item.interests.push(this.nameOf(e.id));
      if (e.meaning.trim()) item.meanings.push(e.meaning.trim());
      values.set(key, item);
    }
    const list = (items: string[]) => html`<ul class="summary-list">${items.map((t) => html`<li>${t}</li>`)}</ul>`;
    return html`<div part="summary" class="summary na-summary">
      ${section({
        id: 'summary',
        level: this.headingLevel + 1,
        heading: msg('Interesses en waarden op een rij'),
        content:
          liked.length || disliked.length || values.size
            ? html`${liked.length ? html`<p class="lead"><span aria-hidden="true">${markSymbol.leuk}</span> ${msg('Vind ik leuk')}</p>${list(liked)}` : nothing}
                ${disliked.length ? html`<p class="lead"><span aria-hidden="true">${markSymbol.hekel}</span> ${msg('Heb ik een hekel aan')}</p>${list(disliked)}` : nothing}
                ${values.size
                  ? html`<p class="lead">${msg('Waarden')}</p>
                      <ul class="summary-list">
                        ${[...values.values()].map(
                          (v) => html`<li><strong>${v.value}</strong> (${v.interests.map(isolate).join(', ')})${v.meanings.length ? html`: ${v.meanings.map(isolate).join('; ')}` : nothing}</li>`,
                        )}
                      </ul>`
                  : nothing}`
            : emptyState(msg('Nog niets gekozen.')),
      })}
    </div>`;
  }

  protected renderInstrument() {
    // The first render comes row by row, two rows of four tiles a task, then the follow-ups, each
    // counted as a row (three fields cost about as much to render): core's Progressive. What is
    // below a part comes once that part is whole.
    const entries = this.value.interests.filter(hasFollowUp);
    const shown = this.#progressive.count(gridCells.length + entries.length * followUpCost);
    const gridsWhole = shown >= gridCells.length;
    return html`<div class="na-header" part="header">
        ${heading(this.headingLevel, interestText86.title(), 'na-heading na-title')}
        <p class="na-no-print">${citing(interestGuidance.intro(), interestText86.title())}</p>
        <p class="na-no-print" id="cycle-help">
          ${msg('Kies per interesse: één keer drukken is "vind ik leuk" (♥), nog een keer is "heb ik een hekel aan" (✕), de derde keer weer neutraal.')}
        </p>
        ${guidance(
          interestGuidance.summary(),
          html`<p>${interestGuidance.behind()}</p>
            <p><strong>${interestGuidance.askLead()}</strong></p>
            <ul>${interestGuidance.ask().map((t) => html`<li>${t}</li>`)}</ul>
            <p><strong>${interestGuidance.useLead()}</strong></p>
            <ul>${interestGuidance.use().map((t) => html`<li>${t}</li>`)}</ul>
            <p>${interestGuidance.deeper()}</p>
            <ul><li>${interestGuidance.whyValue()}</li><li>${interestText86.meaning('(...)')}</li></ul>`,
        )}
        ${translationNotice()}
      </div>
      ${section({
        id: 'interests',
        level: this.headingLevel + 1,
        heading: msg('Interesses'),
        // How to choose is said once, for the group, instead of on each of the tiles.
        content: html`<div role="group" aria-labelledby="interests-heading" aria-describedby=${this.readonly ? nothing : 'cycle-help'}>
          ${this.renderGrids(shown)}
        </div>`,
      })}
      ${gridsWhole ? this.renderFollowUps(entries, Math.floor((shown - gridCells.length) / followUpCost)) : nothing}
      ${this.#progressive.complete ? html`${this.renderSummary()} <p class="na-subtle source">${interestText86.source()}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-interesses-waarden': NaInteressesWaarden;
  }
}
