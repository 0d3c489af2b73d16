import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@niet-alleen/core/msg';
import {
  NaInstrumentElement, addItemField, button, createId, datedName, formatCalendarDate, isCalendarDate, emptyState, getLocale, guidance, heading, sameDayOrdinals, section, textField,
  translationNotice, focusAfterRender,
} from '@niet-alleen/core';
import {
  emptyAnswers, persoonlijkPlanDefinition,
  type LookBack, type PersoonlijkPlanValue, type PlanContactSuggestion, type PlanHelper, type PlanWishSuggestion,
} from './plan-schema.js';
import { lookBackQuestion, lookBackQuestionIds, planText, type LookBackQuestionId } from './plan-content.js';
import { persoonlijkPlanStyles } from './persoonlijk-plan.styles.js';
import type { InstrumentListeners } from '@niet-alleen/core';

/** A date as the reader's locale writes it (core's formatCalendarDate); the ISO text when it cannot be read. */
export function formatDate(iso: string, locale = getLocale()): string {
  return formatCalendarDate(iso, locale);
}

/** Listeners typed by this element's value (`event.detail.value` is a PersoonlijkPlanValue); see InstrumentListeners. */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the interface only narrows the listener types */
export interface NaPersoonlijkPlan {
  addEventListener: InstrumentListeners<PersoonlijkPlanValue>['addEventListener'];
  removeEventListener: InstrumentListeners<PersoonlijkPlanValue>['removeEventListener'];
}

/**
 * Persoonlijk plan (workbook 9) with the look-back of 10.1: a goal in the person's own words,
 * steps, who helps, what is needed, and a look-back per agreed date with the workbook's questions.
 * It can offer wishes (from a talentenkaart) as goals and contacts (from a netwerkkaart) as helpers.
 *
 * @element na-persoonlijk-plan
 * @fires na-change - After each edit; `detail.value` is the new {@link PersoonlijkPlanValue}.
 * @fires na-invalid - Data from outside was refused; `detail: { source, issues }`.
 * @csspart base - Wrapper around the whole plan.
 * @csspart header - Title, introduction and guidance.
 * @csspart suggestions - Wishes and contacts offered from other instruments.
 * @csspart goal - The goal in the person's own words.
 * @csspart steps - The steps.
 * @csspart helpers - Who helps.
 * @csspart needs - What is needed.
 * @csspart look-backs - The look-back moments (10.1).
 * @csspart look-back - One look-back moment.
 * @csspart toolbar - Export, import, print, undo, redo, empty.
 * @cssprop --na-persoonlijk-plan-goal-background-color - Background of the goal.
 * @cssprop --na-persoonlijk-plan-look-back-background-color - Background of a look-back moment.
 */
export class NaPersoonlijkPlan extends NaInstrumentElement<PersoonlijkPlanValue> {
  static override styles = [...NaInstrumentElement.styles, persoonlijkPlanStyles];

  /** Wishes offered as a goal, e.g. from a talentenkaart in the same dossier: `[{ id, text }]`. */
  @property({ attribute: false }) wishes: readonly PlanWishSuggestion[] = [];
  /** Contacts offered as helpers, e.g. from a netwerkkaart in the same dossier: `[{ id, name }]`. */
  @property({ attribute: false }) contacts: readonly PlanContactSuggestion[] = [];
  /**
   * `plan` (default) shows the whole plan; `terugblik` shows the goal and steps as text and the
   * look-backs of 10.1, for the phase 'terug- en vooruitblikken'. Same value either way.
   */
  @property({ reflect: true }) view: 'plan' | 'terugblik' = 'plan';

  protected get definition() {
    return persoonlijkPlanDefinition;
  }

  protected override get fileStem() {
    return 'persoonlijk-plan';
  }

  private patch(changes: Partial<PersoonlijkPlanValue>, options: { coalesce?: string; announce?: string } = {}) {
    this.commit({ ...this.value, ...changes }, options);
  }

  // ——— suggestions ———

  private takeWish(wish: PlanWishSuggestion) {
    this.patch({ goal: wish.text, wishId: wish.id }, { announce: msg(str`Overgenomen als doel: ${wish.text}`) });
    void focusAfterRender(this, '#goal');
  }

  private takeContact(contact: PlanContactSuggestion) {
    const helper: PlanHelper = { id: createId(), name: contact.name, contactId: contact.id };
    this.patch({ helpers: [...this.value.helpers, helper] }, { announce: msg(str`Toegevoegd: ${contact.name}`) });
    // The suggestion (and its button) goes away: focus moves to the new helper's field.
    void focusAfterRender(this, `#helper-${CSS.escape(helper.id)}`);
  }

  private renderSuggestions() {
    if (this.readonly) return nothing;
    const wishes = this.wishes.filter((w) => w.text.trim());
    const taken = new Set(this.value.helpers.map((h) => h.contactId));
    const contacts = this.contacts.filter((c) => c.name.trim() && !taken.has(c.id));
    if (!wishes.length && !contacts.length) return nothing;
    return html`<div part="suggestions" class="suggestions na-no-print">
      ${wishes.length
        ? section({
            id: 'wishes',
            level: this.headingLevel + 1,
            heading: msg('Wensen uit de talentenkaart'),
            description: msg('Kies er een als doel, of schrijf het doel hieronder zelf.'),
            content: html`<ul class="suggestion-list">
              ${wishes.map(
                (w) => html`<li>
                  <span id="wish-${w.id}">${w.text}</span>
                  ${button({ label: msg('Neem over als doel'), describedBy: `wish-${w.id}`, pressed: this.value.wishId === w.id, onClick: () => this.takeWish(w) })}
                </li>`,
              )}
            </ul>`,
          })
        : nothing}
      ${contacts.length
        ? section({
            id: 'contacts',
            level: this.headingLevel + 1,
            heading: msg('Contacten uit de netwerkkaart'),
            description: msg('Wie uit het netwerk kan helpen?'),
            content: html`<ul class="suggestion-list">
              ${contacts.map(
                (c) => html`<li>
                  <span id="contact-${c.id}">${c.name}</span>
                  ${button({ label: msg('Voeg toe als helper'), describedBy: `contact-${c.id}`, onClick: () => this.takeContact(c) })}
                </li>`,
              )}
            </ul>`,
          })
        : nothing}
    </div>`;
  }

  // ——— steps and helpers ———

  private addStep(text: string) {
    this.patch({ steps: [...this.value.steps, { id: createId(), text }] }, { announce: msg(str`Stap toegevoegd: ${text}`) });
  }

  private removeStep(index: number) {
    const step = this.value.steps[index]!;
    this.patch({ steps: this.value.steps.filter((s) => s.id !== step.id) }, {
      announce: msg(str`Verwijderd: ${step.text}. Met Ongedaan maken komt het terug.`),
    });
    void focusAfterRender(this, '#add-step');
  }

  private renderSteps() {
    const { steps } = this.value;
    return html`<div part="steps">
      ${section({
        id: 'steps',
        level: this.headingLevel + 1,
        heading: msg('Stappen'),
        description: msg('Hoe gaat de persoon het aanpakken? Waar begint hij of zij?'),
        content: html`${steps.length
            ? html`<ol class="rows">
                ${steps.map(
                  (s, i) => html`<li class="row">
                    ${textField({
                      id: `step-${s.id}`,
                      label: msg(str`Stap ${i + 1}`),
                      value: s.text,
                      readonly: this.readonly,
                      onInput: (text) =>
                        this.patch({ steps: this.value.steps.map((x) => (x.id === s.id ? { ...x, text } : x)) }, { coalesce: `step-${s.id}` }),
                    })}
                    ${this.readonly ? nothing : button({ label: msg('Verwijder'), variant: 'subtle', describedBy: `step-${s.id}`, onClick: () => this.removeStep(i) })}
                  </li>`,
                )}
              </ol>`
            : this.readonly
              ? html`<p class="na-readonly-text na-empty-answer">${msg('Niet ingevuld')}</p>`
              : nothing}
          ${this.readonly ? nothing : addItemField({ id: 'add-step', label: msg('Stap toevoegen'), buttonLabel: msg('Toevoegen'), onAdd: (t) => this.addStep(t) })}
          <div class="print-lines na-print-only" aria-hidden="true"><span></span><span></span><span></span></div>`,
      })}
    </div>`;
  }

  private addHelper(name: string) {
    this.patch({ helpers: [...this.value.helpers, { id: createId(), name, contactId: null }] }, { announce: msg(str`Toegevoegd: ${name}`) });
  }

  private removeHelper(helper: PlanHelper) {
    this.patch({ helpers: this.value.helpers.filter((h) => h.id !== helper.id) }, {
      announce: msg(str`Verwijderd: ${helper.name}. Met Ongedaan maken komt het terug.`),
    });
    void focusAfterRender(this, '#add-helper');
  }

  private renderHelpers() {
    const { helpers } = this.value;
    return html`<div part="helpers">
      ${section({
        id: 'helpers',
        level: this.headingLevel + 1,
        heading: msg('Wie kan helpen?'),
        content: html`${helpers.length
            ? html`<ul class="rows">
                ${helpers.map(
                  (h) => html`<li class="row">
                    ${textField({
                      id: `helper-${h.id}`,
                      label: msg('Naam'),
                      hideLabel: true,
                      value: h.name,
                      readonly: this.readonly,
                      onInput: (name) =>
                        this.patch({ helpers: this.value.helpers.map((x) => (x.id === h.id ? { ...x, name } : x)) }, { coalesce: `helper-${h.id}` }),
                    })}
                    ${h.contactId ? html`<span class="na-subtle">${msg('uit de netwerkkaart')}</span>` : nothing}
                    ${this.readonly ? nothing : button({ label: msg('Verwijder'), variant: 'subtle', describedBy: `helper-${h.id}`, onClick: () => this.removeHelper(h) })}
                  </li>`,
                )}
              </ul>`
            : this.readonly
              ? html`<p class="na-readonly-text na-empty-answer">${msg('Niet ingevuld')}</p>`
              : nothing}
          ${this.readonly ? nothing : addItemField({ id: 'add-helper', label: msg('Iemand toevoegen die helpt'), buttonLabel: msg('Toevoegen'), onAdd: (t) => this.addHelper(t) })}
          <div class="print-lines na-print-only" aria-hidden="true"><span></span><span></span></div>`,
      })}
    </div>`;
  }

  // ——— look-backs (10.1) ———

  private addLookBack() {
    const lookBack: LookBack = { id: createId(), date: '', answers: emptyAnswers() };
    this.patch({ lookBacks: [...this.value.lookBacks, lookBack] }, { announce: msg('Terugblikmoment toegevoegd. Kies de afgesproken datum.') });
    void focusAfterRender(this, `#lookback-${lookBack.id}-date`);
  }

  private updateLookBack(id: string, change: (l: LookBack) => LookBack, coalesce: string) {
    this.patch({ lookBacks: this.value.lookBacks.map((l) => (l.id === id ? change(l) : l)) }, { coalesce });
  }

  private removeLookBack(lookBack: LookBack) {
    this.patch({ lookBacks: this.value.lookBacks.filter((l) => l.id !== lookBack.id) }, {
      announce: msg('Terugblikmoment verwijderd. Met Ongedaan maken komt het terug.'),
    });
    void focusAfterRender(this, '#add-lookback');
  }

  /** A look-back is a dated entry (core's dated.ts): two on one agreed day are numbered. */
  private lookBackTitle(l: LookBack, ordinals: Map<string, number>) {
    if (!l.date) return msg('Terugblik (datum nog niet afgesproken)');
    const date = datedName(l, ordinals, getLocale());
    return msg(str`Terugblik op ${date}`);
  }

  private renderLookBack(l: LookBack, ordinals: Map<string, number>) {
    const hid = `lookback-${l.id}-heading`;
    return html`<li class="look-back" part="look-back">
      <section role="group" aria-labelledby=${hid}>
        ${heading(this.headingLevel + 2, this.lookBackTitle(l, ordinals), 'na-heading', hid)}
        ${textField({
          id: `lookback-${l.id}-date`,
          label: msg('Afgesproken datum'),
          type: 'date',
          value: l.date,
          readonly: this.readonly,
          onInput: (date) => {
            if (date === '' || isCalendarDate(date)) this.updateLookBack(l.id, (x) => ({ ...x, date }), `lookback-${l.id}-date`);
          },
        })}
        ${lookBackQuestionIds.map((q: LookBackQuestionId) =>
          textField({
            id: `lookback-${l.id}-${q}`,
            label: lookBackQuestion(q),
            multiline: true,
            value: l.answers[q],
            readonly: this.readonly,
            onInput: (text) => this.updateLookBack(l.id, (x) => ({ ...x, answers: { ...x.answers, [q]: text } }), `lookback-${l.id}-${q}`),
          }),
        )}
        ${this.readonly
          ? nothing
          : button({ label: msg('Verwijder dit terugblikmoment'), variant: 'subtle', describedBy: hid, onClick: () => this.removeLookBack(l) })}
      </section>
    </li>`;
  }

  private renderLookBacks() {
    const { lookBacks } = this.value;
    const ordinals = sameDayOrdinals(lookBacks);
    return html`<div part="look-backs" class="look-backs">
      ${section({
        id: 'look-backs',
        level: this.headingLevel + 1,
        heading: planText.lookBackTitle(),
        description: planText.lookBackInstruction(),
        content: html`${guidance(msg('Als er niets terugkomt, en de reflector'), html`<p>${planText.noNews()}</p><p>${planText.reflector()}</p>`)}
          ${lookBacks.length
            ? html`<ul class="look-back-list">${lookBacks.map((l) => this.renderLookBack(l, ordinals))}</ul>`
            : emptyState(msg('Nog geen terugblikmoment afgesproken.'), msg('Spreek samen een datum af om terug te kijken.'))}
          ${this.readonly
            ? nothing
            : button({ id: 'add-lookback', label: msg('Terugblikmoment toevoegen'), onClick: () => this.addLookBack() })}`,
      })}
    </div>`;
  }

  // ——— the plan ———

  private renderLookBackView() {
    const v = this.value;
    return html`<div class="na-header" part="header">
        ${heading(this.headingLevel, msg('Persoonlijk plan: terugblik'), 'na-heading na-title')}
        ${translationNotice()}
      </div>
      <div part="goal" class="goal">
        ${section({
          id: 'goal-section',
          level: this.headingLevel + 1,
          heading: msg('Het plan'),
          content: html`${textField({ id: 'goal', label: msg('Doel'), value: v.goal, readonly: true, onInput: () => {} })}
            <p class="na-field__label">${msg('Stappen')}</p>
            ${v.steps.length
              ? html`<ol>${v.steps.map((s) => html`<li>${s.text}</li>`)}</ol>`
              : html`<p class="na-readonly-text na-empty-answer">${msg('Niet ingevuld')}</p>`}`,
        })}
      </div>
      ${this.renderLookBacks()}`;
  }

  protected renderInstrument() {
    if (this.view === 'terugblik') return this.renderLookBackView();
    const v = this.value;
    return html`<div class="na-header" part="header">
        ${heading(this.headingLevel, planText.title(), 'na-heading na-title')}
        <p>${planText.fit()} ${planText.small()}</p>
        ${guidance(
          msg('Hoe maakt u samen een plan?'),
          html`<p>${planText.talk()}</p>
            <ul>${planText.lonelinessQuestions().map((q) => html`<li>${q}</li>`)}</ul>
            <p>${planText.lookBackEarlier()}</p>
            <p>${planText.form()}</p><p>${planText.realise()}</p><p>${planText.stay()}</p>`,
        )}
        ${guidance(
          planText.askedOfYouTitle(),
          html`<p>${planText.qualitiesLead()}</p>
            <ul>${planText.qualities().map((q) => html`<li>${q}</li>`)}</ul>
            <p>${planText.solidarity()}</p>
            <p>${planText.imrLead()}</p>
            <ul>${planText.imrSteps().map((q) => html`<li>${q}</li>`)}</ul>`,
        )}
        ${translationNotice()}
      </div>
      ${this.renderSuggestions()}
      <div part="goal" class="goal">
        ${section({
          id: 'goal-section',
          level: this.headingLevel + 1,
          heading: msg('Doel'),
          content: html`${textField({
              id: 'goal',
              label: msg('Wat wil de persoon bereiken? In eigen woorden'),
              description: planText.small(),
              multiline: true,
              value: v.goal,
              readonly: this.readonly,
              onInput: (goal) => this.patch({ goal }, { coalesce: 'goal' }),
            })}
            ${textField({
              id: 'form',
              label: msg('Vorm van het plan'),
              description: msg('Bijvoorbeeld uitgeschreven, een tekening of een collage. Waar is het te vinden?'),
              value: v.form,
              optional: true,
              readonly: this.readonly,
              onInput: (form) => this.patch({ form }, { coalesce: 'form' }),
            })}`,
        })}
      </div>
      ${this.renderSteps()} ${this.renderHelpers()}
      <div part="needs">
        ${section({
          id: 'needs-section',
          level: this.headingLevel + 1,
          heading: msg('Wat is er nodig?'),
          content: textField({
            id: 'needs',
            label: msg('Wat is er nodig?'),
            hideLabel: true,
            multiline: true,
            value: v.needs,
            readonly: this.readonly,
            onInput: (needs) => this.patch({ needs }, { coalesce: 'needs' }),
          }),
        })}
      </div>
      ${this.renderLookBacks()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-persoonlijk-plan': NaPersoonlijkPlan;
  }
}
