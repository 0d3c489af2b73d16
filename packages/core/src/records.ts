/**
 * Reads a record keyed by an id or a name that came from data or from a host's definition.
 * `record[key]` would also find what every object inherits (`constructor`, `toString`,
 * `valueOf`, …): an id `constructor` then reads `Object` instead of "nothing there yet".
 */
export function own<V>(record: Readonly<Record<string, V>> | null | undefined, key: string): V | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}
