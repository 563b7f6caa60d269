import { fieldInfo, getSchema, type RecordName } from '@tremplin/schemas';
import { getAt } from './pointer.js';
import type { SchemaNode, TreeSource } from './schema-tree.js';

/**
 * Labels and shared definitions of a record shipped by @tremplin/schemas: titles, descriptions and
 * option labels in French and English from its catalogue; `$ref`s into the common definitions.
 */
export function recordSource(record: RecordName): TreeSource {
  const own = getSchema(record);
  const common = getSchema('common');
  return {
    resolve(ref) {
      const [file, pointer = ''] = ref.split('#');
      const document = file === '' ? (getAt(own, pointer) ? own : common) : file === 'common.schema.json' ? common : undefined;
      const node = document ? getAt(document, pointer) : undefined;
      return node && typeof node === 'object' ? (node as SchemaNode) : undefined;
    },
    labels(pattern) {
      const info = fieldInfo(record, pattern);
      if (!info) return undefined;
      const out: ReturnType<NonNullable<TreeSource['labels']>> = {};
      if (info.title) out!.title = info.title;
      if (info.description) out!.description = info.description;
      if (info.options) out!.options = info.options;
      return out;
    },
  };
}

/** A schema given by the host (not one of ours): labels are its own titles, refs stay inside it. */
export function schemaSource(schema: SchemaNode): TreeSource {
  return {
    resolve(ref) {
      const node = ref.startsWith('#') ? getAt(schema, ref.slice(1)) : undefined;
      return node && typeof node === 'object' ? (node as SchemaNode) : undefined;
    },
  };
}
