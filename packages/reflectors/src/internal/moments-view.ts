import { html, nothing } from 'lit';
import { msg, str } from '@niet-alleen/core/msg';
import { button, emptyState, getLocale, sameDayOrdinals, section, textField } from '@niet-alleen/core';
import type { ReflectorMoment, ReflectorValue } from '../schema.js';
import type { ReflectorWording, ResolvedReflectorDefinition } from '../reflector.js';
import { answerOf, formatDate, today, type ComparisonRow } from './moments.js';

/** What the views of the moments, the talk list and the comparison need of the reflector. */
export interface MomentsContext {
  readonly definition: ResolvedReflectorDefinition;
  readonly value: ReflectorValue;
  readonly headingLevel: number;
  readonly readonly: boolean;
  readonly wording: ReflectorWording;
  readonly isColumns: boolean;
  readonly offersTalk: boolean;
  readonly view: 'fill' | 'compare';
  readonly currentMoment: ReflectorMoment | null;
  readonly currentId: string | null;
  /** The fillings compared statement by statement (built only when shown). */
  comparison(): ComparisonRow[];
  show(id: string | null, compare: boolean): void;
  startNewMoment(): void;
  setDate(date: string): void;
  removeMoment(moment: ReflectorMoment): void;
}

/**
 * The dated fillings of a reflector: the bar of fillings, the date of the shown one, the list of
 * what the user wants to talk about, and the fillings side by side (never a total or a score).
 */
export class MomentsView {
  constructor(private readonly c: MomentsContext) {}

  private optionLabel(choice: string | null): string {
    const option = this.c.definition.scale?.options.find((o) => o.value === choice);
    if (!option) return choice ?? '';
    return option.short ? `${option.short} – ${option.label}` : option.label;
  }

  /** The name of a filling: its date, and its place that day when there are more on one day. */
  momentLabel(m: Pick<ReflectorMoment, 'id' | 'date'>, ordinals: Map<string, number>): string {
    const locale = getLocale();
    const n = ordinals.get(m.id) ?? 0;
    return n ? msg(str`${n}e invulling van ${formatDate(m.date, locale)}`) : msg(str`Invulling van ${formatDate(m.date, locale)}`);
  }

  renderMoments() {
    const { moments } = this.c.value;
    const shown = this.c.currentMoment;
    const printDate = html`<p class="na-print-only print-date">${msg('Datum:')} <span class="print-line"></span></p>`;
    if (!moments.length && this.c.readonly) return printDate;
    // Before the first answer the bar already shows the filling that answer starts (dated today):
    // the first answer then adds nothing above the statements, and nothing moves under the pointer.
    const listed = moments.length ? moments : [{ id: '', date: today() }];
    const ordinals = sameDayOrdinals(listed);
    return html`${moments.length ? nothing : printDate}<div class="moments" part="moments">
      <p class="moments__label" id="moments-label">${msg('Invullingen')}</p>
      <ul class="moments__list" aria-labelledby="moments-label">
        ${listed.map(
          (m) => html`<li>
            ${button({
              label: this.momentLabel(m, ordinals),
              pressed: this.c.view !== 'compare' && (m.id === '' || m.id === shown?.id),
              onClick: () => this.c.show(m.id || null, false),
            })}
          </li>`,
        )}
        ${moments.length > 1
          ? html`<li>${button({ label: msg('Vergelijk de invullingen'), pressed: this.c.view === 'compare', onClick: () => this.c.show(this.c.currentId, this.c.view !== 'compare') })}</li>`
          : nothing}
      </ul>
      ${this.c.readonly
        ? nothing
        : html`<div class="moments__actions">
            ${button({ label: msg('Nieuwe invulling beginnen'), disabled: !moments.length, onClick: () => this.c.startNewMoment() })}
          </div>`}
    </div>`;
  }

  renderMomentHeader(moment: ReflectorMoment | null) {
    if (!moment && this.c.readonly) return nothing;
    // Before the first answer: today's date, which that answer (or a change of date) gives the filling. On paper the blank 'Datum:' line stands instead.
    return html`<div class=${moment ? 'moment-header' : 'moment-header na-no-print'}>
      ${textField({
        id: 'moment-date',
        label: msg('Datum van deze invulling'),
        type: 'date',
        value: moment?.date ?? today(),
        readonly: this.c.readonly,
        onInput: (v) => this.c.setDate(v),
      })}
      ${this.c.readonly || !moment || this.c.value.moments.length < 2
        ? nothing
        : button({
            label: msg('Verwijder deze invulling'),
            variant: 'subtle',
            describedBy: 'moment-date',
            onClick: () => this.c.removeMoment(moment),
          })}
    </div>`;
  }

  renderTalk(moment: ReflectorMoment | null) {
    if (!this.c.offersTalk) return nothing;
    const d = this.c.definition;
    const chosen = [
      ...(d.statements ?? []).filter((s) => answerOf(moment, s.id).talk).map((s) => s.text),
      ...(moment?.own ?? []).filter((o) => o.talk).map((o) => o.text),
    ];
    return html`<div class="talk-list na-no-print" part="talk">
      ${section({
        id: 'talk',
        level: this.c.headingLevel + 1,
        heading: msg('Hier wil ik over praten'),
        content: chosen.length
          ? html`<ul>${chosen.map((t) => html`<li>${t}</li>`)}</ul>`
          : emptyState(msg('Nog niets gekozen.'), this.c.wording.talkEmpty),
      })}
    </div>`;
  }

  renderCell(row: ComparisonRow, cell: ComparisonRow['cells'][number]) {
    if (row.kind === 'column') {
      return cell.entries.length
        ? html`<ul class="cell-entries">${cell.entries.map((e) => html`<li>${e}</li>`)}</ul>`
        : html`<span class="na-empty-answer">${msg('Niet ingevuld')}</span>`;
    }
    const hasScale = Boolean(this.c.definition.scale);
    const parts = [
      hasScale
        ? cell.choice
          ? html`<span class="cell-choice">${this.optionLabel(cell.choice)}</span>`
          : html`<span class="na-empty-answer">${msg('Niet ingevuld')}</span>`
        : nothing,
      cell.comment ? html`<span class="cell-comment">${cell.comment}</span>` : !hasScale ? html`<span class="na-empty-answer">${msg('Niet ingevuld')}</span>` : nothing,
      cell.talk ? html`<span class="cell-talk">${msg('Hier wil ik over praten')}</span>` : nothing,
    ];
    return parts;
  }

  renderComparison() {
    const { moments } = this.c.value;
    const rows = this.c.comparison();
    const locale = getLocale();
    const ordinals = sameDayOrdinals(moments);
    const d = this.c.definition;
    const first = d.statementsLabel ?? (this.c.isColumns ? msg('Kolom') : msg('Stelling'));
    return html`<div class="comparison" part="comparison">
      ${section({
        id: 'comparison',
        level: this.c.headingLevel + 1,
        heading: msg('De invullingen naast elkaar'),
        content: html`<p class="na-notice">${this.c.wording.compareAdvice}</p>
          <p>${msg('Wat anders is dan bij een eerdere invulling, staat gemarkeerd met het woord Veranderd.')}</p>
          <div class="table-scroll" role="group" aria-label=${msg('Tabel met de invullingen naast elkaar')} tabindex="0">
            <table>
              <thead>
                <tr>
                  <th scope="col">${first}</th>
                  ${moments.map((m) => html`<th scope="col">${ordinals.get(m.id) ? this.momentLabel(m, ordinals) : formatDate(m.date, locale)}</th>`)}
                  <th scope="col">${msg('Verschil')}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (row) => html`<tr class=${row.changed ? 'changed' : ''} data-row=${row.id}>
                    <th scope="row">${row.text}${row.kind === 'own' ? html` <span class="na-subtle">${this.c.wording.ownTag}</span>` : nothing}</th>
                    ${row.cells.map((cell) => html`<td>${this.renderCell(row, cell)}</td>`)}
                    <td class="difference">${row.changed ? html`<strong class="changed-mark">${msg('Veranderd')}</strong>` : html`<span class="na-subtle">${msg('Hetzelfde')}</span>`}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`,
      })}
    </div>`;
  }
}
