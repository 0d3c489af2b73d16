import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@niet-alleen/core/msg';
import { addItemField, button, checkbox, errorSummary, guidance, heading, section, textField, textsKey, translationNotice } from '@niet-alleen/core';
import { groupTitle, signalGroupIds } from '@niet-alleen/signaleringskaart/content';
import { dayIds, type VerwijskaartOption, type VerwijskaartSchedule, type VerwijskaartValue } from '../schema.js';
import { assignmentQuestions, verwijskaartText, dayName, fieldErrorText } from '../content.js';
import type { FieldErrorCode } from '../validation.js';
import { clip, optionCheckedKeys, optionFieldKey, setOption } from './checked-fields.js';
import type { EditorController, EditorHost } from './editor.js';

export interface EditorViewHost extends EditorHost {
  readonly headingLevel: number;
  /** The HTML that shows this card on a website. */
  readonly embedCode: string;
}

/** The editor of the card (`mode="edit"`): about, steps, options, contact and the embed code. */
export class EditorView {
  constructor(
    private readonly host: EditorViewHost,
    private readonly editor: EditorController,
  ) {}


  plainField(o: {
    id: string; label: string; value: string; max: number; set: (text: string) => VerwijskaartValue;
    description?: string; multiline?: boolean; optional?: boolean;
  }) {
    return textField({
      id: o.id,
      label: o.label,
      value: o.value,
      description: o.description,
      multiline: o.multiline,
      optional: o.optional,
      onInput: (text) => this.editor.edit(o.set(clip(text, o.max)), { coalesce: o.id }),
    });
  }

  checkedField(key: string, label: string, errors: Map<string, FieldErrorCode>, description?: string) {
    const field = this.editor.field(key)!;
    const error = errors.get(key);
    return textField({
      id: key,
      label,
      value: this.editor.drafts[key] ?? field.get(this.host.value),
      description,
      optional: true,
      error: error ? fieldErrorText(error) : undefined,
      type: field.kind === 'phone' ? 'tel' : field.kind === 'email' ? 'email' : 'text',
      autocomplete: 'off',
      onInput: (raw) => this.editor.checkedInput(key, raw),
    });
  }

  renderItemActions(o: { index: number; count: number; idPrefix: string; describedBy: string; onMove: (delta: number, buttonId: string) => void; onRemove: () => void; removeLabel: string }) {
    const up = `${o.idPrefix}-up`;
    const down = `${o.idPrefix}-down`;
    return html`<div class="item-actions">
      ${button({ id: up, label: msg('Omhoog'), variant: 'subtle', disabled: o.index === 0, describedBy: o.describedBy, onClick: () => o.onMove(-1, up) })}
      ${button({ id: down, label: msg('Omlaag'), variant: 'subtle', disabled: o.index === o.count - 1, describedBy: o.describedBy, onClick: () => o.onMove(1, down) })}
      ${button({ label: o.removeLabel, variant: 'subtle', describedBy: o.describedBy, onClick: o.onRemove })}
    </div>`;
  }

  renderEditor() {
    const v = this.host.value;
    const level = this.host.headingLevel;
    const errors = this.editor.visibleErrors();
    const labels = new Map(this.editor.fields.map((f) => [f.key, f.label()]));
    return html`<div class="editor" part="editor" @focusout=${this.editor.onFocusOut}>
      <div class="na-header" part="header">
        ${heading(level, msg('Verwijskaart maken'), 'na-heading na-title')}
        <p>${msg('Maak hier de verwijskaart voor uw gemeente, wijk of dorp. Schrijf op wat iemand doet bij een vermoeden van eenzaamheid, welke hulp er is en wie hij of zij kan bellen.')}</p>
        ${guidance(
          msg('Welke vragen beantwoordt de kaart?'),
          html`<ul>${assignmentQuestions().map((q) => html`<li>${q}</li>`)}</ul>`,
        )}
        ${translationNotice()}
      </div>
      ${errorSummary(
        msg('Niet alles klopt. Deze velden staan pas op de kaart als ze goed zijn:'),
        [...errors].map(([id, code]) => ({ id, message: `${labels.get(id) ?? id}: ${fieldErrorText(code)}` })),
      )}
      ${section({
        id: 'about',
        level: level + 1,
        heading: msg('Over deze kaart'),
        content: html`${this.plainField({
            id: 'title', label: msg('Titel van de kaart'), value: v.title, max: 200, optional: true,
            description: msg('Bijvoorbeeld: Verwijskaart eenzaamheid wijk Oost. Leeg laten mag: dan staat er Verwijskaart.'),
            set: (title) => ({ ...this.host.value, title }),
          })}
          ${this.plainField({
            id: 'area', label: msg('Voor welke gemeente, wijk of dorp is de kaart?'), value: v.area, max: 200, optional: true,
            set: (area) => ({ ...this.host.value, area }),
          })}`,
      })}
      ${section({
        id: 'edit-steps',
        level: level + 1,
        heading: verwijskaartText.steps(),
        description: msg('Wat doet iemand die denkt dat een ander eenzaam is? Zet de stappen in de goede volgorde.'),
        content: html`<ol class="edit-list">
            ${repeat(v.steps, (s) => s.id, (s, i) => html`<li class="edit-item">
              <span id="step-${s.id}-name" hidden>${msg(str`Stap ${i + 1}`)}</span>
              ${this.plainField({
                id: `step-${s.id}`, label: msg(str`Stap ${i + 1}`), value: s.text, max: 1000,
                set: (text) => ({ ...this.host.value, steps: this.host.value.steps.map((x) => (x.id === s.id ? { ...x, text } : x)) }),
              })}
              ${this.renderItemActions({
                index: i, count: v.steps.length, idPrefix: `step-${s.id}`, describedBy: `step-${s.id}-name`,
                removeLabel: msg('Verwijder stap'),
                onMove: (d, b) => this.editor.moveStep(i, d, b), onRemove: () => this.editor.removeStep(i),
              })}
            </li>`)}
          </ol>
          ${v.steps.length >= 30 ? nothing : addItemField({
            id: 'add-step', label: msg('Nieuwe stap'), buttonLabel: msg('Stap toevoegen'), onAdd: (t) => this.editor.addStep(t),
          })}`,
      })}
      ${section({
        id: 'edit-options',
        level: level + 1,
        heading: verwijskaartText.options(),
        description: msg('Welke hulp of activiteiten zijn er? Schrijf bij elke optie wie het aanbiedt en hoe iemand hen bereikt.'),
        content: html`${repeat(v.options, (o) => o.id, (o, i) => guard(this.optionEditorInputs(o, i, errors), () => this.renderOptionEditor(o, i, errors)))}
          ${v.options.length >= 40 ? nothing : button({ id: 'add-option', label: msg('Optie toevoegen'), onClick: () => this.editor.addOption() })}`,
      })}
      ${this.renderContactEditor(errors)}
      ${this.renderEmbed()}
    </div>`;
  }

  /**
   * Everything an option's editor shows. It renders again only when one of these changed, so a
   * keystroke in one field does not render the editor of every option again (guard).
   */
  optionEditorInputs(o: VerwijskaartOption, i: number, errors: Map<string, FieldErrorCode>): unknown[] {
    const checked = optionCheckedKeys.map((key) => optionFieldKey(o.id, key));
    return [o, i, this.host.value.options.length, textsKey(), ...checked.map((key) => this.editor.drafts[key]), ...checked.map((key) => errors.get(key))];
  }

  renderOptionEditor(o: VerwijskaartOption, i: number, errors: Map<string, FieldErrorCode>) {
    const n = i + 1;
    const key = (field: string) => optionFieldKey(o.id, field);
    const set = (changes: Partial<VerwijskaartOption>) => setOption(this.host.value, o.id, changes);
    return html`<fieldset class="na-fieldset edit-option" part="option-editor">
      <legend id=${key('legend')}>${o.text ? msg(str`Optie ${n}: ${o.text}`) : msg(str`Optie ${n}`)}</legend>
      ${this.plainField({
        id: key('text'), label: msg('Wat is de optie?'), value: o.text, max: 500,
        description: msg('In een paar woorden. Bijvoorbeeld: Een maatje dat op bezoek komt.'),
        set: (text) => set({ text }),
      })}
      ${this.plainField({
        id: key('organization'), label: msg('Wie biedt het aan?'), value: o.organization.name, max: 200,
        description: msg('De organisatie, de groep of de persoon.'),
        set: (name) => set({ organization: { name } }),
      })}
      ${this.plainField({
        id: key('service'), label: msg('Naam van de dienst of het project'), value: o.service.name, max: 200, optional: true,
        set: (name) => set({ service: { ...(this.host.value.options.find((x) => x.id === o.id) ?? o).service, name } }),
      })}
      ${this.plainField({
        id: key('how'), label: msg('Hoe komt iemand hier terecht?'), value: o.service.application_process, max: 1000, optional: true, multiline: true,
        description: msg('Bijvoorbeeld: Bel of mail. Iemand komt eerst kennismaken.'),
        set: (application_process) => set({ service: { ...(this.host.value.options.find((x) => x.id === o.id) ?? o).service, application_process } }),
      })}
      <div class="field-row">
        ${this.checkedField(key('phone'), msg('Telefoon'), errors)}
        ${this.checkedField(key('email'), msg('E-mail'), errors)}
        ${this.checkedField(key('url'), msg('Website'), errors)}
      </div>
      <fieldset class="na-fieldset groups">
        <legend>${msg('Bij welke signalen past deze optie?')}</legend>
        <p class="na-field__description">${msg('De groepen van de signaleringskaart. Zo ziet iemand die signalen doorgeeft welke opties passen.')}</p>
        ${signalGroupIds.map((g) =>
          checkbox({ id: key(`group-${g}`), label: groupTitle(g), checked: o.signalGroups.includes(g), onChange: (c) => this.editor.toggleGroup(o, g, c) }),
        )}
      </fieldset>
      ${this.renderItemActions({
        index: i, count: this.host.value.options.length, idPrefix: `option-${o.id}`, describedBy: key('legend'),
        removeLabel: msg('Verwijder optie'),
        onMove: (d, b) => this.editor.moveOption(i, d, b), onRemove: () => this.editor.removeOption(i),
      })}
    </fieldset>`;
  }

  /**
   * The code is written only while it is shown (or when it is copied): the whole card as JSON in a
   * textarea, rewritten on every keystroke, cost more layout than the edit itself (issue 32).
   */
  #embedShown = false;

  #onEmbedToggle = (event: Event) => {
    this.#embedShown = (event.currentTarget as HTMLDetailsElement).open;
    this.host.requestUpdate();
  };

  async copyEmbed() {
    try {
      await navigator.clipboard.writeText(this.host.embedCode);
      this.host.announce(msg('De code is gekopieerd.'));
    } catch {
      // Shown and selected, for Ctrl+C.
      const details = this.host.renderRoot.querySelector<HTMLDetailsElement>('#embed-details');
      if (details) details.open = true;
      this.#embedShown = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLTextAreaElement>('#embed-code')?.select();
      this.host.announce(msg('Kopiëren lukte niet. De code is geselecteerd: kopieer hem met Ctrl+C.'));
    }
  }

  renderEmbed() {
    return section({
      id: 'embed',
      level: this.host.headingLevel + 1,
      heading: msg('De kaart op uw website zetten'),
      description: msg('Zet deze code op de pagina, samen met het script van niet-alleen. Verandert u de kaart? Kopieer de code dan opnieuw.'),
      content: html`<details class="embed" id="embed-details" ?open=${this.#embedShown} @toggle=${this.#onEmbedToggle}>
          <summary>${msg('Toon de code')}</summary>
          ${this.#embedShown
            ? html`<div class="na-field">
                <label class="na-field__label" for="embed-code">${msg('Code voor uw website')}</label>
                <textarea class="na-input embed-code" id="embed-code" readonly rows="8" .value=${this.host.embedCode}></textarea>
              </div>`
            : nothing}
        </details>
        ${button({ label: msg('Kopieer de code'), onClick: () => void this.copyEmbed() })}`,
    });
  }

  renderContactEditor(errors: Map<string, FieldErrorCode>) {
    const c = this.host.value.contact;
    const setContact = (changes: Partial<VerwijskaartValue['contact']>) => ({ ...this.host.value, contact: { ...this.host.value.contact, ...changes } });
    return section({
      id: 'edit-contact',
      level: this.host.headingLevel + 1,
      heading: verwijskaartText.contactPrompt(),
      content: html`<div class="field-row">
          ${this.plainField({ id: 'contact-name', label: msg('Naam'), value: c.name, max: 200, optional: true, set: (name) => setContact({ name }) })}
          ${this.plainField({ id: 'contact-organization', label: msg('Organisatie'), value: c.organization.name, max: 200, optional: true, set: (name) => setContact({ organization: { name } }) })}
          ${this.plainField({ id: 'contact-department', label: msg('Team'), value: c.department, max: 200, optional: true, set: (department) => setContact({ department }) })}
        </div>
        <div class="field-row">
          ${this.checkedField('contact-phone', msg('Telefoon'), errors)}
          ${this.checkedField('contact-email', msg('E-mail'), errors)}
        </div>
        <div class="field-row">
          ${this.plainField({
            id: 'contact-social-platform', label: msg('Sociale media'), value: c.social.platform, max: 60, optional: true,
            description: msg('Bijvoorbeeld Facebook.'),
            set: (platform) => setContact({ social: { ...this.host.value.contact.social, platform } }),
          })}
          ${this.checkedField('contact-social-url', msg('Adres op sociale media'), errors, msg('Het webadres van de pagina.'))}
        </div>
        ${repeat(c.schedules, (s) => s.id, (s, i) => this.renderScheduleEditor(s, i, errors))}
        ${c.schedules.length >= 14 ? nothing : button({ id: 'add-schedule', label: msg('Tijden toevoegen'), onClick: () => this.editor.addSchedule() })}`,
    });
  }

  renderScheduleEditor(s: VerwijskaartSchedule, i: number, errors: Map<string, FieldErrorCode>) {
    const id = `schedule-${s.id}`;
    return html`<fieldset class="na-fieldset edit-schedule" part="schedule-editor">
      <legend id="${id}-legend">${msg(str`Bereikbaar (tijden ${i + 1})`)}</legend>
      <div class="field-row">
        ${this.checkedField(`${id}-opens_at`, msg('Bereikbaar van'), errors, msg('Bijvoorbeeld 09:00'))}
        ${this.checkedField(`${id}-closes_at`, msg('tot'), errors, msg('Bijvoorbeeld 17:00'))}
      </div>
      <fieldset class="na-fieldset days">
        <legend>${verwijskaartText.daysBlank()}</legend>
        <div class="day-list">
          ${dayIds.map((d) => checkbox({ id: `${id}-day-${d}`, label: dayName(d), checked: s.byday.includes(d), onChange: (c) => this.editor.toggleDay(s, d, c) }))}
        </div>
      </fieldset>
      <div class="item-actions">
        ${button({ label: msg('Verwijder deze tijden'), variant: 'subtle', describedBy: `${id}-legend`, onClick: () => this.editor.removeSchedule(i) })}
      </div>
    </fieldset>`;
  }
}
