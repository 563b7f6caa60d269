import type { ValidationIssue } from '@tremplin/schemas';

export type PdfErrorCode =
  | 'unknown-document'
  | 'invalid-audience'
  | 'invalid-locale'
  | 'invalid-options'
  | 'invalid-record'
  /** The record holds a character none of the embedded fonts can draw: the message names it. */
  | 'unsupported-character'
  /** The data is larger than `limits.maxDataBytes`: refused before layout, never truncated. */
  | 'too-large'
  /** The document would have more pages than `limits.maxPages`: refused, never truncated. */
  | 'too-many-pages'
  /** A batch job took longer than its `timeoutMs`: its worker was stopped and replaced. */
  | 'timeout'
  | 'render-failed';

/** Every error this package throws: `code` says what, `issues` names each failing field of a record. */
export class TremplinPdfError extends Error {
  override readonly name = 'TremplinPdfError';
  constructor(
    readonly code: PdfErrorCode,
    message: string,
    readonly issues: ValidationIssue[] = [],
  ) {
    // Bounded: a message never carries a whole record.
    super(message.length > 2000 ? `${message.slice(0, 2000)}…` : message);
  }

  toJSON() {
    return { name: this.name, code: this.code, message: this.message, issues: this.issues.slice(0, 50) };
  }
}
