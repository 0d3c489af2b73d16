import { msg } from '@niet-alleen/core/msg';
import type { NetwerkkaartValue } from '../schema.js';
import { label } from '../content.js';
import { toCsv } from '../export.js';
import { supportTexts } from './support.js';
import { summaryRows } from './summary.js';
import { kindText, tiedTo, type MapModel } from './model.js';

// The exports of the toolbar that are the netwerkkaart's own (JSON is core's): the table. The
// picture as a PNG is internal/png.ts, the SVG is the map itself (src/export.ts, standaloneSvg).

/** The contacts as CSV (semicolon separated, UTF-8), as the list shows them, then the counts per sector and ring. */
export function contactsCsv(model: MapModel, value: NetwerkkaartValue, pseudonymise: boolean): string {
  const sectors = model.sectorsOf();
  const rings = model.ringsOf();
  const tied = tiedTo(value.ties, (id) => model.contact(id), (o) => model.nameOf(o));
  return toCsv(
    [msg('Naam'), msg('Soort'), msg('Levensdomein'), msg('Nabijheid'), msg('Steun'), msg('Waardering'), msg('Wensen'), msg('Kan helpen bij'), msg('Notitie'), msg('Verbonden met')],
    value.contacts.map((c) => [
      model.nameOf(c), kindText(c), sectors[model.sectorIndex(c.domain)]!.label, rings[model.ring(c) - 1]!,
      supportTexts(c).join(', '), c.valuation ? label.valuation(c.valuation) : '', c.wishes.map(label.wish).join(', '),
      c.helpsWith, pseudonymise ? '' : c.note,
      (tied.get(c.id) ?? []).join(', '),
    ]).concat([[], ...summaryRows(model.summary(), sectors.map((s) => s.label), rings)]),
  );
}
