import { fieldInfo, resolveSchemaRef, valueAt, type RecordName } from '@tremplin/schemas/catalogue';
import type { SchemaNode, TreeSource } from './schema-tree.js';

/**
 * Labels and shared definitions of a record shipped by @tremplin/schemas: titles, descriptions and
 * option labels in French and English from its catalogue; `$ref`s into the common definitions.
 */
export function recordSource(record: RecordName): TreeSource {
  // A record's fields share a few definitions (a date, a person): each is looked up once.
  const refs = new Map<string, SchemaNode | undefined>();
  return {
    // A local ref (`#/$defs/date`) inside a shared definition points into the common document.
    resolve(ref) {
      if (!refs.has(ref)) refs.set(ref, (resolveSchemaRef(ref, record) ?? resolveSchemaRef(ref, 'common'))?.node as SchemaNode | undefined);
      return refs.get(ref);
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
