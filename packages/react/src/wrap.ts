// One React component per element, made by @lit/react's createComponent: props reach the element's
// properties (`value`, `readonly`, …) and `on<Event>` props receive its events, typed by the element
// (an instrument's onNaChange gets a NaChangeEvent of its own value). src/index.ts is generated from the
// custom-elements manifests by scripts/react.js: every element, with every event it documents.
import React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import type { InstrumentEventMap, NaInstrumentElement, VersionedValue } from '@niet-alleen/core';

type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** The events an element fires, by name: an instrument's na-change carries its own value. */
export type EventsOf<E> = E extends NaInstrumentElement<infer V extends VersionedValue> ? InstrumentEventMap<V> : HTMLElementEventMap;

/** `na-signal-forward` → `onNaSignalForward`, typed by the element's events. */
export type EventProps<E, N extends string> = { [K in N as `on${Pascal<K>}`]: EventName<K extends keyof EventsOf<E> ? Extract<EventsOf<E>[K], Event> : Event> };

/** The React prop of an event: `na-change` → `onNaChange`. */
export const eventProp = (name: string): string => `on${name.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('')}`;

export function wrap<E extends HTMLElement, const N extends string>(
  tagName: string,
  elementClass: new () => E,
  events: readonly N[],
): ReactWebComponent<E, EventProps<E, N>> {
  return createComponent({
    react: React,
    tagName,
    elementClass,
    events: Object.fromEntries(events.map((name) => [eventProp(name), name])) as unknown as EventProps<E, N>,
  });
}
