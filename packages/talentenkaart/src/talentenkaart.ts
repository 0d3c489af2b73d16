import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@niet-alleen/core/msg';
import { NaInstrumentElement, Progressive, guidance, heading, translationNotice } from '@niet-alleen/core';
import { cardOf, talentenkaartDefinition, type TalentenkaartValue } from './schema.js';
import { talentenkaartText, talentGuidance, wishGuidance } from './content.js';
import { NaWishHelpEvent } from './events.js';
import { renderNameDate, renderTalents, renderWishes, type CardOptions } from './internal/card.js';
import { talentenkaartStyles } from './talentenkaart.styles.js';
import type { InstrumentListeners } from '@niet-alleen/core';


export const wishGuidanceContent = () => html`<ul>${wishGuidance.items().map((t) => html`<li>${t}</li>`)}</ul>
  <p><strong>${wishGuidance.examplesLead()}</strong></p>
  <ul>${wishGuidance.examples().map((t) => html`<li>${t}</li>`)}</ul>`;

export const talentGuidanceContent = () => html`<ul>${talentGuidance.items().map((t) => html`<li>${t}</li>`)}</ul>`;

/** Listeners typed by this element's value (`event.detail.value` is a TalentenkaartValue); see InstrumentListeners. */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the interface only narrows the listener types */
export interface NaTalentenkaart {
  addEventListener: InstrumentListeners<TalentenkaartValue>['addEventListener'];
  removeEventListener: InstrumentListeners<TalentenkaartValue>['removeEventListener'];
}

/**
 * Mijn talenten en wensen (workbook 8.5): the person's talents in their own words (eight
 * sentence starters, each with as many answers as they like) and two wishes turned into
 * actions. Empty boxes are fine. The supporter's guidance of 8.2 is there on demand.
 *
 * @element na-talentenkaart
 * @fires na-change - After each edit; `detail.value` is the new {@link TalentenkaartValue}.
 * @fires na-invalid - Data from outside was refused; `detail: { source, issues }`.
 * @fires na-wish-help - "Wie kan me daarbij helpen?" was asked for a wish; `detail: { wish, number, name }`. Cancelable: `preventDefault()` says the page handled it (e.g. opened the network map).
 * @csspart base - Wrapper around the whole card.
 * @csspart header - Title, introduction and guidance.
 * @csspart name-date - Naam and Datum.
 * @csspart talents - "Mijn talenten".
 * @csspart talent - One sentence starter with its answers.
 * @csspart wishes - "Mijn wensen".
 * @csspart wish - WENS 1 or WENS 2.
 * @csspart wish-help - The button "Wie kan helpen?".
 * @csspart guidance - Guidance for the supporter, on demand.
 * @csspart toolbar - Export, import, print, undo, redo, empty.
 * @cssprop --na-talentenkaart-section-background-color - Background of the talents and wishes sections.
 * @cssprop --na-talentenkaart-talent-border-color - Line under each sentence starter.
 * @cssprop --na-talentenkaart-wish-background-color - Background of a wish.
 */
export class NaTalentenkaart extends NaInstrumentElement<TalentenkaartValue> {
  static override styles = [...NaInstrumentElement.styles, talentenkaartStyles];

  /** The first render shows the first talent starters; the others and the wishes follow task by task (issue 32). */
  readonly #progressive = new Progressive(this, 3);

  /** The wish under which the network-map hint shows after an unhandled na-wish-help. */
  @state() private helpHint: 1 | 2 | null = null;

  protected get definition() {
    return talentenkaartDefinition;
  }

  private askHelp(number: 1 | 2) {
    const card = cardOf(this.value);
    const event = new NaWishHelpEvent(card.wishes[number - 1]!, number, card.name);
    const handled = !this.dispatchEvent(event);
    this.helpHint = handled ? null : number;
    this.announce(msg(str`Gevraagd wie kan helpen bij wens ${number}.`));
  }

  protected renderInstrument() {
    const card = cardOf(this.value);
    const options: CardOptions = {
      card,
      idPrefix: '',
      level: this.headingLevel + 1,
      readonly: this.readonly,
      helpHint: this.helpHint,
      onChange: (edit, coalesce) => {
        this.commit({ schemaVersion: 1, ...edit(cardOf(this.value)) }, { coalesce });
      },
      onWishHelp: (n) => this.askHelp(n),
      shown: (list) => this.#progressive.items(list),
      talentsExtra: guidance(talentGuidance.summary(), talentGuidanceContent()),
      wishesExtra: guidance(wishGuidance.summary(), wishGuidanceContent()),
    };
    return html`<div class="na-header" part="header">
        ${heading(this.headingLevel, talentenkaartText.title(), 'na-heading na-title')}
        <p class="na-no-print">${talentenkaartText.intro()}</p>
        <p class="na-subtle na-no-print">${talentenkaartText.emptyIsFine()}</p>
        ${translationNotice()}
      </div>
      ${renderNameDate(options)}
      <div class="card">${renderTalents(options)} ${this.#progressive.complete ? renderWishes(options) : nothing}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-talentenkaart': NaTalentenkaart;
  }
}
