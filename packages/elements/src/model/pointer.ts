/** JSON pointers (RFC 6901) over plain JSON values: the addresses of fields, errors and drafts. */

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
const unescape = (part: string) => part.replace(/~1/g, '/').replace(/~0/g, '~');

export function join(path: string, key: string | number): string {
  return `${path}/${escape(String(key))}`;
}

export function split(path: string): string[] {
  return path === '' ? [] : path.slice(1).split('/').map(unescape);
}

export function getAt(root: unknown, path: string): unknown {
  let node = root;
  for (const part of split(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

const isContainer = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/**
 * A copy of `root` with `value` at `path` (`undefined` removes it), copying only the containers on
 * the path. Missing containers are created: arrays for numeric keys, objects otherwise. A container
 * that holds something else (a bad value typed into an object's place) is replaced, never merged.
 */
export function setAt(root: unknown, path: string, value: unknown): unknown {
  const parts = split(path);
  const write = (node: unknown, k: number): unknown => {
    if (k === parts.length) return value;
    const key = parts[k]!;
    const numeric = /^\d+$/.test(key);
    const copy: Record<string, unknown> | unknown[] = Array.isArray(node) ? [...node] : isContainer(node) ? { ...node } : numeric ? [] : {};
    const next = write((copy as Record<string, unknown>)[key], k + 1);
    if (next === undefined && !Array.isArray(copy)) delete (copy as Record<string, unknown>)[key];
    else (copy as Record<string, unknown>)[key] = next;
    return copy;
  };
  return write(root, 0);
}

/** Removes empty objects left behind when their last field was cleared, so `required` reports the object. */
export function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (!isContainer(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const p = prune(v);
    if (p === undefined || (isContainer(p) && !Array.isArray(p) && Object.keys(p).length === 0)) continue;
    out[k] = p;
  }
  return out;
}
