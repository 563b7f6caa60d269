import type { ValidationIssue } from '@tremplin/schemas';

export type PdfErrorCode = 'unknown-document' | 'invalid-audience' | 'invalid-locale' | 'invalid-record' | 'render-failed';

/** Every error this package throws: `code` says what, `issues` names each failing field of a record. */
export class TremplinPdfError extends Error {
  override readonly name = 'TremplinPdfError';
  constructor(
    readonly code: PdfErrorCode,
    message: string,
    readonly issues: ValidationIssue[] = [],
  ) {
    super(message);
  }

  toJSON() {
    return { name: this.name, code: this.code, message: this.message, issues: this.issues };
  }
}
