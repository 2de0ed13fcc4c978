/**
 * The entry of a record stored under `key`, own properties only. Ids come from data (a quiz id,
 * a doc id, a key in saved JSON), and `record[id]` would find Object.prototype's `constructor` or
 * `toString` for an id of that name.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
