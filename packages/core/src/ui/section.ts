import { html, nothing, type TemplateResult } from 'lit';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A real heading element at a level chosen by the host page (clamped to 1–6). */
export function heading(level: number, content: unknown, className = 'na-heading', id?: string): TemplateResult {
  const l = (Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : 2) as HeadingLevel;
  const i = id ?? nothing;
  switch (l) {
    case 1: return html`<h1 class=${className} id=${i}>${content}</h1>`;
    case 2: return html`<h2 class=${className} id=${i}>${content}</h2>`;
    case 3: return html`<h3 class=${className} id=${i}>${content}</h3>`;
    case 4: return html`<h4 class=${className} id=${i}>${content}</h4>`;
    case 5: return html`<h5 class=${className} id=${i}>${content}</h5>`;
    default: return html`<h6 class=${className} id=${i}>${content}</h6>`;
  }
}

export interface SectionOptions {
  id: string;
  heading: unknown;
  level: number;
  description?: unknown;
  content: unknown;
  part?: string;
  /**
   * Make it a named region landmark. Off by default: an instrument has many sections, and a
   * page with two instruments of one kind would repeat landmark names (axe landmark-unique);
   * headings already give screen-reader users the structure.
   */
  landmark?: boolean;
}

/** A titled section: a heading, an optional intro and content. */
export function section(o: SectionOptions) {
  return html`<section class="na-section" part=${o.part ?? 'section'} aria-labelledby=${o.landmark ? `${o.id}-heading` : nothing}>
    ${heading(o.level, o.heading, 'na-heading na-subtitle', `${o.id}-heading`)}
    ${o.description ? html`<p class="na-subtle">${o.description}</p>` : nothing}
    ${o.content}
  </section>`;
}

/**
 * A sentence that names another instrument of the workbook: the name is set as a title
 * (`<cite>`), so 'het instrument Partnerschapskaart (§11.6)' reads as a reference, not as a
 * label. When the (translated or replaced) sentence does not contain the name, it is plain text.
 */
export function citing(sentence: string, title: string): TemplateResult {
  const at = title ? sentence.indexOf(title) : -1;
  if (at < 0) return html`${sentence}`;
  return html`${sentence.slice(0, at)}<cite class="na-cite">${title}</cite>${sentence.slice(at + title.length)}`;
}

/** Guidance that is there when asked for and out of the way otherwise. */
export function guidance(summary: unknown, content: unknown, part = 'guidance') {
  return html`<details class="na-guidance" part=${part}><summary>${summary}</summary>${content}</details>`;
}

export function emptyState(title: unknown, description?: unknown) {
  return html`<div class="na-empty-state" part="empty-state">
    <p><strong>${title}</strong></p>
    ${description ? html`<p>${description}</p>` : nothing}
  </div>`;
}
