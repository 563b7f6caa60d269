// How an error may name what it was given: never the value itself when it could be free text (possibly
// medical), deep, cyclic or huge — only its kind and size. Shared by every package's typed errors.

/**
 * A name (a fact, a document, an audience) as an error may show it: itself when it looks like an
 * identifier, else its length only.
 * @example describeName('stoppageDays') // 'stoppageDays'
 * @example describeName('Lombalgie chronique…') // '(a name of 20 characters)'
 */
export function describeName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/.test(name) ? name : `(a name of ${name.length} characters)`;
}

/**
 * A value as an error may show it: numbers, booleans and null as themselves, anything else by its
 * kind and size only — a string may be free text (medical), an object may be deep, cyclic or huge.
 * @example describeValue(42) // '42'
 * @example describeValue('Lombalgie') // 'a text of 9 characters'
 */
export function describeValue(value: unknown): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `a text of ${value.length} characters`;
  if (typeof value === 'bigint') return 'a BigInt';
  if (Array.isArray(value)) return `a list of ${value.length} items`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** A value that should have been a name: the name when it is a string, else its kind. */
export function describeGiven(value: unknown): string {
  return typeof value === 'string' ? describeName(value) : describeValue(value);
}
