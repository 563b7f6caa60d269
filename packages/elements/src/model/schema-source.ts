import { valueAt } from '@tremplin/schemas/base';
import type { SchemaNode, TreeSource } from './schema-tree.js';

/** A schema given by the host (not one of ours): labels are its own titles, refs stay inside it. */
export function schemaSource(schema: SchemaNode): TreeSource {
  return {
    resolve(ref) {
      const node = ref.startsWith('#') ? valueAt(schema, ref.slice(1)) : undefined;
      return node && typeof node === 'object' ? (node as SchemaNode) : undefined;
    },
  };
}
