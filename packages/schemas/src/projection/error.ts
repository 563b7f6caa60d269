/**
 * The one error the audience projection throws. Branded with a registry symbol so that
 * `isTremplinProjectionError` recognises it across ESM and CommonJS copies of the package.
 */
const BRAND = Symbol.for('tremplin.projection-error');

export type ProjectionErrorCode =
  | 'unknown-record'
  | 'record-not-loaded'
  | 'unknown-audience'
  | 'bad-date'
  | 'bare-consent'
  | 'invalid-consent'
  | 'unknown-scope'
  | 'consent-other-person'
  | 'bad-options'
  | 'bad-record';

/** Longest message we ever build: messages name a code and an index, never the input. */
const MAX_MESSAGE = 300;

export class TremplinProjectionError extends Error {
  override readonly name = 'TremplinProjectionError';
  readonly [BRAND] = true;
  constructor(readonly code: ProjectionErrorCode, message: string) {
    super(message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message);
  }
}

export function isTremplinProjectionError(value: unknown): value is TremplinProjectionError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
