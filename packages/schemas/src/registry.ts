import type { FieldInfo } from './catalogue-types.js';
import { PACKAGE_VERSION } from './generated/names.js';
import type { RawValidator } from './raw-validator.js';
import { TremplinRecordError } from './record-error.js';
import { isRecordName, type RecordName } from './record-names.js';

/** What a form needs to show a record: its schema and its fields (labels, classes). */
export interface RecordFields {
  name: string;
  schema: Readonly<Record<string, unknown>>;
  fields: Readonly<Record<string, FieldInfo>>;
}
/** What one record module holds: its schema, its fields (labels, classes) and its precompiled validator. */
export interface RecordData extends RecordFields {
  validate: RawValidator;
}
const hasValidator = (data: RecordFields | undefined): data is RecordData => typeof (data as RecordData | undefined)?.validate === 'function';

// One registry per page or process, even when both the ESM and the CommonJS copies of this package
// are loaded (or two entry points each carry their own copy): it hangs off a registered symbol. The
// key names the version, so that two versions on one page never read each other's records and classes;
// a slot holding anything but a Map is left alone and this copy keeps its own.
const KEY = Symbol.for(`tremplin.schemas.records@${PACKAGE_VERSION}`);
const global = globalThis as { [KEY]?: unknown };
const registry: Map<string, RecordFields> = global[KEY] instanceof Map ? (global[KEY] as Map<string, RecordFields>) : new Map();
if (global[KEY] === undefined) global[KEY] = registry;

/** Makes a record's data available to every function of this package (done by the entry points). */
export function registerRecord(data: RecordData): void {
  if (isRecordName(data.name) && !hasValidator(registry.get(data.name))) registry.set(data.name, data);
}

/** Makes a record's schema and fields available before its validator (done by `records/<name>/fields`). */
export function registerRecordFields(data: RecordFields): void {
  if (isRecordName(data.name) && !registry.has(data.name)) registry.set(data.name, data);
}

/** A record's schema and fields, with or without its validator; undefined when not loaded yet or not a record. */
export function recordData(name: string): RecordFields | undefined {
  return isRecordName(name) ? registry.get(name) : undefined;
}

/** A loaded record's data with its validator, or a typed error saying it is not a record or not loaded yet. */
export function requireRecord(name: string): RecordData {
  const data = recordData(name);
  if (hasValidator(data)) return data;
  throw isRecordName(name)
    ? new TremplinRecordError('record-not-loaded', `record "${name}" is not loaded: import '@tremplin/schemas/records/${name}' or await loadRecord('${name}')`)
    : new TremplinRecordError('unknown-record', 'not a record name (see RECORD_NAMES)');
}

/**
 * Whether a record's schema, labels and validator are loaded. Always true with the main entry
 * (`@tremplin/schemas`); with `@tremplin/schemas/core`, after its `records/<name>` entry was
 * imported or `loadRecord(name)` resolved.
 * @example isRecordLoaded('referral') // true once '@tremplin/schemas/records/referral' is imported
 */
export function isRecordLoaded(name: RecordName): boolean {
  return hasValidator(registry.get(name));
}

/**
 * Whether a record's schema, labels and classes are here: after `isRecordLoaded`, or once its
 * `records/<name>/fields` entry was imported (its validator may still be loading). What a form
 * needs to draw it, and the audience projection to judge it.
 * @example areFieldsLoaded('referral') // true once '@tremplin/schemas/records/referral/fields' is imported
 */
export function areFieldsLoaded(name: RecordName): boolean {
  return registry.has(name);
}
