import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { authorColorIndex, type InstrumentDefinition, type VersionedValue } from '@niet-alleen/core';
import { SamenBinding, type InstrumentLike } from './binding.js';
import { combineProviders, type SamenConnection, type SamenProvider } from './provider.js';
import { participantsOf, type NaSamenAanwezig } from './presence.js';

export interface SamenUser {
  /** The participant's name as the others see it. Without one the partnerschapskaart's current writer is used. */
  name?: string;
}

export interface BindOptions<T extends VersionedValue> {
  room: string;
  provider: SamenProvider | readonly SamenProvider[];
  definition: InstrumentDefinition<T>;
  user?: SamenUser;
  /** Show who is in the session before the element (default true). */
  presence?: boolean;
}

/** A bound element: its document, the connection and the binding. `destroy()` leaves the room. */
export class SamenSession<T extends VersionedValue> {
  readonly doc = new Y.Doc();
  readonly connection: SamenConnection;
  readonly binding: SamenBinding<T>;
  readonly awareness: Awareness;
  readonly presence: NaSamenAanwezig | null = null;
  readonly room: string;
  #element: InstrumentLike<T>;
  #user: SamenUser;
  #stepMap: Y.Map<unknown>;
  readonly #stepOrigin = { samen: 'step' };
  #focusRoot: EventTarget;

  constructor(element: InstrumentLike<T>, options: BindOptions<T>) {
    this.#element = element;
    this.#user = options.user ?? {};
    this.room = options.room;
    const provider = Array.isArray(options.provider) ? combineProviders(options.provider) : (options.provider as SamenProvider);
    this.connection = provider.connect(options.room, this.doc);
    this.awareness = this.connection.awareness ?? new Awareness(this.doc);
    this.binding = new SamenBinding(element, { doc: this.doc, definition: options.definition, whenSynced: this.connection.whenSynced });
    if (options.presence !== false) {
      this.presence = document.createElement('na-samen-aanwezig') as NaSamenAanwezig;
      this.presence.awareness = this.awareness;
      element.before(this.presence);
    }
    this.#announceSelf();
    // Where the others are writing, shown on the card in that cell (an element that has `coEditors`).
    this.awareness.on('change', this.#showCoEditors);
    this.#showCoEditors();
    // On the shadow root, not the element: focus moving from one field of the card to another never
    // leaves the shadow tree, so the element itself gets no focusin or focusout for it.
    this.#focusRoot = element.shadowRoot ?? element;
    this.#focusRoot.addEventListener('focusin', this.#onFocus as EventListener);
    this.#focusRoot.addEventListener('focusout', this.#onFocus as EventListener);
    element.addEventListener('na-change', this.#onLocalChange);
    element.addEventListener('click', this.#onLocalChange);
    // The facilitator's step of the session script (11.4), shared by the room.
    this.#stepMap = this.doc.getMap('samen.session');
    element.addEventListener('na-session-step', this.#onStep);
    element.addEventListener('na-session-timer', this.#onTimer);
    this.#stepMap.observe(this.#onStepMap);
    this.#onStepMap();
  }

  get element(): InstrumentLike<T> {
    return this.#element;
  }

  destroy(): void {
    const element = this.#element;
    this.#focusRoot.removeEventListener('focusin', this.#onFocus as EventListener);
    this.#focusRoot.removeEventListener('focusout', this.#onFocus as EventListener);
    element.removeEventListener('na-change', this.#onLocalChange);
    element.removeEventListener('click', this.#onLocalChange);
    element.removeEventListener('na-session-step', this.#onStep);
    element.removeEventListener('na-session-timer', this.#onTimer);
    this.#stepMap.unobserve(this.#onStepMap);
    this.awareness.off('change', this.#showCoEditors);
    if ('coEditors' in element) (element as unknown as { coEditors: unknown }).coEditors = [];
    this.binding.destroy();
    this.presence?.remove();
    this.awareness.setLocalState(null);
    this.connection.destroy();
    this.doc.destroy();
  }

  /** The name this participant shows: the configured one, else who writes on the partnerschapskaart now. */
  get userName(): string {
    return this.#user.name ?? String((this.#element as unknown as { writer?: unknown }).writer ?? '');
  }

  #colorOf(name: string): number {
    const authors = (this.#element as unknown as { authors?: unknown }).authors;
    if (Array.isArray(authors) && name) return authorColorIndex(name, authors as string[]);
    const names = [...this.awareness.getStates().values()].map((s) => String((s as { user?: { name?: unknown } }).user?.name ?? ''));
    return authorColorIndex(name, names);
  }

  #editing: { field: string; label: string; cell: string | null } | null = null;

  #announceSelf(): void {
    const name = this.userName;
    this.awareness.setLocalState({ user: { name, color: this.#colorOf(name) }, editing: this.#editing });
  }

  /** A choice of writer on the card (a click) or a new participant changes the name and colour shown. */
  #onLocalChange = (): void => {
    void this.#element.updateComplete.then(() => {
      const state = this.awareness.getLocalState() as { user?: { name?: string; color?: number } } | null;
      const name = this.userName;
      if (state?.user?.name !== name || state.user.color !== this.#colorOf(name)) this.#announceSelf();
    });
  };

  #showCoEditors = (): void => {
    const element = this.#element as unknown as { coEditors?: unknown };
    if (!('coEditors' in element)) return;
    const next = participantsOf(this.awareness)
      .filter((p) => !p.self && p.cell)
      .map((p) => ({ name: p.name, color: p.color, cell: p.cell! }));
    if (JSON.stringify(next) !== JSON.stringify(element.coEditors)) element.coEditors = next;
  };

  #onFocus = (event: FocusEvent): void => {
    const field = event.type === 'focusin' ? fieldOf(event) : null;
    const editing = field ? { field: field.id, label: labelOf(field), cell: cellOf(field) } : null;
    if (JSON.stringify(editing) === JSON.stringify(this.#editing)) return;
    this.#editing = editing;
    this.#announceSelf();
  };

  #onStep = (event: Event): void => {
    const step = (event as CustomEvent<{ step: number }>).detail?.step;
    if (typeof step === 'number') this.doc.transact(() => this.#stepMap.set('step', step), this.#stepOrigin);
  };

  #onTimer = (event: Event): void => {
    const timer = (event as CustomEvent<{ timer: unknown }>).detail?.timer;
    if (timerState(timer)) this.doc.transact(() => this.#stepMap.set('timer', timer), this.#stepOrigin);
  };

  #onStepMap = (): void => {
    const element = this.#element as unknown as { sessionStep?: unknown; sessionTimer?: unknown };
    // The facilitator's timer: only a well-formed one (a peer may send anything), only on an element that has it.
    const timer = this.#stepMap.get('timer');
    if ('sessionTimer' in element && timerState(timer) && JSON.stringify(timer) !== JSON.stringify(element.sessionTimer)) element.sessionTimer = timer;
    const step = this.#stepMap.get('step');
    // Only a step the script has (1–6), and only on an element that has steps.
    if (!('sessionStep' in element) || typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > 6) return;
    if (element.sessionStep !== step) element.sessionStep = step;
  };
}

/** The text field (input, textarea, select) that has the focus inside the element's shadow root. */
function fieldOf(event: FocusEvent): HTMLElement | null {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement) || !target.matches('input, textarea, select') || !target.id) return null;
  return target;
}

/** A session timer as the partnerschapskaart keeps it: per step 1–6 `{ elapsed, startedAt }`, times in ms. */
function timerState(value: unknown): value is Record<string, { elapsed: number; startedAt: number | null }> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const time = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  return Object.entries(value).every(
    ([key, lap]) =>
      /^[1-6]$/.test(key) &&
      typeof lap === 'object' && lap !== null &&
      time((lap as { elapsed?: unknown }).elapsed) &&
      ((lap as { startedAt?: unknown }).startedAt === null || time((lap as { startedAt?: unknown }).startedAt)),
  );
}

/** The cell of the card the field is in (an element marks its cells with `data-cell`), if any. */
function cellOf(field: HTMLElement): string | null {
  return field.closest<HTMLElement>('[data-cell]')?.dataset.cell ?? null;
}

/** What the others are told: the field's label, and the group around it (a cell of the card, a person). */
function labelOf(field: HTMLElement): string {
  const root = field.getRootNode() as ShadowRoot | Document;
  const textOf = (ids: string) =>
    ids
      .split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '')
      .filter(Boolean)
      .join(' ');
  const label = (root.querySelector(`label[for="${CSS.escape(field.id)}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const group = field.parentElement?.closest('[aria-labelledby]');
  const context = group ? textOf(group.getAttribute('aria-labelledby') ?? '') : '';
  return [context, label].filter(Boolean).join(' – ').slice(0, 300);
}
