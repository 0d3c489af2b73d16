import type { NaNetwerkkaart, NetwerkkaartValue } from '@niet-alleen/netwerkkaart';
import { netwerkkaartExample } from '@niet-alleen/netwerkkaart';
import { shadow, type } from '@niet-alleen/core/testing';

export const sample = (): NetwerkkaartValue => structuredClone(netwerkkaartExample);

/** Adds a contact through the add form, as a person would (optionally in a sector and ring). */
export const addByForm = async (el: NaNetwerkkaart, name: string, domain?: string, ring?: string) => {
  const root = shadow(el);
  if (domain) (root.querySelector('#add-domain') as HTMLSelectElement).value = domain;
  if (ring) (root.querySelector('#add-ring') as HTMLSelectElement).value = ring;
  type(root.querySelector<HTMLInputElement>('#add-name')!, name);
  root.querySelector<HTMLFormElement>('form.add-contact')!.requestSubmit();
  await el.updateComplete;
};
