import { shadow } from '@niet-alleen/core/testing';
import type { PartnerschapskaartValue } from '@niet-alleen/partnerschapskaart';

export const sample = (): PartnerschapskaartValue => ({
  schemaVersion: 1,
  filledBy: 'Groep 1',
  participants: ['Anna', 'Bram'],
  notes: [
    { id: 'n1', cell: 'geslaagd', text: 'iedereen weet de weg', author: 'Anna' },
    { id: 'n2', cell: 'kennis-delen', text: 'kwartaaloverleg', author: 'Bram' },
    { id: 'n3', cell: 'ik-doe', text: 'ik bel de huisarts', author: 'Anna' },
  ],
});

/** The add field of a cell. */
export const addField = (el: Element, cell: string) => shadow(el).querySelector<HTMLTextAreaElement>(`#add-${cell}`)!;
export const q = <E extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<E>(selector)!;
