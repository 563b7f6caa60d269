/**
 * JSON pointers (RFC 6901): how Tremplin names a place in a record — in validation issues, forms,
 * drafts and FHIR items alike.
 */

/** A key as one segment of a JSON pointer. */
export const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** One segment of a JSON pointer back to its key. */
export const unescapePointer = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * The keys of a pointer, unescaped; `''` (the whole document) has none.
 * @example pointerParts('/actions/0/title') // ['actions', '0', 'title']
 */
export function pointerParts(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointer);
}

/**
 * The value at a pointer, or undefined when the path does not lead there.
 * @example valueAt({ worker: { lastName: 'Martin' } }, '/worker/lastName') // 'Martin'
 */
export function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const key of pointerParts(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Turns a JSON pointer to data (`/actions/2/title`) into its catalogue pattern (`/actions/*\/title`). */
export function fieldPattern(path: string): string {
  return path.replace(/\/\d+(?=\/|$)/g, '/*');
}
