// @niet-alleen/samen — live co-editing of the group instruments on Yjs. Opt-in: nothing happens
// until the host page imports this package, calls configureSamen() and gives an element a
// `samen-room` attribute. The instrument packages never import it.
import { defineElement, type InstrumentDefinition, type VersionedValue } from '@niet-alleen/core';
import { partnerschapskaartDefinition } from '@niet-alleen/partnerschapskaart/schema';
import { talentenkaartGroepDefinition } from '@niet-alleen/talentenkaart/schema';
import './locales/translations.js';
import { NaSamenAanwezig } from './presence.js';
import { SamenSession, type SamenUser } from './session.js';
import type { InstrumentLike } from './binding.js';
import type { SamenProvider } from './provider.js';

defineElement('na-samen-aanwezig', NaSamenAanwezig);

export { NaSamenAanwezig, participantsOf, type Participant, type PresenceState } from './presence.js';
export { SamenBinding, type BindingOptions, type InstrumentLike } from './binding.js';
export { SamenSession, type BindOptions, type SamenUser } from './session.js';
export { memoryProvider, combineProviders, type SamenProvider, type SamenConnection, type MemoryProvider, type MemoryConnection } from './provider.js';
export { ValueDoc, readYjs } from './value-doc.js';
export { shapeOf, type Shape } from './shape.js';
export { NaRemoteChangeEvent } from './events.js';

/** The attribute that puts an element in a shared room: its value is the room's name, a long random id. */
export const roomAttribute = 'samen-room';

const definitions = new Map<string, InstrumentDefinition<VersionedValue>>([
  ['na-partnerschapskaart', partnerschapskaartDefinition as InstrumentDefinition<VersionedValue>],
  ['na-talentenkaart-groep', talentenkaartGroepDefinition as InstrumentDefinition<VersionedValue>],
]);

/** Lets another instrument join a room: its tag and its definition (from its `/schema` entry). */
export function registerSamenInstrument(tag: string, definition: InstrumentDefinition<VersionedValue>): void {
  definitions.set(tag.toLowerCase(), definition);
}

export interface SamenConfig {
  /** How rooms are shared: `websocketProvider(…)` from '@niet-alleen/samen/websocket', `indexeddbPersistence()`, both, or `memoryProvider()`. */
  provider: SamenProvider | readonly SamenProvider[];
  user?: SamenUser;
  /** Show who is in the session before each element (default true). */
  presence?: boolean;
  /** Where to look for `samen-room` elements (default: the document). */
  root?: ParentNode & Node;
}

let config: SamenConfig | null = null;
let observer: MutationObserver | null = null;
const sessions = new Map<Element, SamenSession<VersionedValue>>();

/** The session of a bound element, if it is in a room. */
export function samenSessionOf(element: Element): SamenSession<VersionedValue> | undefined {
  return sessions.get(element);
}

/**
 * Puts every element with a `samen-room` attribute (now and later) in its room through `provider`.
 * Without this call the attribute does nothing: no connection is made unless the host configured one.
 * Calling it again replaces the configuration (every element rejoins); `configureSamen(null)` leaves all rooms.
 */
export function configureSamen(next: SamenConfig | null): void {
  observer?.disconnect();
  observer = null;
  for (const element of [...sessions.keys()]) unbind(element);
  config = next;
  if (!next) return;
  const root = next.root ?? document;
  scan(root);
  observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) {
        unbind(record.target);
        consider(record.target);
      }
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
      for (const node of record.removedNodes) if (node instanceof Element) for (const element of [...sessions.keys()]) if (!element.isConnected) unbind(element);
    }
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: [roomAttribute] });
}

function scan(root: ParentNode & Node): void {
  if (root instanceof Element) consider(root);
  for (const element of root.querySelectorAll(`[${roomAttribute}]`)) consider(element);
}

function consider(element: Element): void {
  const room = element.getAttribute(roomAttribute);
  if (!config || !room || sessions.has(element)) return;
  const definition = definitions.get(element.localName);
  if (!definition) {
    console.warn(`niet-alleen samen: <${element.localName}> cannot join a room (register it with registerSamenInstrument).`);
    return;
  }
  const start = () => {
    if (!config || sessions.has(element) || element.getAttribute(roomAttribute) !== room || !element.isConnected) return;
    sessions.set(
      element,
      new SamenSession(element as InstrumentLike<VersionedValue>, { room, provider: config.provider, definition, user: config.user, presence: config.presence }),
    );
  };
  // The element must be upgraded (its value and undo in place) before it is bound.
  if (customElements.get(element.localName)) start();
  else void customElements.whenDefined(element.localName).then(start);
}

function unbind(element: Element): void {
  sessions.get(element)?.destroy();
  sessions.delete(element);
}
