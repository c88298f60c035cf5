/**
 * The value stored under `key` in a plain record, or undefined: never one inherited from
 * Object.prototype. Ids come from files and URLs, and `constructor`, `toString` or `__proto__`
 * must read as "not there", not as a function of the prototype (issue 16).
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
