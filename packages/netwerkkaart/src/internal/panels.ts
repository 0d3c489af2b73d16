import { html, nothing, svg } from 'lit';
import { msg, str } from '@niet-alleen/core/msg';
import { button, datedName, getLocale, sameDayOrdinals, section, selectField } from '@niet-alleen/core';
import type { Contact, NetwerkkaartValue } from '../schema.js';
import { kinds, label } from '../content.js';
import { compare } from '../export.js';
import type { MapModel } from './model.js';

// The panels beside and under the map: the legend, who can help with the wish, and the dated
// versions. The chosen contact's form is internal/editor.ts, the list of all contacts
// internal/list-view.ts.

/** What the panels around the map read, and what their controls do (the element's edits). */
export interface PanelContext {
  readonly value: NetwerkkaartValue;
  readonly model: MapModel;
  readonly readonly: boolean;
  readonly pseudonymise: boolean;
  readonly headingLevel: number;
  /** Whether the list of all contacts is shown (print shows it always). */
  readonly listOpen: boolean;
  /** The contact whose form is open, and the two versions compared. */
  readonly editingId: string | null;
  readonly compareFrom: string;
  readonly compareTo: string;
  readonly on: PanelActions;
}

export interface PanelActions {
  addContact(fields: Pick<Contact, 'name' | 'kind' | 'domain' | 'ring'>): unknown;
  updateContact(id: string, changes: Partial<Contact>, coalesce?: string): void;
  removeContact(id: string): void;
  edit(id: string): void;
  closeEditor(): void;
  startTie(id: string): void;
  setStrained(tieId: string, strained: boolean): void;
  untie(tieId: string): void;
  addSector(name: string): void;
  showExample(): void;
  saveSnapshot(): void;
  removeSnapshot(id: string): void;
  compare(side: 'from' | 'to', id: string): void;
  toggleList(): void;
}

/**
 * One panel: the element's part of that name (its class too, unless given) around a section with
 * a heading one level below the element's own.
 */
export function panel(
  ctx: Pick<PanelContext, 'headingLevel'>,
  part: string,
  content: { heading: unknown; description?: unknown; content: unknown },
  className = part,
) {
  return html`<div part=${part} class=${className}>${section({ id: part, level: ctx.headingLevel + 1, ...content })}</div>`;
}

/** What the shapes, lines and marks mean (only the marks the map has). */
export function renderLegend(ctx: Pick<PanelContext, 'value'>) {
  const shapes = {
    persoon: svg`<circle cx="10" cy="10" r="7"></circle>`, organisatie: svg`<rect x="3" y="3" width="14" height="14"></rect>`, initiatief: svg`<polygon points="10 1 19 10 10 19 1 10"></polygon>`,
    'niet-menselijk': svg`<polygon points="10 1 19 17 1 17"></polygon>`,
  };
  // A pet or other non-human contact is explained when the map has one (like the marks below).
  const shown = kinds.filter((k) => k !== 'niet-menselijk' || ctx.value.contacts.some((c) => c.kind === k));
  const item = (icon: unknown, t: string) => html`<li><svg class="legend-icon" viewBox="0 0 20 20" aria-hidden="true">${icon}</svg>${t}</li>`;
  return html`<ul class="legend" part="legend" aria-label=${msg('Legenda')}>
    ${shown.map((k) => item(shapes[k], label.kind(k)))}
    ${item(svg`<line x1="0" y1="10" x2="20" y2="10" class="legend-tie"></line>`, msg('Verbinding tussen contacten'))}
    ${ctx.value.ties.some((t) => t.strained) ? item(svg`<line x1="0" y1="10" x2="20" y2="10" class="legend-tie" data-strained></line>`, msg('Gestreepte lijn: gespannen verbinding of conflict')) : nothing}
    ${item(svg`<circle cx="10" cy="10" r="7" class="legend-lastig"></circle>`, msg('Gestreepte rand: lastig contact'))}
    <li><span class="legend-mark" aria-hidden="true">+</span>${label.wish('meer-contact')}</li>
    <li><span class="legend-mark" aria-hidden="true">↺</span>${label.wish('contact-herstellen')}</li>
    <li><span class="legend-mark" aria-hidden="true">★</span>${msg('Kan helpen bij de wens')}</li>
    ${ctx.value.contacts.some((c) => c.deceased) ? html`<li><span class="legend-mark" aria-hidden="true">†</span>${msg('Overleden (lichte vorm)')}</li>` : nothing}
  </ul>`;
}

/** Who or what can help with the wish (the deceased are remembered, not offered as help). */
export function renderHelpers(ctx: PanelContext) {
  const v = ctx.value;
  // Someone who has died is remembered on the map, not offered as help.
  const helpers = v.contacts.filter((c) => c.helpsWith && !c.deceased);
  if (!v.wish && !helpers.length) return nothing;
  return panel(ctx, 'helpers', {
    heading: msg('Wie of wat kan helpen bij de wens?'),
    content: html`${v.wish ? html`<p class="wish">${v.wish}</p>` : nothing}
      ${helpers.length
        ? html`<ul>${helpers.map((c) => html`<li><strong>${ctx.model.nameOf(c)}</strong>: ${c.helpsWith}</li>`)}</ul>`
        : html`<p class="na-subtle">${msg("Nog niemand genoemd. Bewerk een contact en vul 'Kan helpen bij' in.")}</p>`}`,
  });
}

/** Dated versions of the map and what changed between two of them. */
export function renderSnapshots(ctx: PanelContext) {
  const v = ctx.value;
  if (ctx.readonly && !v.snapshots.length) return nothing;
  // Snapshots are dated entries (core's dated.ts): each named by its day written out, and numbered
  // when several share a day, so that each can be told apart in the list and the choice.
  const locale = getLocale();
  const ordinals = sameDayOrdinals(v.snapshots);
  const name = (s: { id: string; date: string }) => datedName(s, ordinals, locale);
  const now = { id: 'nu', date: msg('Nu'), contacts: v.contacts };
  const versions = [...v.snapshots.map((s) => ({ id: s.id, date: name(s), contacts: s.contacts })), now];
  const from = versions.find((s) => s.id === ctx.compareFrom) ?? versions.at(-2);
  const to = versions.find((s) => s.id === ctx.compareTo) ?? now;
  const options = versions.map((s) => ({ value: s.id, label: s.date }));
  const result = from && from !== to ? compare(from, to) : null;
  const ringName = (n: number) => ctx.model.ringsOf()[Math.min(n, ctx.model.ringsOf().length) - 1];
  const group = (title: string, items: string[]) =>
    html`<div class="compare-group"><p class="na-field__label">${title}</p>${items.length ? html`<ul>${items.map((t) => html`<li>${t}</li>`)}</ul>` : html`<p class="na-subtle">${msg('Niemand')}</p>`}</div>`;
  return panel(ctx, 'snapshots', {
    heading: msg('Versies door de tijd'),
    description: msg('Bewaar de kaart van vandaag en vergelijk later: wie kwam erbij, wie ging weg, wie kwam dichterbij of verder weg?'),
    content: html`${ctx.readonly ? nothing : button({ label: msg('Bewaar een momentopname'), onClick: () => ctx.on.saveSnapshot() })}
      ${v.snapshots.length
        ? html`<ul class="snapshot-list">${v.snapshots.map((s) => html`<li>${name(s)}${ctx.readonly
            ? nothing
            : button({ label: msg('Verwijder'), variant: 'subtle', describedBy: `snap-${s.id}`, onClick: () => ctx.on.removeSnapshot(s.id) })}<span id="snap-${s.id}" hidden>${msg(str`Momentopname van ${name(s)}`)}</span></li>`)}</ul>
          ${ctx.readonly ? nothing : html`<div class="compare-choice">
            ${selectField({ id: 'compare-from', label: msg('Vergelijk'), value: from?.id ?? '', options, onChange: (id) => ctx.on.compare('from', id) })}
            ${selectField({ id: 'compare-to', label: msg('met'), value: to.id, options, onChange: (id) => ctx.on.compare('to', id) })}
          </div>`}
          ${result
            ? html`<div class="compare" aria-live="polite">
                <p>${msg(str`Van ${from!.date} naar ${to.date}:`)}</p>
                ${group(msg('Erbij gekomen'), result.came.map((c) => ctx.model.nameOf(c)))}
                ${group(msg('Weggegaan'), result.went.map((c) => ctx.model.nameOf(c)))}
                ${group(msg('Dichterbij gekomen'), result.closer.map((m) => `${ctx.model.nameOf(m.contact)} (${ringName(m.from)} → ${ringName(m.contact.ring)})`))}
                ${group(msg('Verder weg'), result.further.map((m) => `${ctx.model.nameOf(m.contact)} (${ringName(m.from)} → ${ringName(m.contact.ring)})`))}
              </div>`
            : nothing}`
        : html`<p class="na-subtle">${msg('Nog geen momentopnamen.')}</p>`}`,
  }, 'snapshots na-no-print');
}
