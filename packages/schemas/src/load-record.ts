import { LOADERS } from './generated/loaders.js';
import { TremplinRecordError } from './record-error.js';
import { isRecordName, type RecordName } from './record-names.js';
import { isRecordLoaded, registerRecord } from './registry.js';

// Apart from the registry: a bundler that splits code gives a page every module its entry reaches by
// an import statement, used or not (esbuild does), and these loaders reach every record's chunk.
// `@tremplin/schemas/base` (what a host-schema form imports) reaches the registry, never this.

/**
 * Loads one record's schema, labels and validator (a separate chunk in a bundler that splits code),
 * so that a page showing one form does not ship the other ten. Resolves at once when loaded.
 * @example
 * import { loadRecord, validatorFor } from '@tremplin/schemas/core';
 * await loadRecord('consent');
 * validatorFor('consent')(input).valid;
 */
export async function loadRecord(name: RecordName): Promise<void> {
  if (isRecordLoaded(name)) return;
  const load = isRecordName(name) ? LOADERS[name] : undefined;
  if (!load) throw new TremplinRecordError('unknown-record', 'loadRecord: not a record name (see RECORD_NAMES)');
  registerRecord((await load()).record);
}
