// What to benchmark: each element with its example value and one small edit.
import '@niet-alleen/signaleringskaart';
import { signaleringskaartExample } from '@niet-alleen/signaleringskaart';

type Edit = (el: HTMLElement & { value: unknown }, i: number) => void;
export interface BenchEntry {
  tag: string;
  value: unknown;
  edit?: Edit;
}

/** Toggles one item of an array field between two values: a small edit, like one click. */
const toggle = (field: string, item: unknown): Edit => (el) => {
  const value = el.value as Record<string, unknown[]>;
  const list = value[field]!;
  el.value = { ...value, [field]: list.includes(item) ? list.filter((x) => x !== item) : [...list, item] };
};

export const elements: BenchEntry[] = [
  { tag: 'na-signaleringskaart', value: signaleringskaartExample, edit: toggle('marked', 'hoofdpijn') },
];
