/**
 * Edits of plain JSON values by JSON pointer (the addresses of fields, errors and drafts); reading
 * them is @tremplin/schemas' `valueAt` and `pointerParts`.
 */
import { escapePointer, pointerParts } from '@tremplin/schemas/base';

/** Element ids are data paths, so an error, a summary link and a test all find a field the same way. */
export const idOf = (path: string) => `f${path.replace(/\s/g, '_')}`;

export function join(path: string, key: string | number): string {
  // Most keys need no escaping: a form's first render joins a path per field.
  return typeof key === 'number' || !/[~/]/.test(key) ? `${path}/${key}` : `${path}/${escapePointer(key)}`;
}

const isContainer = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/**
 * A copy of `root` with `value` at `path` (`undefined` removes it), copying only the containers on
 * the path. Missing containers are created: arrays for numeric keys, objects otherwise. A container
 * that holds something else (a bad value typed into an object's place) is replaced, never merged.
 */
export function setAt(root: unknown, path: string, value: unknown): unknown {
  const parts = pointerParts(path);
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
