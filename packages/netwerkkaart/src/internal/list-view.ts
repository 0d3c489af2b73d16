import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg } from '@niet-alleen/core/msg';
import { addItemField, button, emptyState, isolate, selectField, textsKey } from '@niet-alleen/core';
import { maxSectors, type Contact } from '../schema.js';
import { kinds, label, type Kind } from '../content.js';
import { supportTexts } from './support.js';
import { kindText, tiedTo } from './model.js';
import { panel, type PanelContext } from './panels.js';

// The list of all contacts: the same as the map, as a table, with the form to add a contact and a
// life domain. One edit re-renders one row (issue 33). The table is shown when the person opens it
// ("Toon de lijst"): while it is hidden the browser does not lay it out again on every edit of the
// map (at 300 contacts that was ~6 ms of layout and 2.5 ms of pre-paint per edit). Hidden, its rows
// are still made, so opening it is instant and print (which always shows it) sees every row.

function renderAdd(ctx: PanelContext) {
  if (ctx.readonly) return nothing;
  const submit = (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const field = (n: string) => (form.elements.namedItem(n) as HTMLInputElement | HTMLSelectElement).value;
    const name = field('name').trim();
    const input = form.elements.namedItem('name') as HTMLInputElement;
    if (!name) return input.focus();
    ctx.on.addContact({ name, kind: field('kind') as Kind, domain: field('domain'), ring: Number(field('ring')) });
    input.value = '';
    input.focus();
  };
  return html`<form class="add-contact na-no-print" part="add-contact" @submit=${submit}>
    <div class="na-field">
      <label class="na-field__label" for="add-name">${msg('Naam of omschrijving')}</label>
      <input class="na-input" id="add-name" name="name" type="text" autocomplete="off" maxlength="200" />
    </div>
    ${selectField({ id: 'add-kind', name: 'kind', label: msg('Soort'), value: 'persoon', options: kinds.map((k) => ({ value: k, label: label.kind(k) })), onChange: () => {} })}
    ${selectField({ id: 'add-domain', name: 'domain', label: msg('Levensdomein'), value: ctx.model.sectorsOf()[0]!.id, options: ctx.model.sectorOptions(), onChange: () => {} })}
    ${selectField({ id: 'add-ring', name: 'ring', label: msg('Nabijheid'), value: '1', options: ctx.model.ringOptions(), onChange: () => {} })}
    <button class="na-button" data-variant="primary" type="submit" part="button">${msg('Contact toevoegen')}</button>
  </form>`;
}

/** The table of every contact, the add forms, or the empty state with the example. */
export function renderList(ctx: PanelContext) {
  const v = ctx.value;
  const sectors = ctx.model.sectorsOf();
  const rings = ctx.model.ringsOf();
  const tied = tiedTo(v.ties, (id) => ctx.model.contact(id), (o) => isolate(ctx.model.nameOf(o)));
  const tiesOf = (c: Contact) => tied.get(c.id) ?? [];
  return panel(ctx, 'list', {
    heading: msg('Alle contacten (lijst)'),
    description: msg('Deze lijst toont hetzelfde als de kaart.'),
    content: html`${renderAdd(ctx)}
      ${v.contacts.length
        ? html`${button({ id: 'list-toggle', label: ctx.listOpen ? msg('Verberg de lijst') : msg('Toon de lijst'), expanded: ctx.listOpen, onClick: () => ctx.on.toggleList() })}
          <div class="table-wrap" id="contact-list" ?hidden=${!ctx.listOpen} tabindex="0" role="group" aria-labelledby="list-heading"><table>
            <thead><tr>
              <th scope="col">${msg('Naam')}</th><th scope="col">${msg('Soort')}</th><th scope="col">${msg('Levensdomein')}</th>
              <th scope="col">${msg('Nabijheid')}</th><th scope="col">${msg('Steun')}</th><th scope="col">${msg('Waardering')}</th>
              <th scope="col">${msg('Wensen')}</th><th scope="col">${msg('Kan helpen bij')}</th><th scope="col">${msg('Verbonden met')}</th>
              ${ctx.pseudonymise ? nothing : html`<th scope="col">${msg('Notitie')}</th>`}
              ${ctx.readonly ? nothing : html`<th scope="col" class="na-no-print">${msg('Acties')}</th>`}
            </tr></thead>
            <tbody>${v.contacts.map(
              // One edit re-renders one row (issue 33): the others' templates are not even made.
              (c) => guard([c, tiesOf(c).join(', '), v.mode, v.sectors, v.rings, ctx.pseudonymise, ctx.readonly, textsKey()], () => html`<tr data-id=${c.id}>
                <th scope="row" id="row-${c.id}">${ctx.model.nameOf(c)}</th>
                <td>${kindText(c)}</td><td>${sectors[ctx.model.sectorIndex(c.domain)]!.label}</td><td>${rings[ctx.model.ring(c) - 1]}</td>
                <td>${supportTexts(c).join(', ')}</td><td>${c.valuation ? label.valuation(c.valuation) : ''}</td>
                <td>${c.wishes.map(label.wish).join(', ')}</td><td>${c.helpsWith}</td><td>${tiesOf(c).join(', ')}</td>
                ${ctx.pseudonymise ? nothing : html`<td class="note">${c.note}</td>`}
                ${ctx.readonly
                  ? nothing
                  : html`<td class="na-no-print row-actions">
                      ${button({ label: msg('Bewerk'), variant: 'subtle', describedBy: `row-${c.id}`, onClick: () => ctx.on.edit(c.id) })}
                      ${button({ label: msg('Verwijder'), variant: 'subtle', describedBy: `row-${c.id}`, onClick: () => ctx.on.removeContact(c.id) })}
                    </td>`}
              </tr>`),
            )}</tbody>
          </table></div>`
        : emptyState(
            msg('Nog geen contacten.'),
            ctx.readonly ? undefined : html`${msg('Voeg hierboven een contact toe, of bekijk eerst het voorbeeld.')}
              ${button({ label: msg('Bekijk het voorbeeld'), onClick: () => ctx.on.showExample() })}`,
          )}
      ${ctx.readonly || ctx.model.sectorsOf().length >= maxSectors ? nothing : html`<div class="add-sector">${addItemField({ id: 'add-sector', label: msg('Eigen levensdomein toevoegen'), buttonLabel: msg('Toevoegen'), onAdd: (t) => ctx.on.addSector(t.slice(0, 100)) })}</div>`}`,
  });
}
