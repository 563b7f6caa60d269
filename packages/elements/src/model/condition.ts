import type { SchemaNode } from './schema-tree.js';

/**
 * Whether a value matches the small part of JSON Schema that the records' `if` clauses use:
 * `const`, `enum`, `not`, `required`, `properties`, `allOf`, `anyOf`. Enough to show or hide a
 * conditional field while typing; validation proper is the precompiled validator's job.
 */
export function matches(schema: SchemaNode, value: unknown): boolean {
  if ('const' in schema && value !== schema.const) return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return false;
  if (schema.not && typeof schema.not === 'object' && matches(schema.not as SchemaNode, value)) return false;
  if (Array.isArray(schema.allOf) && !schema.allOf.every((s) => matches(s as SchemaNode, value))) return false;
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s) => matches(s as SchemaNode, value))) return false;
  const object = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  if (Array.isArray(schema.required) && !(object && schema.required.every((k) => k in object))) return false;
  if (schema.properties && object) {
    for (const [k, sub] of Object.entries(schema.properties as Record<string, SchemaNode>)) {
      if (k in object && !matches(sub, object[k])) return false;
    }
  }
  return true;
}
