import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@niet-alleen/core/msg';
import {
  NaInstrumentElement, Progressive, addItemField, createId, button, checkbox, emptyState, guidance, heading, scale, section, textField, translationNotice, focusAfterRender,
} from '@niet-alleen/core';
import { signaleringskaartDefinition, type OwnSignal, type SignaleringskaartValue } from './schema.js';
import {
  cardText, groupTitle, markedGroupsOf, signalGroupIds, signalItems, signalText,
  type OwnSignalGroupId, type SignalGroupId,
} from './content.js';
import { NaSignalForwardEvent } from './events.js';
import { signaleringskaartStyles } from './signaleringskaart.styles.js';
import type { InstrumentListeners } from '@niet-alleen/core';

/** Listeners typed by this element's value (`event.detail.value` is a SignaleringskaartValue); see InstrumentListeners. */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the interface only narrows the listener types */
export interface NaSignaleringskaart {
  addEventListener: InstrumentListeners<SignaleringskaartValue>['addEventListener'];
  removeEventListener: InstrumentListeners<SignaleringskaartValue>['removeEventListener'];
}

/**
 * Signaleringskaart (workbook 5.3): signals that may point to loneliness or social isolation.
 * Not a checklist and never a score: marked signals are a starting point for a conversation.
 *
 * @element na-signaleringskaart
 * @fires na-change - After each edit; `detail.value` is the new {@link SignaleringskaartValue}.
 * @fires na-invalid - Data from outside was refused; `detail: { source, issues }`.
 * @fires na-signal-forward - The user chose to pass the signal on; `detail: { value, groups }`.
 * @csspart base - Wrapper around the whole card.
 * @csspart header - Title, introduction and guidance.
 * @csspart groups - The five signal groups.
 * @csspart section - One group or area (with its heading).
 * @csspart choice - One signal with its checkbox.
 * @csspart next-step - What to do next: talk, or pass the signal on.
 * @csspart summary - What was marked, for the conversation.
 * @csspart toolbar - Export, import, print, undo, redo, empty.
 * @cssprop --na-signaleringskaart-group-background-color - Background of a signal group.
 * @cssprop --na-signaleringskaart-item-checked-background-color - Background of a marked signal.
 * @cssprop --na-signaleringskaart-groups-gap - Space between the groups.
 */
export class NaSignaleringskaart extends NaInstrumentElement<SignaleringskaartValue> {
  static override styles = [...NaInstrumentElement.styles, signaleringskaartStyles];

  /**
   * The first render shows the first two signal groups; the others come two a task, and what follows
   * them in a task of its own (issue 32; it costs about as much as two groups to render).
   */
  readonly #progressive = new Progressive(this, 2);

  protected get definition() {
    return signaleringskaartDefinition;
  }

  /** What 'Geef het signaal door' did, said on screen: the page took it, or nothing on the page did. */
  @state() private forwarded: 'taken' | 'untaken' | null = null;

  private toggle(id: string, checked: boolean) {
    const marked = checked ? [...new Set([...this.value.marked, id])] : this.value.marked.filter((m) => m !== id);
    this.commit({ ...this.value, marked });
  }

  private addOwn(group: OwnSignalGroupId, text: string) {
    const own: OwnSignal = { id: createId(), group, text, marked: true };
    this.commit({ ...this.value, own: [...this.value.own, own] }, { announce: msg(str`Toegevoegd: ${text}`) });
  }

  private updateOwn(id: string, changes: Partial<OwnSignal>) {
    this.commit({ ...this.value, own: this.value.own.map((o) => (o.id === id ? { ...o, ...changes } : o)) });
  }

  private removeOwn(signal: OwnSignal, group: OwnSignalGroupId) {
    this.commit({ ...this.value, own: this.value.own.filter((o) => o.id !== signal.id) }, {
      announce: msg(str`Verwijderd: ${signal.text}. Met Ongedaan maken komt het terug.`),
    });
    // Focus stays in the group: on its 'add' field.
    void focusAfterRender(this, `#add-${group}`);
  }

  /** Groups with at least one marked signal (workbook or own). */
  get markedGroups(): SignalGroupId[] {
    return markedGroupsOf(this.value);
  }

  private forward() {
    this.commit({ ...this.value, nextStep: 'doorgeven' });
    const event = new NaSignalForwardEvent(this.value, this.markedGroups);
    this.dispatchEvent(event);
    this.forwarded = event.defaultPrevented ? 'taken' : 'untaken';
  }

  private renderOwn(group: OwnSignalGroupId) {
    return this.value.own
      .filter((o) => o.group === group)
      .map(
        (o) => html`<li class="own">
          ${checkbox({ id: `own-${o.id}`, label: o.text, checked: o.marked, readonly: this.readonly, onChange: (marked) => this.updateOwn(o.id, { marked }) })}
          ${this.readonly
            ? nothing
            : button({ label: msg('Verwijder'), variant: 'subtle', describedBy: `own-${o.id}`, onClick: () => this.removeOwn(o, group) })}
        </li>`,
      );
  }

  private renderAdd(group: OwnSignalGroupId) {
    if (this.readonly) return nothing;
    return addItemField({
      id: `add-${group}`,
      label: msg(str`Eigen signaal toevoegen bij ${groupTitle(group).toLowerCase()}`),
      buttonLabel: msg('Toevoegen'),
      onAdd: (text) => this.addOwn(group, text),
    });
  }

  private renderGroup(group: SignalGroupId) {
    return section({
      id: group,
      level: this.headingLevel + 1,
      heading: groupTitle(group),
      content: html`<ul class="items" aria-label=${groupTitle(group)}>
          ${signalItems[group].map(
            (id) => html`<li>
              ${checkbox({ id, label: signalText(id), checked: this.value.marked.includes(id), readonly: this.readonly, onChange: (c) => this.toggle(id, c) })}
            </li>`,
          )}
          ${this.renderOwn(group)}
        </ul>
        ${this.renderAdd(group)}`,
    });
  }

  private renderOther() {
    return section({
      id: 'anders',
      level: this.headingLevel + 1,
      heading: groupTitle('anders'),
      content: html`<ul class="items">${this.renderOwn('anders')}</ul>
        ${this.renderAdd('anders')}
        ${textField({
          id: 'notes',
          label: msg('Notities'),
          multiline: true,
          value: this.value.notes,
          readonly: this.readonly,
          onInput: (notes) => this.commit({ ...this.value, notes }, { coalesce: 'notes' }),
        })}
        <div class="print-lines na-print-only" aria-hidden="true"><span></span><span></span><span></span><span></span><span></span></div>`,
    });
  }

  private renderNextStep() {
    const choice = this.value.nextStep;
    return html`<div part="next-step" class="next-step">
      ${section({
        id: 'next-step',
        level: this.headingLevel + 1,
        heading: msg('Volgende stap'),
        content: html`<p>${cardText.discuss()}</p>
          ${scale({
            name: 'next-step',
            legend: msg('Wat gaat u doen?'),
            options: [
              { value: 'gesprek', label: msg('Ik ga het gesprek aan met de persoon') },
              { value: 'doorgeven', label: msg('Ik kan of wil het gesprek niet aangaan: ik geef het signaal door') },
            ],
            selected: choice,
            readonly: this.readonly,
            onChange: (nextStep) => this.commit({ ...this.value, nextStep }),
          })}
          ${choice === 'doorgeven'
            ? html`<p>${cardText.passOn()}</p>
                ${this.readonly ? nothing : button({ label: msg('Geef het signaal door'), variant: 'primary', onClick: () => this.forward() })}
                <p class="forward-status" role="status">${this.forwarded === 'taken'
                  ? msg('Het signaal is doorgegeven.')
                  : this.forwarded === 'untaken'
                    ? msg('Er is niets verstuurd: deze pagina geeft het signaal niet door. Geef het zelf door aan iemand die kan helpen.')
                    : nothing}</p>`
            : nothing}`,
      })}
    </div>`;
  }

  private renderSummary() {
    const { marked, own } = this.value;
    const groups = (['lichamelijk', 'psychisch', 'sociaal', 'gedragsmatig', 'levensgebeurtenissen', 'anders'] as const)
      .map((g) => ({
        g,
        texts: [
          ...(g === 'anders' ? [] : signalItems[g].filter((id) => marked.includes(id)).map(signalText)),
          ...own.filter((o) => o.group === g && o.marked).map((o) => o.text),
        ],
      }))
      .filter((x) => x.texts.length);
    return html`<div part="summary" class="summary na-summary">
      ${section({
        id: 'summary',
        level: this.headingLevel + 1,
        heading: msg('Voor het gesprek'),
        content: groups.length
          ? html`<p>${msg('Dit viel u op. Het is een begin van een gesprek, geen oordeel.')}</p>
              ${groups.map((x) => html`<p class="lead">${groupTitle(x.g)}</p><ul>${x.texts.map((t) => html`<li>${t}</li>`)}</ul>`)}`
          : emptyState(msg('Nog niets aangekruist.'), msg("Ook een 'niet-pluis-gevoel' is genoeg om het gesprek aan te gaan.")),
      })}
    </div>`;
  }

  protected renderInstrument() {
    return html`<div class="header" part="header">
        ${heading(this.headingLevel, cardText.title(), 'na-heading na-title')}
        <p>${cardText.intro()}</p>
        <p class="lead">${cardText.notChecklist()}</p>
        ${guidance(msg('Hoe gebruikt u deze kaart?'), html`<p>${cardText.discuss()}</p><p>${cardText.passOn()}</p>`)}
        ${translationNotice()}
      </div>
      <div class="groups" part="groups">
        ${signalGroupIds.slice(0, this.#progressive.count(signalGroupIds.length + 2)).map((g) => this.renderGroup(g))}
      </div>
      ${this.#progressive.complete ? html`${this.renderOther()} ${this.renderSummary()} ${this.renderNextStep()}` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-signaleringskaart': NaSignaleringskaart;
  }
}
