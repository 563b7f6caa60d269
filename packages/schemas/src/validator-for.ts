import { requireRecord } from './registry.js';
import type { RecordName } from './record-names.js';
import { createValidator, type Validator } from './validate.js';

const cache = new Map<string, Validator<unknown>>();

/**
 * The validator of a loaded record, by name: for code that handles records generically (forms,
 * CLIs) with the core entry. Throws TremplinRecordError when the record is not loaded.
 * @example
 * import { loadRecord, validatorFor } from '@tremplin/schemas/core';
 * await loadRecord('letter');
 * const { valid, issues } = validatorFor('letter')(input, { locale: 'en' });
 */
export function validatorFor(name: RecordName): Validator<unknown> {
  let validator = cache.get(name);
  if (!validator) cache.set(name, (validator = createValidator(name, requireRecord(name).validate)));
  return validator;
}
