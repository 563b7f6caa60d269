import { describe, expect, it } from 'vitest';
import { strings } from '../src/i18n.js';
import { schemaSource } from '../src/model/schema-source.js';
import { treeOf, type ListNode, type SchemaNode } from '../src/model/schema-tree.js';
import { actOn, addItem, moveItem, removeItem, undoRemove } from '../src/form/list-editing.js';

const schema: SchemaNode = {
  type: 'object',
  properties: { actions: { type: 'array', title: 'Actions', items: { type: 'object', properties: { title: { type: 'string' }, done: { type: 'boolean' }, on: { type: 'string', format: 'date' } } } } },
};
const tree = treeOf(schema, schemaSource(schema));
const list = tree.children[0] as ListNode;
const t = strings('fr');
const record = { actions: [{ title: 'a' }, { title: 'b' }, { title: 'c' }] };

describe('list editing', () => {
  it('adds an item at the end, focus on its first field', () => {
    const edit = addItem(record, list, '/actions', {});
    expect((edit.value as typeof record).actions).toHaveLength(4);
    expect(edit.focus).toBe('f/actions/3/title');
  });

  it('moves an item, focus on the button that follows it, or on the other one at either end', () => {
    const down = moveItem(record, '/actions', 0, 1, t, 'Actions')!;
    expect((down.value as typeof record).actions.map((a) => a.title)).toEqual(['b', 'a', 'c']);
    expect(down.focus).toBe('f/actions/1-down');
    expect(down.say).toContain('position 2 sur 3');
    expect(moveItem(record, '/actions', 1, 2, t, 'Actions')!.focus).toBe('f/actions/2-up'); // at the bottom: "down" is disabled
    expect(moveItem(record, '/actions', 1, 0, t, 'Actions')!.focus).toBe('f/actions/0-down'); // at the top: "up" is disabled
    expect(record.actions.map((a) => a.title)).toEqual(['a', 'b', 'c']); // the record given is not changed
  });

  it('refuses moves out of the list rather than inserting a hole', () => {
    expect(moveItem(record, '/actions', 0, -1, t, 'Actions')).toBeUndefined();
    expect(moveItem(record, '/actions', 2, 3, t, 'Actions')).toBeUndefined();
    expect(moveItem(record, '/actions', 7, 1, t, 'Actions')).toBeUndefined();
    expect(moveItem({}, '/actions', 0, 1, t, 'Actions')).toBeUndefined();
  });

  it('removes an item and puts it back where it was', () => {
    const removal = removeItem(record, '/actions', 1, t, 'Actions')!;
    expect((removal.value as typeof record).actions.map((a) => a.title)).toEqual(['a', 'c']);
    expect(removal.focus).toBe('f/actions-undo');
    expect(removal.removed).toEqual({ path: '/actions', index: 1, item: { title: 'b' } });
    const undo = undoRemove(removal.value, removal.removed!, list, t, 'Actions');
    expect(undo.value).toEqual(record);
    expect(undo.focus).toBe('f/actions/1/title');
    expect(undo.say).toBe('Actions n° 2 rétabli.');
  });

  it('drops an emptied list from the record', () => {
    const one = { actions: [{ title: 'a' }] };
    expect(removeItem(one, '/actions', 0, t, 'Actions')!.value).toEqual({});
  });

  it('applies an item action and stamps today on the field it names', () => {
    const next = actOn(record, '/actions/0', { label: { fr: 'Fait', en: 'Done' }, set: { done: true }, stampDate: 'on' }) as typeof record;
    expect(next.actions[0]).toEqual({ title: 'a', done: true, on: new Date().toISOString().slice(0, 10) });
  });
});
