import { shadow } from '@niet-alleen/core/testing';
import type { NaVerwijskaart } from '@niet-alleen/verwijskaart';

/** The card editor's field with this id; throws when there is none. */
export const field = (el: NaVerwijskaart, id: string) => {
  const control = shadow(el).getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null;
  if (!control) throw new Error(`No field #${id}`);
  return control;
};
