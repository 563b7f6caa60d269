import { RECORD_NAMES } from './generated/names.js';

/** Names of the record schemas: `referral`, `chance-request`, `action-plan`… */
export type RecordName = (typeof RECORD_NAMES)[number];

/**
 * Whether a value names one of our records. Apart from the registry so that a page drawing a host
 * schema (which asks only this) does not carry the record loaders.
 * @example isRecordName('referral') // true
 */
export function isRecordName(value: unknown): value is RecordName {
  return typeof value === 'string' && (RECORD_NAMES as readonly string[]).includes(value);
}
