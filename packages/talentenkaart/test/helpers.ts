import { shadow, type } from '@niet-alleen/core/testing';
import type { NaTalentenkaartGroep } from '@niet-alleen/talentenkaart';

/** Adds a person to the group's card through its form; returns the new person's id. */
export const addPerson = async (el: NaTalentenkaartGroep, name: string) => {
  const field = shadow(el).querySelector<HTMLInputElement>('#add-person')!;
  type(field, name);
  field.form!.requestSubmit();
  await el.updateComplete;
  return el.value.people.at(-1)!.id;
};
