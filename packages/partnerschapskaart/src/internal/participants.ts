import { html, nothing } from 'lit';
import { msg, str } from '@niet-alleen/core/msg';
import { addItemField, authorColorIndex, isolate } from '@niet-alleen/core';
import { partnerschapskaartLimits, type PartnerschapskaartValue } from '../schema.js';

/** What the participants read of the partnerschapskaart, and who writes now. */
export interface ParticipantsHost {
  readonly value: PartnerschapskaartValue;
  readonly readonly: boolean;
  /** Who is writing now: new notes get this author. */
  writer: string;
  announce(text: string): void;
}

/** The element's commit (protected there). */
export type ParticipantsCommit = (next: PartnerschapskaartValue, options?: { announce?: string }) => void;

/**
 * Who takes part: everyone who wrote or joined, each with their colour, and who writes now (a
 * name to choose, or a new participant to add). Read-only, the names as a list.
 */
export class Participants {
  constructor(
    private readonly host: ParticipantsHost,
    private readonly commit: ParticipantsCommit,
  ) {}

  /** Kept per value: every note's colour asks for it, and walking all notes per note made a big card's render O(notes²). */
  #authorsCache: { value: PartnerschapskaartValue; authors: readonly string[] } | null = null;

  /** Everyone who wrote or joined, in order: the basis of the author colours. */
  authorsOf(value: PartnerschapskaartValue): readonly string[] {
    if (this.#authorsCache?.value !== value) {
      const all = [...value.participants];
      const seen = new Set(all);
      for (const n of value.notes) {
        if (n.author && !seen.has(n.author)) {
          seen.add(n.author);
          all.push(n.author);
        }
      }
      this.#authorsCache = { value, authors: all };
    }
    return this.#authorsCache.authors;
  }

  /** An author's colour slot (1–6); notes without a name get the first. */
  colorOf(author: string): number {
    return author ? authorColorIndex(author, this.authorsOf(this.host.value)) : 1;
  }

  add(name: string) {
    const host = this.host;
    name = name.slice(0, partnerschapskaartLimits.author);
    if (!host.value.participants.includes(name)) {
      this.commit({ ...host.value, participants: [...host.value.participants, name] }, { announce: msg(str`Deelnemer toegevoegd: ${name}. ${name} schrijft nu.`) });
    }
    host.writer = name;
  }

  choose(name: string) {
    this.host.writer = name;
    this.host.announce(name ? msg(str`${name} schrijft nu.`) : msg('Nieuwe geeltjes krijgen geen naam.'));
  }

  render() {
    const host = this.host;
    const authors = [...this.authorsOf(host.value)];
    const chip = (name: string) => html`<li>
      <button type="button" class="na-button chip" data-variant="secondary" aria-pressed=${String(host.writer === name)} @click=${() => this.choose(name)}>
        <span class="swatch ${name ? '' : 'swatch--none'}" aria-hidden="true" data-color=${this.colorOf(name)}></span>${name || msg('Zonder naam')}
      </button>
    </li>`;
    if (host.readonly) {
      if (!authors.length) return nothing;
      return html`<div class="participants">
        <p class="na-field__label">${msg('Deelnemers')}</p>
        <ul class="chips">${authors.map((a) => html`<li class="chip chip--static"><span class="swatch" aria-hidden="true" data-color=${this.colorOf(a)}></span>${a}</li>`)}</ul>
      </div>`;
    }
    return html`<div class="participants na-no-print" role="group" aria-labelledby="writer-label">
      <p class="na-field__label" id="writer-label">${msg('Wie schrijft?')}</p>
      <p class="na-field__description">${msg('Kies uw naam: uw geeltjes krijgen uw naam en uw kleur.')}</p>
      <ul class="chips">${authors.map(chip)} ${chip('')}</ul>
      ${addItemField({ id: 'add-participant', label: msg('Nieuwe deelnemer'), buttonLabel: msg('Voeg toe'), onAdd: (name) => this.add(name) })}
    </div>
    ${authors.length ? html`<p class="na-print-only">${msg('Deelnemers')}: ${authors.map(isolate).join(', ')}</p>` : nothing}`;
  }
}
