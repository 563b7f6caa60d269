/**
 * Thrown when the elements are asked for something they do not have (a tag name that is not one of
 * ours) or cannot be registered. Branded with a registry symbol so `isTremplinElementsError`
 * recognises it across copies of the package (ESM and CommonJS, or two bundles on one page).
 */
const BRAND = Symbol.for('tremplin.elements-error');

/**
 * `unknown-tag`: a name that is not one of ours; `not-registered`: the registry refused an element;
 * `bad-locale`, `bad-widget`: what `registerLocale` or `registerWidget` was given cannot be used.
 */
export type ElementsErrorCode = 'unknown-tag' | 'not-registered' | 'bad-locale' | 'bad-widget';

export class TremplinElementsError extends Error {
  override readonly name = 'TremplinElementsError';
  readonly [BRAND] = true;
  constructor(readonly code: ElementsErrorCode, message: string) {
    super(message);
  }
}

/** Whether a value is a `TremplinElementsError` (from any copy of this package). */
export function isTremplinElementsError(value: unknown): value is TremplinElementsError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
