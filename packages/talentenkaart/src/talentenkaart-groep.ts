import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@niet-alleen/core/msg';
import { NaInstrumentElement, Progressive, addItemField, button, createId, emptyState, guidance, heading, isolate, section, textField, translationNotice, focusAfterRender } from '@niet-alleen/core';
import {
  cardOf, emptyCard, talentenkaartGroepDefinition, type GroupAction, type GroupPerson, type TalentCard, type TalentenkaartGroepValue,
} from './schema.js';
import { talentenkaartText, groupGuidance, talentGuidance, talentIds, talentText, wishGuidance } from './content.js';
import { NaWishHelpEvent } from './events.js';
import { renderNameDate, renderTalents, renderWishes } from './internal/card.js';
import { helpMatches, sharedWishes, type HelpMatch, type SharedWish, type WishRef } from './internal/match.js';
import { talentGuidanceContent, wishGuidanceContent } from './talentenkaart.js';
import { talentenkaartStyles } from './talentenkaart.styles.js';
import { groepStyles } from './talentenkaart-groep.styles.js';
import type { InstrumentListeners } from '@niet-alleen/core';

/** A person's card in the first render's tasks: a unit per starter, and its two wishes as two more. */
const personUnits = talentIds.length + 2;

/** Listeners typed by this element's value (`event.detail.value` is a TalentenkaartGroepValue); see InstrumentListeners. */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the interface only narrows the listener types */
export interface NaTalentenkaartGroep {
  addEventListener: InstrumentListeners<TalentenkaartGroepValue>['addEventListener'];
  removeEventListener: InstrumentListeners<TalentenkaartGroepValue>['removeEventListener'];
}

/**
 * Group mode of Mijn talenten en wensen (workbook 8.2, "Wanneer u de wensen en talenten met
 * meerdere mensen invult"): several people's cards side by side in one value, with the
 * wishes they share, who could help whom with a talent, and the wishes turned into actions.
 * Shared wishes and matching talents are suggestions from the words people wrote; the group
 * decides ("Beslis samen welke mensen elkaar kunnen helpen met hun talenten").
 *
 * @element na-talentenkaart-groep
 * @fires na-change - After each edit; `detail.value` is the new {@link TalentenkaartGroepValue}.
 * @fires na-invalid - Data from outside was refused; `detail: { source, issues }`.
 * @fires na-wish-help - "Wie kan me daarbij helpen?" was asked for someone's wish; `detail: { wish, number, name }`.
 * @csspart base - Wrapper around everything.
 * @csspart header - Title and the group's steps (8.2).
 * @csspart people - The cards side by side.
 * @csspart person - One person's card.
 * @csspart talents - "Mijn talenten" of a person.
 * @csspart talent - One sentence starter with its answers.
 * @csspart wishes - "Mijn wensen" of a person.
 * @csspart wish - WENS 1 or WENS 2.
 * @csspart shared-wishes - Wishes that people share.
 * @csspart matches - Talents that could help someone else's wish.
 * @csspart actions - The group's actions.
 * @csspart toolbar - Export, import, print, undo, redo, empty.
 * @cssprop --na-talentenkaart-groep-person-background-color - Background of a person's card.
 * @cssprop --na-talentenkaart-groep-person-min-inline-size - Narrowest width of a card before the cards wrap.
 */
export class NaTalentenkaartGroep extends NaInstrumentElement<TalentenkaartGroepValue> {
  static override styles = [...NaInstrumentElement.styles, talentenkaartStyles, groepStyles];

  /**
   * Each person's card is long: the first render shows it four starters a task, then its wishes, and
   * the next person's card once it is whole (issue 32; see renderInstrument).
   */
  readonly #progressive = new Progressive(this, 4);

  @state() private helpHint: { person: string; number: 1 | 2 } | null = null;

  protected get definition() {
    return talentenkaartGroepDefinition;
  }

  /** Wishes that people in the group share (derived, never stored). */
  get sharedWishes(): SharedWish[] {
    return sharedWishes(this.value.people);
  }

  /** Talents that could help another person's wish (derived, never stored). */
  get helpMatches(): HelpMatch[] {
    return helpMatches(this.value.people);
  }

  private personName(index: number): string {
    return this.value.people[index]?.name.trim() || msg(str`Deelnemer ${index + 1}`);
  }

  private addPerson(name: string) {
    const person: GroupPerson = { id: createId(), ...emptyCard(), name };
    this.commit({ ...this.value, people: [...this.value.people, person] }, { announce: msg(str`Toegevoegd: ${name}`) });
  }

  private updatePerson(id: string, edit: (card: TalentCard) => TalentCard, coalesce: string) {
    const people = this.value.people.map((p) => (p.id === id ? { id, ...edit(cardOf(p)) } : p));
    this.commit({ ...this.value, people }, { coalesce });
  }

  private removePerson(person: GroupPerson, index: number) {
    const name = this.personName(index);
    this.commit({ ...this.value, people: this.value.people.filter((p) => p.id !== person.id) }, {
      announce: msg(str`Verwijderd: ${name}. Met Ongedaan maken komt het terug.`),
    });
    void focusAfterRender(this, '#add-person');
  }

  private askHelp(person: GroupPerson, number: 1 | 2) {
    const handled = !this.dispatchEvent(new NaWishHelpEvent(person.wishes[number - 1]!, number, person.name));
    this.helpHint = handled ? null : { person: person.id, number };
    this.announce(msg(str`Gevraagd wie kan helpen bij wens ${number}.`));
  }

  private addAction(action: Omit<GroupAction, 'id'> = { text: '', who: '', needs: '' }) {
    const id = createId();
    this.commit({ ...this.value, actions: [...this.value.actions, { id, ...action }] }, { announce: msg('Actie toegevoegd.') });
    void focusAfterRender(this, `#action-${id}-text`);
  }

  private updateAction(id: string, changes: Partial<GroupAction>, coalesce: string) {
    this.commit({ ...this.value, actions: this.value.actions.map((a) => (a.id === id ? { ...a, ...changes } : a)) }, { coalesce });
  }

  private removeAction(id: string) {
    this.commit({ ...this.value, actions: this.value.actions.filter((a) => a.id !== id) }, {
      announce: msg('Actie verwijderd. Met Ongedaan maken komt het terug.'),
    });
    void focusAfterRender(this, '#add-action');
  }

  private wishLine(w: WishRef) {
    return msg(str`${isolate(this.personName(w.personIndex))}, wens ${w.number}: ${isolate(w.text)}`);
  }

  /** `shown`: how many of the card's units (its starters, then its two wishes) to render now. */
  private renderPerson(person: GroupPerson, index: number, shown: number) {
    const { id } = person;
    const card = cardOf(person);
    const p = `p-${id}-`;
    const options = {
      card,
      idPrefix: p,
      level: this.headingLevel + 2,
      readonly: this.readonly,
      helpHint: this.helpHint?.person === id ? this.helpHint.number : null,
      ownerHeadingId: `${p}heading`,
      onChange: (edit: (card: TalentCard) => TalentCard, coalesce: string) => this.updatePerson(id, edit, coalesce),
      onWishHelp: (n: 1 | 2) => this.askHelp(person, n),
      shown: <T>(list: readonly T[]) => list.slice(0, shown),
    };
    const whole = shown >= personUnits;
    return html`<article class="person" part="person" aria-labelledby="${p}heading">
      ${heading(this.headingLevel + 1, this.personName(index), 'na-heading na-subtitle', `${p}heading`)}
      ${renderNameDate(options)} ${renderTalents(options)} ${whole ? renderWishes(options) : nothing}
      ${this.readonly || !whole
        ? nothing
        : html`<div class="na-no-print">
            ${button({ label: msg(str`Verwijder ${isolate(this.personName(index))}`), variant: 'subtle', onClick: () => this.removePerson(person, index) })}
          </div>`}
    </article>`;
  }

  private renderShared() {
    const shared = this.sharedWishes;
    return html`<div part="shared-wishes" class="na-summary">
      ${section({
        id: 'shared',
        level: this.headingLevel + 1,
        heading: msg('Welke wensen worden gedeeld?'),
        description: msg('Wensen met hetzelfde woord staan bij elkaar. Het is een suggestie: kijk ook zelf en beslis samen.'),
        content: shared.length
          ? html`<ul class="suggestions">
              ${shared.map(
                (s) => html`<li class="suggestion">
                  <p class="lead">${msg(str`Samen: ${s.words.map(isolate).join(', ')}`)}</p>
                  <ul>${s.wishes.map((w) => html`<li>${this.wishLine(w)}</li>`)}</ul>
                  ${this.readonly
                    ? nothing
                    : button({
                        label: msg('Maak hier een actie van'),
                        onClick: () =>
                          this.addAction({
                            text: s.wishes[0]!.text,
                            who: [...new Set(s.wishes.map((w) => this.personName(w.personIndex)))].join(', '),
                            needs: '',
                          }),
                      })}
                </li>`,
              )}
            </ul>`
          : emptyState(msg('Nog geen gedeelde wensen gevonden.'), msg('Als twee mensen iets vergelijkbaars wensen, staat het hier.')),
      })}
    </div>`;
  }

  private renderMatches() {
    const matches = this.helpMatches;
    return html`<div part="matches" class="na-summary">
      ${section({
        id: 'matches',
        level: this.headingLevel + 1,
        heading: msg('Wie kan wie helpen met een talent?'),
        description: msg('Een talent van de een dat past bij de wens van een ander. Beslis samen welke mensen elkaar kunnen helpen.'),
        content: matches.length
          ? html`<ul class="suggestions">
              ${matches.map((m) => {
                const helper = this.personName(m.helperIndex);
                const person = this.personName(m.wish.personIndex);
                return html`<li class="suggestion">
                  <p class="lead">${msg(str`${isolate(helper)} kan misschien ${isolate(person)} helpen`)}</p>
                  <p>${this.wishLine(m.wish)}</p>
                  <ul>${m.talents.map((t) => html`<li>${msg(str`Talent van ${isolate(helper)}: ${talentText(t.starter)} ${isolate(t.text)}`)}</li>`)}</ul>
                  ${this.readonly
                    ? nothing
                    : button({
                        label: msg('Maak hier een actie van'),
                        onClick: () => this.addAction({ text: m.wish.text, who: `${person}, ${helper}`, needs: '' }),
                      })}
                </li>`;
              })}
            </ul>`
          : emptyState(msg('Nog geen talent gevonden dat past bij de wens van een ander.')),
      })}
    </div>`;
  }

  private renderActions() {
    const actions = this.value.actions;
    return html`<div part="actions">
      ${section({
        id: 'actions',
        level: this.headingLevel + 1,
        heading: msg('Van wens naar actie'),
        description: groupGuidance.items()[3],
        content: html`${actions.length
            ? html`<ol class="actions">
                ${actions.map(
                  (a, i) => html`<li class="action" aria-labelledby="action-${a.id}-heading">
                    ${heading(this.headingLevel + 2, msg(str`Actie ${i + 1}`), 'na-heading', `action-${a.id}-heading`)}
                    ${textField({ id: `action-${a.id}-text`, label: msg('Wat gaan we doen?'), multiline: true, value: a.text, readonly: this.readonly, onInput: (text) => this.updateAction(a.id, { text }, `action-${a.id}-text`) })}
                    ${textField({ id: `action-${a.id}-who`, label: msg('Wie doen mee?'), value: a.who, readonly: this.readonly, onInput: (who) => this.updateAction(a.id, { who }, `action-${a.id}-who`) })}
                    ${textField({ id: `action-${a.id}-needs`, label: msg('Wat heeft u nodig om dit te bereiken?'), multiline: true, value: a.needs, readonly: this.readonly, onInput: (needs) => this.updateAction(a.id, { needs }, `action-${a.id}-needs`) })}
                    ${this.readonly
                      ? nothing
                      : button({ label: msg(str`Verwijder actie ${i + 1}`), variant: 'subtle', onClick: () => this.removeAction(a.id) })}
                  </li>`,
                )}
              </ol>`
            : emptyState(msg('Nog geen acties.'))}
          ${this.readonly ? nothing : html`<div class="na-no-print">${button({ id: 'add-action', label: msg('Actie toevoegen'), onClick: () => this.addAction() })}</div>`}`,
      })}
    </div>`;
  }

  protected renderInstrument() {
    const people = this.value.people;
    // The first render comes in tasks (core's Progressive), card by card: each grows at its end and the
    // next begins once it is whole, so nothing shown moves, side by side or one under the other.
    const shown = this.#progressive.count(people.length * personUnits);
    return html`<div class="na-header" part="header">
        ${heading(this.headingLevel, msg('Talenten en wensen in de groep'), 'na-heading na-title')}
        <p><strong>${groupGuidance.lead()}</strong></p>
        <ol class="steps">${groupGuidance.items().map((t) => html`<li>${t}</li>`)}</ol>
        ${guidance(talentGuidance.summary(), talentGuidanceContent())}
        ${guidance(wishGuidance.summary(), wishGuidanceContent())}
        ${translationNotice()}
      </div>
      ${this.readonly
        ? nothing
        : addItemField({ id: 'add-person', label: msg('Naam van een deelnemer'), buttonLabel: msg('Voeg toe'), onAdd: (name) => this.addPerson(name) })}
      ${people.length
        ? html`<div class="people" part="people">${people
            .filter((_, i) => shown > i * personUnits)
            .map((p, i) => this.renderPerson(p, i, shown - i * personUnits))}</div>`
        : html`<div class="people-empty">${emptyState(msg('Nog niemand in de groep.'), msg(str`Voeg de deelnemers toe; ieder krijgt een eigen kaart: ${talentenkaartText.title()}.`))}</div>`}
      ${this.#progressive.complete ? html`${this.renderShared()} ${this.renderMatches()} ${this.renderActions()}` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-talentenkaart-groep': NaTalentenkaartGroep;
  }
}
