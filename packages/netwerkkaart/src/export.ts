import type { Contact, Snapshot } from './schema.js';

/** Initials for a person's name ('Els de Vries' → 'E.d.V.'); organisations and initiatives keep their label. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return parts.length ? parts.map((p) => `${[...p][0]}.`).join('') : '?';
}

export const shownName = (c: Pick<Contact, 'name' | 'kind'>, pseudonymise: boolean) =>
  pseudonymise && c.kind === 'persoon' ? initials(c.name) : c.name;

/** One CSV cell: quoted, and never read as a formula by a spreadsheet. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: string[][]): string {
  // The BOM makes spreadsheet programs read the file as UTF-8.
  return '\ufeff' + [header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

export interface Comparison {
  came: Contact[];
  went: Contact[];
  closer: { contact: Contact; from: number }[];
  further: { contact: Contact; from: number }[];
}

/** Who came, who went, who moved closer or further between two versions of the network (matched by id). */
export function compare(before: Pick<Snapshot, 'contacts'>, after: Pick<Snapshot, 'contacts'>): Comparison {
  const old = new Map(before.contacts.map((c) => [c.id, c]));
  const now = new Set(after.contacts.map((c) => c.id));
  const result: Comparison = { came: [], went: before.contacts.filter((c) => !now.has(c.id)), closer: [], further: [] };
  for (const c of after.contacts) {
    const was = old.get(c.id);
    if (!was) result.came.push(c);
    else if (c.ring < was.ring) result.closer.push({ contact: c, from: was.ring });
    else if (c.ring > was.ring) result.further.push({ contact: c, from: was.ring });
  }
  return result;
}

const painted = [
  'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linejoin', 'paint-order', 'opacity',
  'font-family', 'font-size', 'font-weight', 'text-anchor', 'display', 'visibility',
];

/**
 * A copy of `svg` whose parts carry, as presentation attributes, the styles the shadow root's CSS
 * gave them (and no classes), with the copy of its zoom group.
 */
function inlined(svg: SVGSVGElement): { copy: SVGSVGElement; zoom: Element | null } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const zoom = copy.querySelector('g.zoom');
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    const style = getComputedStyle(el);
    const target = to[i] as SVGElement;
    // Presentation attributes, not a style attribute: a strict CSP allows them.
    for (const p of painted) target.setAttribute(p, style.getPropertyValue(p));
    for (const a of ['tabindex', 'role', 'aria-describedby', 'aria-label', 'class', 'part', 'aria-hidden']) target.removeAttribute(a);
  });
  return { copy, zoom };
}

/**
 * A standalone SVG file of the rendered map: its layers (the `<svg>`s stacked on screen, in the
 * order they are painted) in one picture, with the first layer's title and description. The
 * styles the shadow root's CSS gave each part are written as presentation attributes, so the file
 * looks the same (theme included) without our stylesheet.
 */
export function standaloneSvg(layers: SVGSVGElement[]): string {
  const main = layers.find((l) => l.querySelector('title')) ?? layers[0]!;
  const { copy, zoom } = inlined(main);
  zoom?.replaceChildren(...layers.flatMap((l) => [...((l === main ? zoom : inlined(l).zoom)?.childNodes ?? [])]));
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', '1400');
  copy.setAttribute('height', '1120');
  return xmlSafe(new XMLSerializer().serializeToString(copy));
}

/**
 * Characters XML 1.0 does not allow (control characters, lone surrogates, U+FFFE/FFFF) can be
 * in user text; the serializer writes them as they are, which makes the file unreadable. They
 * become U+FFFD, the replacement character.
 */
export const xmlSafe = (text: string): string =>
  text.replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');
