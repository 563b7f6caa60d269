/**
 * Thrown when a record's data is asked for but is not a record or is not loaded (core entry).
 * Branded with a registry symbol so `isTremplinRecordError` recognises it across ESM and CommonJS.
 */
const BRAND = Symbol.for('tremplin.record-error');

export type RecordErrorCode = 'unknown-record' | 'record-not-loaded';

export class TremplinRecordError extends Error {
  override readonly name = 'TremplinRecordError';
  readonly [BRAND] = true;
  constructor(readonly code: RecordErrorCode, message: string) {
    super(message);
  }
}

export function isTremplinRecordError(value: unknown): value is TremplinRecordError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
