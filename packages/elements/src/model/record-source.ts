import { fieldInfo, resolveSchemaRef, valueAt, type RecordName } from '@tremplin/schemas/catalogue';
import type { SchemaNode, TreeSource } from './schema-tree.js';

/**
 * Labels and shared definitions of a record shipped by @tremplin/schemas: titles, descriptions and
 * option labels in French and English from its catalogue; `$ref`s into the common definitions.
 */
export function recordSource(record: RecordName): TreeSource {
  return {
    // A local ref (`#/$defs/date`) inside a shared definition points into the common document.
    resolve: (ref) => (resolveSchemaRef(ref, record) ?? resolveSchemaRef(ref, 'common'))?.node as SchemaNode | undefined,
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
