import { html, nothing } from 'lit';
import { msg } from '@niet-alleen/core/msg';
import { button, guidance, heading, selectField, textField, translationNotice } from '@niet-alleen/core';
import type { NetwerkkaartValue } from '../schema.js';
import { label, modes, text, type Mode } from '../content.js';
import { shownName } from '../export.js';

/** What the header reads of the element. */
export interface HeaderHost {
  readonly value: NetwerkkaartValue;
  readonly readonly: boolean;
  readonly pseudonymise: boolean;
  readonly headingLevel: number;
}

/** What the header's fields change (internal/edits.ts). */
export interface HeaderActions {
  setField(key: 'owner' | 'date' | 'wish', text: string): void;
  setMode(mode: Mode): void;
}

/** Title, introduction, how to use the map (per mode), whose map it is, the date, the kind of map and the wish. */
export function renderHeader(ctx: HeaderHost, on: HeaderActions) {
  const v = ctx.value;
  const lokaal = v.mode === 'lokaal';
  return html`<div class="na-header" part="header">
    ${heading(ctx.headingLevel, text.title(v.mode), 'na-heading na-title')}
    <p>${text.intro(v.mode)}</p>
    ${guidance(
      msg('Hoe gebruikt u deze netwerkkaart?'),
      lokaal
        ? html`<ul>${text.localQuestions().map((q) => html`<li>${q}</li>`)}</ul>
            <p>${text.groupLead()}</p>
            <ul>${text.groupQuestions().map((q) => html`<li>${q}</li>`)}</ul>
            <p><strong>${text.schemaTitle()}</strong></p>
            <p>${text.informativeStrategy()}</p>
            <ul><li>${text.level1()}</li><li>${text.level2()}</li></ul>
            <p>${text.activatingStrategy()}</p>`
        : html`<p>${text.together()}</p><p>${text.drawing()} ${text.availableMaps()} ${text.informal()}</p>`,
    )}
    ${translationNotice()}
    <div class="fields">
      ${textField({ id: 'owner', label: lokaal ? msg('Netwerk van') : msg('Persoonlijke netwerkkaart van'), value: ctx.pseudonymise ? shownName({ name: v.owner, kind: 'persoon' }, true) : v.owner, readonly: ctx.readonly || ctx.pseudonymise, onInput: (x) => on.setField('owner', x.slice(0, 200)) })}
      ${textField({ id: 'date', label: msg('Datum'), type: 'date', value: v.date, readonly: ctx.readonly, onInput: (x) => on.setField('date', x) })}
      ${ctx.readonly ? nothing : html`<div class="na-no-print">${selectField({ id: 'mode', label: msg('Soort kaart'), value: v.mode, options: modes.map((m) => ({ value: m, label: label.mode(m) })), onChange: (m) => on.setMode(m) })}</div>`}
    </div>
    ${textField({
      id: 'wish',
      label: lokaal ? msg('Waar wilt u naartoe?') : msg('Wens'),
      description: lokaal ? msg('Welke (nieuwe) samenwerkingsmogelijkheden ziet u?') : msg('Wat zou de persoon willen bereiken? (zie Mijn talenten en wensen, §8.5)'),
      multiline: true, value: v.wish, readonly: ctx.readonly, onInput: (x) => on.setField('wish', x.slice(0, 1000)),
    })}
  </div>`;
}

/** What an opened easyNWK file brought over and what it could not, until closed or the next file. */
export function renderImportNote(note: string, close: () => void) {
  return note
    ? html`<div class="na-notice import-note na-no-print" part="import-note">
        <p>${note}</p>
        ${button({ label: msg('Sluiten'), variant: 'subtle', onClick: close })}
      </div>`
    : nothing;
}
