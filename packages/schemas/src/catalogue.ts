import { COMMON_SCHEMA } from './generated/common.js';
import { RECORD_NAMES } from './generated/names.js';
import type { Confidentiality, FieldInfo } from './catalogue-types.js';
import { fieldPattern, valueAt } from './pointer.js';
import { recordData, requireRecord } from './registry.js';
import { isRecordName, type RecordName } from './record-names.js';

export { RECORD_NAMES, fieldPattern, isRecordName, type RecordName };

const schemaOf = (name: string): Readonly<Record<string, unknown>> | undefined =>
  name === 'common' ? (COMMON_SCHEMA as Readonly<Record<string, unknown>>) : recordData(name)?.schema;

/**
 * The JSON Schema document of a record (2020-12). Shared definitions are in `getSchema('common')`.
 * Throws TremplinRecordError for a name that is not a record, or a record not loaded (core entry).
 * @example getSchema('referral').title // 'Fiche de signalement'
 */
export function getSchema(name: RecordName | 'common'): Readonly<Record<string, unknown>> {
  return schemaOf(name) ?? requireRecord(name).schema;
}

/**
 * Where a `$ref` of our schemas leads: `common.schema.json#/$defs/date` from a record, `#/$defs/date`
 * inside the document `base`. Returns the node and the document it lies in (its own `$ref`s are
 * relative to that one), or undefined for a reference outside our schemas.
 * @example resolveSchemaRef('common.schema.json#/$defs/person', 'referral')?.node.required // ['lastName', 'firstName']
 */
export function resolveSchemaRef(ref: string, base: RecordName | 'common'): { node: Readonly<Record<string, unknown>>; document: RecordName | 'common' } | undefined {
  const [file = '', pointer = ''] = ref.split('#');
  const name = file === '' ? base : file.replace(/\.schema\.json$/, '');
  if (name !== 'common' && !isRecordName(name)) return undefined;
  const document = schemaOf(name);
  const node = document && valueAt(document, pointer);
  return node && typeof node === 'object' ? { node: node as Readonly<Record<string, unknown>>, document: name } : undefined;
}

/**
 * What the schema says about one field of a record, by JSON pointer (array indexes allowed).
 * @example fieldInfo('referral', '/worker/lastName')?.title?.en // 'Last name'
 */
export function fieldInfo(name: RecordName, path: string): FieldInfo | undefined {
  return recordData(name)?.fields[fieldPattern(path)];
}

/** Every field of a record with its path pattern, in schema order. */
export function listFields(name: RecordName): Array<[pattern: string, info: FieldInfo]> {
  return Object.entries(recordData(name)?.fields ?? {}).filter(([pattern]) => pattern !== '');
}

const RANK: Record<Confidentiality, number> = { professional: 0, personal: 1, medical: 2 };

/**
 * The confidentiality class of a field: the most protected class on its path, its own or any
 * container's, since a value is as confidential as what holds it (the dates of a therapeutic
 * part-time period are medical even though a period's dates are not). An unknown path is `medical`:
 * when in doubt, the most protected class.
 * @example confidentialityOf('commission-tracking', '/cases/0/history/therapeuticPartTime/0/end') // 'medical'
 */
export function confidentialityOf(name: RecordName, path: string): Confidentiality {
  const fields = recordData(name)?.fields;
  let pattern = fieldPattern(path);
  if (!fields?.[pattern]) return 'medical';
  let strictest: Confidentiality | undefined;
  while (pattern !== '') {
    const found = fields[pattern]?.confidentiality;
    if (found && (!strictest || RANK[found] > RANK[strictest])) strictest = found;
    pattern = pattern.slice(0, pattern.lastIndexOf('/'));
  }
  return strictest ?? 'medical';
}
