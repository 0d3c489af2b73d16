import { html, nothing } from 'lit';
import { msg, str } from '@niet-alleen/core/msg';
import { button, dateTimeFormat, getLocale, heading, isCalendarDate, textField } from '@niet-alleen/core';
import { talentenkaartText, networkText, talentIds, talentText, wishFieldIds, wishFieldText, type TalentId, type WishFieldId } from '../content.js';
import type { TalentCard, Wish } from '../schema.js';

export interface CardOptions {
  card: TalentCard;
  /** Prefix for ids, unique within the shadow root ('' for a single card). */
  idPrefix: string;
  /** Heading level of "Mijn talenten" and "Mijn wensen". */
  level: number;
  readonly: boolean;
  /**
   * An edit, as a function of the card at the moment of the event (never a stale copy);
   * `coalesce` groups typing in one field into one undo step.
   */
  onChange: (edit: (card: TalentCard) => TalentCard, coalesce: string) => void;
  /** "Wie kan me daarbij helpen?" was asked for WENS `number`. */
  onWishHelp: (number: 1 | 2) => void;
  /** The wish under which to show the hint about the network map (8.4). */
  helpHint?: 1 | 2 | null;
  /**
   * Id of a heading that names the whole card (the person in group mode). It is added to the
   * name of each section, so landmarks stay unique when several cards are on one page.
   */
  ownerHeadingId?: string;
  /** The starters to render now: all, or the first ones during a long first render (core's Progressive). */
  shown?: <T>(list: readonly T[]) => readonly T[];
  /** Extra content at the top of the sections (guidance). */
  talentsExtra?: unknown;
  wishesExtra?: unknown;
}

/**
 * core's section(), with the card owner's heading added to its accessible name
 * ("Truus, Mijn talenten"). Candidate for core: a `labelledBy` option on section().
 */
function cardSection(o: CardOptions, s: { id: string; heading: unknown; level: number; part: string; content: unknown }) {
  const labelledBy = [o.ownerHeadingId, `${s.id}-heading`].filter(Boolean).join(' ');
  return html`<section class="na-section" part=${s.part} role="group" aria-labelledby=${labelledBy}>
    ${heading(s.level, s.heading, 'na-heading na-subtitle', `${s.id}-heading`)}
    ${s.content}
  </section>`;
}

/** Answer fields shown: every answer, plus one blank field for the next one. */
function shownAnswers(answers: readonly string[]): string[] {
  return answers.length === 0 || answers.at(-1) !== '' ? [...answers, ''] : [...answers];
}

function setAnswer(card: TalentCard, starter: TalentId, index: number, text: string): TalentCard {
  const answers = [...card.talents[starter]];
  answers[index] = text;
  // A cleared last answer disappears only when the one before it is filled, so the field being typed in stays.
  while (answers.length > 1 && answers.at(-1) === '' && answers.at(-2) === '') answers.pop();
  if (answers.length === 1 && answers[0] === '') answers.pop();
  return { ...card, talents: { ...card.talents, [starter]: answers } };
}

function setWish(card: TalentCard, index: 0 | 1, field: WishFieldId, text: string): TalentCard {
  const wishes = [...card.wishes] as [Wish, Wish];
  wishes[index] = { ...wishes[index], [field]: text };
  return { ...card, wishes };
}

/** A stored yyyy-mm-dd date as the reader expects it ("12 maart 2026"); other text unchanged. */
function readableDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  // English in a Dutch context: day before month (en-GB), as on the Dutch card.
  return dateTimeFormat(getLocale() === 'en' ? 'en-GB' : getLocale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** Naam and Datum. */
export function renderNameDate(o: CardOptions) {
  const p = o.idPrefix;
  return html`<div class="name-date" part="name-date">
    ${textField({
      id: `${p}name`, label: talentenkaartText.name(), value: o.card.name, readonly: o.readonly, autocomplete: 'off',
      onInput: (name) => o.onChange((card) => ({ ...card, name }), `${p}name`),
    })}
    ${textField({
      id: `${p}date`, label: talentenkaartText.date(), type: 'date', value: o.readonly ? readableDate(o.card.date) : o.card.date, readonly: o.readonly,
      // A browser without a date picker lets any text through: only a real day (or nothing) is kept.
      onInput: (date) => {
        if (date === '' || isCalendarDate(date)) o.onChange((card) => ({ ...card, date }), `${p}date`);
      },
    })}
  </div>`;
}

function renderStarter(o: CardOptions, starter: TalentId) {
  const p = o.idPrefix;
  const answers = o.card.talents[starter];
  if (o.readonly) {
    const filled = answers.filter((a) => a.trim());
    return html`<div class="starter" part="talent">
      <p class="starter__label">${talentText(starter)}</p>
      ${filled.length
        ? html`<ul class="answers">${filled.map((a) => html`<li class="na-readonly-text">${a}</li>`)}</ul>`
        : html`<p class="na-readonly-text na-empty-answer">${msg('Niet ingevuld')}</p>`}
    </div>`;
  }
  return html`<fieldset class="na-fieldset starter" part="talent">
    <legend class="starter__label">${talentText(starter)}</legend>
    ${shownAnswers(answers).map((answer, i) =>
      textField({
        id: `${p}${starter}-${i}`,
        label: msg(str`Antwoord ${i + 1}`),
        hideLabel: true,
        value: answer,
        placeholder: i > 0 ? msg('Nog een antwoord (mag leeg blijven)') : undefined,
        onInput: (text) => o.onChange((card) => setAnswer(card, starter, i, text), `${p}${starter}-${i}`),
      }),
    )}
  </fieldset>`;
}

export function renderTalents(o: CardOptions) {
  return cardSection(o, {
    id: `${o.idPrefix}talents`,
    level: o.level,
    heading: talentenkaartText.talents(),
    part: 'talents',
    content: html`${o.talentsExtra ?? nothing}<div class="starters">${(o.shown?.(talentIds) ?? talentIds).map((t) => renderStarter(o, t))}</div>`,
  });
}

function renderWish(o: CardOptions, index: 0 | 1) {
  const p = o.idPrefix;
  const number = (index + 1) as 1 | 2;
  const wish = o.card.wishes[index];
  const field = (f: WishFieldId) =>
    textField({
      id: `${p}wish${number}-${f}`,
      label: wishFieldText(f),
      value: wish[f],
      multiline: true,
      readonly: o.readonly,
      onInput: (text) => o.onChange((card) => setWish(card, index, f, text), `${p}wish${number}-${f}`),
    });
  return html`<div class="wish" part="wish">
    ${cardSection(o, {
      id: `${p}wish-${number}`,
      level: o.level + 1,
      heading: talentenkaartText.wish(number),
      part: 'wish-section',
      content: html`${wishFieldIds.map(
        (f) => html`${field(f)}
          ${f === 'helpers' && !o.readonly
            ? html`<div class="wish-help na-no-print">
                ${button({
                  label: msg('Wie kan helpen? Zoek in het netwerk'),
                  describedBy: `${p}wish-${number}-heading`,
                  part: 'wish-help',
                  onClick: () => o.onWishHelp(number),
                })}
                ${o.helpHint === number ? html`<p class="na-notice">${networkText.fromWish()}</p>` : nothing}
              </div>`
            : nothing}`,
      )}`,
    })}
  </div>`;
}

export function renderWishes(o: CardOptions) {
  return cardSection(o, {
    id: `${o.idPrefix}wishes`,
    level: o.level,
    heading: talentenkaartText.wishes(),
    part: 'wishes',
    content: html`${o.wishesExtra ?? nothing}<div class="wishes">${renderWish(o, 0)} ${renderWish(o, 1)}</div>`,
  });
}
