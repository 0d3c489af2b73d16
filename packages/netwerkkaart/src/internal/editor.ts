import { html, nothing } from 'lit';
import { msg, str } from '@niet-alleen/core/msg';
import { button, checkbox, section, scale, selectField, textField } from '@niet-alleen/core';
import type { Contact } from '../schema.js';
import { kinds, label, supportTypes, valuations, wishTypes, directions } from '../content.js';
import { withDirection } from './support.js';
import type { PanelContext } from './panels.js';

/** The chosen contact's form (beside the map on a wide screen, over it on a narrow one). */
export function renderEditor(ctx: PanelContext) {
  const c = ctx.model.contact(ctx.editingId);
  if (!c || ctx.readonly) return nothing;
  const set = (changes: Partial<Contact>, coalesce?: string) => ctx.on.updateContact(c.id, changes, coalesce);
  const toggle = <T extends string>(list: readonly T[], item: T, on: boolean) => (on ? [...new Set([...list, item])] : list.filter((x) => x !== item));
  const ties = ctx.value.ties.filter((t) => t.from === c.id || t.to === c.id);
  return html`<div class="editor" part="editor" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && ctx.on.closeEditor()}>
    ${section({
      id: 'editor',
      level: ctx.headingLevel + 1,
      heading: msg(str`Contact bewerken: ${ctx.model.nameOf(c)}`),
      content: html`
        ${textField({ id: 'edit-name', label: msg('Naam of omschrijving'), value: c.name, onInput: (name) => set({ name: name.slice(0, 200) }, 'name') })}
        <div class="editor-grid">
          <div>
            ${scale({ name: 'edit-kind', legend: msg('Soort'), options: kinds.map((k) => ({ value: k, label: label.kind(k) })), selected: c.kind, onChange: (kind) => set({ kind }) })}
            ${checkbox({ id: 'edit-deceased', label: msg('Overleden'), checked: c.deceased === true, onChange: (on) => set({ deceased: on }) })}
          </div>
          <div>
            ${selectField({ id: 'edit-domain', label: msg('Levensdomein'), value: ctx.model.sectorsOf()[ctx.model.sectorIndex(c.domain)]!.id, options: ctx.model.sectorOptions(), onChange: (domain) => set({ domain }) })}
            ${selectField({ id: 'edit-ring', label: msg('Nabijheid'), value: String(ctx.model.ring(c)), options: ctx.model.ringOptions(), onChange: (r) => set({ ring: Number(r) }) })}
          </div>
          <fieldset class="na-fieldset"><legend>${msg('Welke steun is er tussen de persoon en dit contact?')}</legend>
            ${supportTypes.map((s) => html`${checkbox({ id: `edit-support-${s}`, label: label.support(s), checked: c.support.includes(s), onChange: (on) => set({ support: toggle(c.support, s, on), ...(on ? {} : { supportDirection: withDirection(c.supportDirection, s, null) }) }) })}
              ${c.support.includes(s) ? html`<div class="direction">${selectField({
                id: `edit-direction-${s}`, label: msg(str`${label.support(s)}: richting`), value: c.supportDirection?.[s] ?? '',
                options: [{ value: '', label: msg('Niet gezegd') }, ...directions.map((d) => ({ value: d, label: label.direction(d) }))],
                onChange: (d) => set({ supportDirection: withDirection(c.supportDirection, s, d) }),
              })}</div>` : nothing}`)}
          </fieldset>
          ${scale({
            name: 'edit-valuation', legend: msg('Hoe vindt de persoon dit contact?'),
            options: [...valuations.map((x) => ({ value: x, label: label.valuation(x) })), { value: '', label: msg('Niet gezegd') }],
            selected: c.valuation ?? '', onChange: (x) => set({ valuation: x || null }),
          })}
          <fieldset class="na-fieldset"><legend>${msg('Wensen')}</legend>
            ${wishTypes.map((w) => checkbox({ id: `edit-wish-${w}`, label: label.wish(w), checked: c.wishes.includes(w), onChange: (on) => set({ wishes: toggle(c.wishes, w, on) }) }))}
          </fieldset>
        </div>
        ${textField({ id: 'edit-helps', label: msg('Kan helpen bij'), description: msg('Bij welke wens kan dit contact of initiatief helpen?'), value: c.helpsWith, onInput: (h) => set({ helpsWith: h.slice(0, 500) }, 'helps') })}
        ${textField({ id: 'edit-note', label: msg('Notitie'), multiline: true, value: c.note, onInput: (note) => set({ note: note.slice(0, 2000) }, 'note') })}
        <p class="na-field__label">${msg('Verbonden met')}</p>
        ${ties.length
          ? html`<ul class="ties-list">${ties.map((t) => {
              const other = ctx.model.contact(t.from === c.id ? t.to : t.from);
              return html`<li><span id="tie-${t.id}">${other ? ctx.model.nameOf(other) : ''}</span>
                ${checkbox({ id: `tie-strained-${t.id}`, label: msg('Gespannen of conflict'), checked: t.strained === true, onChange: (on) => ctx.on.setStrained(t.id, on) })}
                ${button({ label: msg('Verbinding verwijderen'), variant: 'subtle', describedBy: `tie-${t.id}`, onClick: () => ctx.on.untie(t.id) })}</li>`;
            })}</ul>`
          : html`<p class="na-subtle">${msg('Nog met niemand verbonden.')}</p>`}
        <div class="actions">
          ${button({ label: msg('Verbind met een ander contact'), onClick: () => ctx.on.startTie(c.id) })}
          ${button({ label: msg('Verwijder contact'), onClick: () => ctx.on.removeContact(c.id) })}
          ${button({ label: msg('Klaar'), variant: 'primary', onClick: () => ctx.on.closeEditor() })}
        </div>`,
    })}
  </div>`;
}

/**
 * After the form opened for a contact: the focus in its name field, the form in sight, and the
 * contact clear of the form. The form sits beside the map or in a sheet over it: bring the form in
 * sight, then keep the chosen contact clear of the sheet, so eye and finger stay on the map.
 */
export function revealEditor(root: HTMLElement | DocumentFragment, contact: Element | null) {
  const field = root.querySelector<HTMLInputElement>('#edit-name');
  const editor = root.querySelector('.editor');
  field?.focus({ preventScroll: true });
  if (!field || !editor) return;
  const f = field.getBoundingClientRect();
  if (f.top < 0 || f.bottom > window.innerHeight) field.scrollIntoView({ block: 'nearest' });
  const c = contact?.getBoundingClientRect();
  const e = editor.getBoundingClientRect();
  if (c && c.bottom > e.top && c.top < e.bottom && c.right > e.left && c.left < e.right) window.scrollBy({ top: Math.min(c.bottom - e.top + 16, Math.max(0, c.top - 8)) });
}
