import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { msg, str } from '@niet-alleen/core/msg';
import { baseStyles, getLocale, isolate, listFormat, tokenStyles } from '@niet-alleen/core';
import type { Awareness } from 'y-protocols/awareness';

/** What each participant shares about themselves (Yjs awareness state). */
export interface PresenceState {
  user?: { name?: unknown; color?: unknown };
  /** The field the participant is in now: its label as they see it. */
  editing?: { field?: unknown; label?: unknown; cell?: unknown } | null;
}

export interface Participant {
  clientId: number;
  name: string;
  /** Colour slot 1–6, as the partnerschapskaart gives its authors. */
  color: number;
  editing: string | null;
  /** The cell of the card the participant is writing in (`data-cell` of the element), if any. */
  cell: string | null;
  self: boolean;
}

const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

/** The participants in an awareness, this one first; what peers send is read as untrusted. */
export function participantsOf(awareness: Awareness): Participant[] {
  const out: Participant[] = [];
  for (const [clientId, raw] of awareness.getStates()) {
    const state = raw as PresenceState;
    const color = Number(state.user?.color);
    out.push({
      clientId,
      name: text(state.user?.name, 100),
      color: Number.isInteger(color) && color >= 1 && color <= 6 ? color : 1,
      editing: state.editing ? text(state.editing.label, 300) || null : null,
      cell: state.editing ? text(state.editing.cell, 64) || null : null,
      self: clientId === awareness.clientID,
    });
  }
  return out.sort((a, b) => Number(b.self) - Number(a.self) || a.clientId - b.clientId);
}

/**
 * Who is in the shared session: each participant's name and colour and the field they are in.
 * Comings and goings are announced politely (a live region); nothing here takes the focus or
 * blocks anything. `@niet-alleen/samen` puts one before every element it binds.
 *
 * @element na-samen-aanwezig
 * @csspart list - The list of participants.
 * @csspart participant - One participant.
 */
export class NaSamenAanwezig extends LitElement {
  static override styles = [
    tokenStyles,
    baseStyles,
    css`
      :host { display: block; margin-block-end: var(--na-space-block-sm, 0.5rem); font-family: var(--na-font-family-body, inherit); }
      .list { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0; list-style: none; }
      .participant { display: inline-flex; align-items: center; gap: 0.375rem; }
      .swatch { inline-size: 0.875rem; block-size: 0.875rem; border: 1px solid currentColor; border-radius: 50%; background-color: var(--_na-color-note-1); }
      .swatch[data-color='2'] { background-color: var(--_na-color-note-2); }
      .swatch[data-color='3'] { background-color: var(--_na-color-note-3); }
      .swatch[data-color='4'] { background-color: var(--_na-color-note-4); }
      .swatch[data-color='5'] { background-color: var(--_na-color-note-5); }
      .swatch[data-color='6'] { background-color: var(--_na-color-note-6); }
      .editing { color: var(--na-color-text-subtle, inherit); }
      @media (forced-colors: active) { .swatch { forced-color-adjust: none; } }
    `,
  ];

  /** The session's awareness (set by @niet-alleen/samen). */
  @property({ attribute: false }) awareness: Awareness | null = null;
  @state() private participants: Participant[] = [];
  @state() private announcement = '';
  #known = new Map<number, string>();
  #cells = new Map<number, string | null>();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  #onChange = (): void => {
    if (!this.awareness) return;
    const next = participantsOf(this.awareness);
    const names = (list: Participant[]) => list.map((p) => p.name || msg('Iemand zonder naam'));
    const came = next.filter((p) => !p.self && !this.#known.has(p.clientId));
    const went = [...this.#known.keys()].filter((id) => !next.some((p) => p.clientId === id));
    const parts: string[] = [];
    if (came.length) parts.push(msg(str`Doet mee: ${listFormat(getLocale()).format(names(came))}.`));
    if (went.length) {
      const gone = went.map((id) => this.#known.get(id) || msg('Iemand zonder naam'));
      parts.push(msg(str`Is weg: ${listFormat(getLocale()).format(gone)}.`));
    }
    // Someone starts writing where this participant is writing: said once, politely.
    const mine = next.find((p) => p.self)?.cell;
    const joined = mine
      ? next.filter((p) => !p.self && p.cell === mine && this.#cells.get(p.clientId) !== mine)
      : [];
    if (joined.length) parts.push(msg(str`Schrijft nu ook hier: ${listFormat(getLocale()).format(names(joined))}.`));
    this.#cells = new Map(next.map((p) => [p.clientId, p.cell]));
    this.#known = new Map(next.filter((p) => !p.self).map((p) => [p.clientId, p.name]));
    this.participants = next;
    if (parts.length) this.announcement = parts.join(' ');
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('awareness')) {
      const old = changed.get('awareness') as Awareness | null | undefined;
      old?.off('change', this.#onChange);
      this.awareness?.on('change', this.#onChange);
      // Who is already there is shown, not announced.
      this.#known = new Map((this.awareness ? participantsOf(this.awareness) : []).filter((p) => !p.self).map((p) => [p.clientId, p.name]));
      this.participants = this.awareness ? participantsOf(this.awareness) : [];
      this.#cells = new Map(this.participants.map((p) => [p.clientId, p.cell]));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.awareness?.off('change', this.#onChange);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.awareness) {
      this.awareness.off('change', this.#onChange);
      this.awareness.on('change', this.#onChange);
    }
  }

  protected override render(): TemplateResult {
    const list = this.participants;
    return html`<section class="na-samen" aria-labelledby="samen-heading" lang=${getLocale()}>
      <p class="na-field__label" id="samen-heading">${msg(str`Samen in deze sessie (${list.length})`)}</p>
      <ul class="list" part="list">
        ${list.map(
          (p) => html`<li class="participant" part="participant">
            <span class="swatch" data-color=${p.color} aria-hidden="true"></span>
            <span>${p.name ? isolate(p.name) : msg('Iemand zonder naam')}${p.self ? html` ${msg('(u)')}` : nothing}</span>
            ${p.editing ? html`<span class="editing">${msg(str`bij ${isolate(p.editing)}`)}</span>` : nothing}
          </li>`,
        )}
      </ul>
      <div class="na-visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-samen-aanwezig': NaSamenAanwezig;
  }
}
