import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { button, section, textField } from '@niet-alleen/core';
import { cardText, networkText, talentIds, talentText, wishFieldIds, wishFieldText, type TalentId, type WishFieldId } from '../content.js';
import type { TalentCard, Wish } from '../schema.js';

export interface CardOptions {
  card: TalentCard;
  /** Prefix for ids, unique within the shadow root ('' for a single card). */
  idPrefix: string;
  /** Heading level of "Mijn talenten" and "Mijn wensen". */
  level: number;
  readonly: boolean;
  /** An edit; `coalesce` groups typing in one field into one undo step. */
  onChange: (next: TalentCard, coalesce: string) => void;
  /** "Wie kan me daarbij helpen?" was asked for WENS `number`. */
  onWishHelp: (number: 1 | 2) => void;
  /** The wish under which to show the hint about the network map (8.4). */
  helpHint?: 1 | 2 | null;
  /** Extra content at the top of the sections (guidance). */
  talentsExtra?: unknown;
  wishesExtra?: unknown;
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

/** Naam and Datum. */
export function renderNameDate(o: CardOptions) {
  const p = o.idPrefix;
  return html`<div class="name-date" part="name-date">
    ${textField({
      id: `${p}name`, label: cardText.name(), value: o.card.name, readonly: o.readonly, autocomplete: 'off',
      onInput: (name) => o.onChange({ ...o.card, name }, `${p}name`),
    })}
    ${textField({
      id: `${p}date`, label: cardText.date(), type: 'date', value: o.card.date, readonly: o.readonly,
      onInput: (date) => o.onChange({ ...o.card, date }, `${p}date`),
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
        onInput: (text) => o.onChange(setAnswer(o.card, starter, i, text), `${p}${starter}-${i}`),
      }),
    )}
  </fieldset>`;
}

export function renderTalents(o: CardOptions) {
  return section({
    id: `${o.idPrefix}talents`,
    level: o.level,
    heading: cardText.talents(),
    part: 'talents',
    content: html`${o.talentsExtra ?? nothing}<div class="starters">${talentIds.map((t) => renderStarter(o, t))}</div>`,
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
      onInput: (text) => o.onChange(setWish(o.card, index, f, text), `${p}wish${number}-${f}`),
    });
  return html`<div class="wish" part="wish">
    ${section({
      id: `${p}wish-${number}`,
      level: o.level + 1,
      heading: cardText.wish(number),
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
  return section({
    id: `${o.idPrefix}wishes`,
    level: o.level,
    heading: cardText.wishes(),
    part: 'wishes',
    content: html`${o.wishesExtra ?? nothing}<div class="wishes">${renderWish(o, 0)} ${renderWish(o, 1)}</div>`,
  });
}
