import { html, nothing } from 'lit';
import { msg, str } from '@niet-alleen/core/msg';
import { section } from '@niet-alleen/core';
import type { Contact } from '../schema.js';

/**
 * A descriptive summary of the map per sector and ring (issue 33): counts only, to talk about
 * ("hier is het leeg", "veel in de familie"), never a score or an index. Someone who has died is
 * counted apart: remembered on the map, not someone who can help.
 */
export interface Summary {
  /** Living contacts per sector and ring: `counts[sector][ring - 1]`. */
  counts: number[][];
  bySector: number[];
  byRing: number[];
  total: number;
  /** Deceased contacts per sector, not in the counts above. */
  deceased: number[];
  deceasedTotal: number;
}

const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);

/** Counts the contacts in their cells; `cell` gives a contact's sector (0…) and ring (1…), as drawn. */
export function summarise(
  contacts: readonly Contact[],
  sectors: number,
  rings: number,
  cell: (c: Contact) => { sector: number; ring: number },
): Summary {
  const counts = Array.from({ length: sectors }, () => new Array<number>(rings).fill(0));
  const deceased = new Array<number>(sectors).fill(0);
  for (const c of contacts) {
    const { sector, ring } = cell(c);
    if (c.deceased) deceased[sector]!++;
    else counts[sector]![ring - 1]!++;
  }
  const bySector = counts.map(sum);
  const byRing = Array.from({ length: rings }, (_, r) => sum(counts.map((row) => row[r]!)));
  return { counts, bySector, byRing, total: sum(bySector), deceased, deceasedTotal: sum(deceased) };
}

/** The summary in words, for the text alternative of the map. */
export function summaryText(s: Summary, sectors: readonly string[], rings: readonly string[]): string {
  const perSector = sectors.map((name, i) => {
    const n = s.bySector[i]!;
    const cells = rings.flatMap((ring, r) => (s.counts[i]![r] ? [`${ring} ${s.counts[i]![r]}`] : []));
    const dead = s.deceased[i] ? `, ${msg(str`${s.deceased[i]!} overleden`)}` : '';
    return `${name} ${n}${n ? ` (${cells.join(', ')})` : ''}${dead}`;
  });
  const perRing = rings.map((ring, r) => `${ring} ${s.byRing[r]}`);
  return `${msg(str`Aantallen per levensdomein: ${perSector.join('; ')}.`)} ${msg(str`Aantallen per ring: ${perRing.join(', ')}.`)}`;
}

/** The summary as rows of the CSV: a title, a header, one row per sector and the totals. */
export function summaryRows(s: Summary, sectors: readonly string[], rings: readonly string[]): string[][] {
  return [
    [msg('Samenvatting per levensdomein en ring (aantallen; overleden apart geteld)')],
    [msg('Levensdomein'), ...rings, msg('Totaal'), msg('Overleden')],
    ...sectors.map((name, i) => [name, ...s.counts[i]!.map(String), String(s.bySector[i]), String(s.deceased[i])]),
    [msg('Totaal'), ...s.byRing.map(String), String(s.total), String(s.deceasedTotal)],
  ];
}

/** The summary as a section with a table, on screen and in print. */
export function renderSummary(s: Summary, sectors: readonly string[], rings: readonly string[], level: number) {
  const dead = s.deceasedTotal > 0;
  return html`<div class="summary" part="summary">
    ${section({
      id: 'summary',
      level,
      heading: msg('Samenvatting per levensdomein en ring'),
      description: msg('Alleen aantallen, als begin van een gesprek: waar zijn veel contacten, waar weinig? Overleden contacten zijn apart geteld.'),
      content: html`<div class="table-wrap" tabindex="0" role="group" aria-labelledby="summary-heading"><table class="summary-table">
        <thead><tr>
          <th scope="col">${msg('Levensdomein')}</th>${rings.map((r) => html`<th scope="col">${r}</th>`)}
          <th scope="col">${msg('Totaal')}</th>${dead ? html`<th scope="col">${msg('Overleden')}</th>` : nothing}
        </tr></thead>
        <tbody>${sectors.map((name, i) => html`<tr data-sector=${i}>
          <th scope="row">${name}</th>${s.counts[i]!.map((n) => html`<td>${n}</td>`)}
          <td>${s.bySector[i]}</td>${dead ? html`<td>${s.deceased[i]}</td>` : nothing}
        </tr>`)}</tbody>
        <tfoot><tr>
          <th scope="row">${msg('Totaal')}</th>${s.byRing.map((n) => html`<td>${n}</td>`)}
          <td>${s.total}</td>${dead ? html`<td>${s.deceasedTotal}</td>` : nothing}
        </tr></tfoot>
      </table></div>`,
    })}
  </div>`;
}
