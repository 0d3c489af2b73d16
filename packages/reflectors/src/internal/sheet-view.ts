import { html, nothing } from 'lit';
import { msg, str } from '@niet-alleen/core/msg';
import { addItemField, button, checkbox, own, scale, section, textField } from '@niet-alleen/core';
import type { ReflectorAnswer, ReflectorMoment, ReflectorOwnStatement } from '../schema.js';
import type { ReflectorWording, ResolvedReflectorDefinition } from '../reflector.js';
import { answerOf } from './moments.js';

/** What the sheet (statements or free columns of one filling) needs of the reflector; edits go back through it. */
export interface SheetContext {
  readonly definition: ResolvedReflectorDefinition;
  readonly headingLevel: number;
  readonly readonly: boolean;
  readonly wording: ReflectorWording;
  readonly offersTalk: boolean;
  setAnswer(statementId: string, patch: Partial<ReflectorAnswer>, coalesce?: string): void;
  setOwn(id: string, patch: Partial<ReflectorOwnStatement>, coalesce?: string): void;
  addOwn(text: string): void;
  removeOwn(own: ReflectorOwnStatement): void;
  addEntry(columnId: string, text: string): void;
  setEntry(columnId: string, entryId: string, text: string): void;
  removeEntry(columnId: string, entryId: string, text: string): void;
  /** The statements to render now: all of them, or the first ones during the first render (core's Progressive). */
  shown<T>(list: readonly T[]): readonly T[];
  /** False while the statements are cut: what follows them waits. */
  complete(): boolean;
}

/** One filling of a reflector: its statements (scale, comment, 'talk about it', own statements) or its free columns. */
export class SheetView {
  constructor(private readonly c: SheetContext) {}

  /** One statement row: text, scale, comment column and 'Hier wil ik over praten'. */
  renderStatementRow(o: {
    key: string;
    text: string;
    answer: ReflectorAnswer;
    onPatch: (patch: Partial<ReflectorAnswer>, coalesce?: string) => void;
    actions?: unknown;
  }) {
    const d = this.c.definition;
    const textId = `text-${o.key}`;
    return html`<li><div class="statement" part="statement" role="group" aria-labelledby=${textId}>
      <p class="statement__text" id=${textId}>${o.text}</p>
      ${d.scale
        ? scale({
            name: `scale-${o.key}`,
            legend: o.text,
            grouped: false,
            options: d.scale.options,
            selected: o.answer.choice,
            readonly: this.c.readonly,
            onChange: (choice) => o.onPatch({ choice }),
          })
        : nothing}
      ${d.comment
        ? html`<div class="statement__comment">
            ${textField({
              id: `comment-${o.key}`,
              label: d.comment.label,
              multiline: true,
              value: o.answer.comment,
              readonly: this.c.readonly,
              onInput: (comment) => o.onPatch({ comment }, `comment-${o.key}`),
            })}
            ${this.c.readonly ? nothing : html`<p class="na-print-only print-text">${o.answer.comment}</p>`}
          </div>`
        : nothing}
      <div class="statement__extra">
        ${this.c.offersTalk
          ? html`<div class=${o.answer.talk ? 'talk talk--on' : 'talk'}>
              ${checkbox({
                id: `talk-${o.key}`,
                label: msg('Hier wil ik over praten'),
                checked: o.answer.talk,
                readonly: this.c.readonly,
                onChange: (talk) => o.onPatch({ talk }),
              })}
            </div>`
          : nothing}
        ${o.actions ?? nothing}
      </div>
    </div></li>`;
  }

  renderStatements(moment: ReflectorMoment | null) {
    const d = this.c.definition;
    const statements = d.statements ?? [];
    const own = moment?.own ?? [];
    const layout = [d.scale ? 'has-scale' : '', d.comment ? 'has-comment' : ''].join(' ');
    return html`<div class="sheet ${layout}">${d.scale?.key ? html`<p class="scale-key">${d.scale.key}</p>` : nothing}
      ${d.statementsLabel || d.comment
        ? html`<div class="table-head" aria-hidden="true">
            <span>${d.statementsLabel ?? ''}</span>
            ${d.scale ? html`<span class="table-head__scale">${d.scale.options.map((opt) => html`<span>${opt.short ?? opt.label}</span>`)}</span>` : nothing}
            ${d.comment ? html`<span>${d.comment.label}</span>` : nothing}
          </div>`
        : nothing}
      <ol class="statements" part="statements">
        ${this.c.shown(statements).map((s) =>
          this.renderStatementRow({
            key: `s-${s.id}`,
            text: s.text,
            answer: answerOf(moment, s.id),
            onPatch: (patch, coalesce) => this.c.setAnswer(s.id, patch, coalesce),
          }),
        )}
        ${(this.c.complete() ? own : []).map((o) =>
          this.renderStatementRow({
            key: `o-${o.id}`,
            text: o.text,
            answer: o,
            onPatch: (patch, coalesce) => this.c.setOwn(o.id, patch, coalesce),
            actions: this.c.readonly
              ? nothing
              : button({ label: msg('Verwijder'), variant: 'subtle', describedBy: `text-o-${o.id}`, onClick: () => this.c.removeOwn(o) }),
          }),
        )}
      </ol>
      ${d.own && !this.c.readonly && this.c.complete()
        ? addItemField({
            id: 'add-own',
            label: d.own.label,
            buttonLabel: msg('Toevoegen'),
            description: this.c.wording.ownDescription,
            onAdd: (text) => this.c.addOwn(text),
          })
        : nothing}
      ${d.own && !own.length ? html`<p class="na-print-only own-print">${d.own.label} <span class="print-line"></span></p>` : nothing}</div>`;
  }

  renderColumns(moment: ReflectorMoment | null) {
    const columns = this.c.definition.columns ?? [];
    return html`<div class="columns" part="columns">
      ${columns.map((column) => {
        const entries = own(moment?.columns, column.id) ?? [];
        return section({
          id: `column-${column.id}`,
          level: this.c.headingLevel + 1,
          heading: column.title,
          description: column.question,
          content: html`${entries.length
              ? html`<ul class="entries">
                  ${entries.map(
                    (e, i) => html`<li class="entry">
                      ${textField({
                        id: `entry-${e.id}`,
                        label: msg(str`${column.title}, punt ${i + 1}`),
                        hideLabel: true,
                        multiline: true,
                        value: e.text,
                        readonly: this.c.readonly,
                        onInput: (text) => this.c.setEntry(column.id, e.id, text),
                      })}
                      ${this.c.readonly ? nothing : html`<p class="na-print-only print-text">${e.text}</p>`}
                      ${this.c.readonly
                        ? nothing
                        : button({ label: msg('Verwijder'), variant: 'subtle', describedBy: `entry-${e.id}`, onClick: () => this.c.removeEntry(column.id, e.id, e.text) })}
                    </li>`,
                  )}
                </ul>`
              : html`<p class="na-subtle na-no-print">${msg('Nog niets ingevuld.')}</p>`}
            ${this.c.readonly
              ? nothing
              : addItemField({
                  id: `add-${column.id}`,
                  label: msg(str`Toevoegen bij ${column.title}`),
                  description: column.question,
                  buttonLabel: msg('Toevoegen'),
                  onAdd: (text) => this.c.addEntry(column.id, text),
                })}
            <div class="print-lines na-print-only" aria-hidden="true"><span></span><span></span><span></span><span></span></div>`,
        });
      })}
    </div>`;
  }
}
