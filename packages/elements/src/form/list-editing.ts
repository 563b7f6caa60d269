import { valueAt } from '@tremplin/schemas/base';
import type { Strings } from '../i18n.js';
import type { ItemAction } from '../model/hints.js';
import { idOf, join, setAt } from '../model/pointer.js';
import type { ListNode, TreeNode } from '../model/schema-tree.js';

// Edits of a list by its buttons: each returns the record after the edit and what the form does about it
// (where focus goes, what the live region says, the item that may be put back).

/** The list item last removed, while it can be put back. */
export interface RemovedItem {
  path: string;
  index: number;
  item: unknown;
}

/** An edit of a list: the new record, where focus goes, what is said, and the item that may be put back. */
export interface ListEdit {
  value: unknown;
  focus: string;
  say?: string;
  removed?: RemovedItem;
  /** Items changed places: text kept per index position no longer matches. */
  reindexed?: boolean;
}

function firstFieldPath(node: TreeNode, path: string): string {
  if (node.kind === 'group' && node.children[0]) return firstFieldPath(node.children[0], join(path, node.children[0].key));
  return path;
}

/** A new item at the end (`empty`: the item's defaults, or an empty object), focus on its first field. */
export function addItem(record: unknown, list: ListNode, path: string, empty: unknown): ListEdit {
  const items = valueAt(record, path);
  const current = Array.isArray(items) ? items : [];
  return { value: setAt(record, path, [...current, empty]), focus: idOf(firstFieldPath(list.item, join(path, current.length))) };
}

/** Moves an item; focus follows it (on the same button, or the other one at either end) and the move is said. */
export function moveItem(record: unknown, path: string, from: number, to: number, t: Strings, title: string): ListEdit | undefined {
  const items = valueAt(record, path);
  if (!Array.isArray(items) || from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return undefined;
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  const up = to < from;
  const direction = up ? (to === 0 ? 'down' : 'up') : (to === next.length - 1 ? 'up' : 'down');
  return { value: setAt(record, path, next), focus: `${idOf(join(path, to))}-${direction}`, say: t.moved(title, to + 1, next.length), reindexed: true };
}

/** Removes an item, says so and offers to put it back (focus on that button): nothing is lost by one key press. */
export function removeItem(record: unknown, path: string, index: number, t: Strings, title: string): ListEdit | undefined {
  const items = valueAt(record, path);
  if (!Array.isArray(items)) return undefined;
  const next = items.filter((_, i) => i !== index);
  return {
    value: setAt(record, path, next.length ? next : undefined), focus: `${idOf(path)}-undo`,
    say: t.removed(t.item(title, index + 1)), removed: { path, index, item: items[index] }, reindexed: true,
  };
}

/** Puts the removed item back where it was, focus on its first field. */
export function undoRemove(record: unknown, removed: RemovedItem, list: TreeNode | undefined, t: Strings, title: string): ListEdit {
  const items = valueAt(record, removed.path);
  const next = Array.isArray(items) ? [...items] : [];
  next.splice(Math.min(removed.index, next.length), 0, removed.item);
  const at = join(removed.path, removed.index);
  return {
    value: setAt(record, removed.path, next), focus: idOf(list?.kind === 'list' ? firstFieldPath(list.item, at) : at),
    say: t.undone(t.item(title, removed.index + 1)), reindexed: true,
  };
}

/** A host's item action (« Marquer comme fait »): its values set on the item, today's date stamped if asked. */
export function actOn(record: unknown, path: string, action: ItemAction): unknown {
  let next = record;
  for (const [key, v] of Object.entries(action.set)) next = setAt(next, join(path, key), v);
  if (action.stampDate) next = setAt(next, join(path, action.stampDate), new Date().toISOString().slice(0, 10));
  return next;
}

