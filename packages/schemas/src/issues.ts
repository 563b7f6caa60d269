import type { Locale } from './locale.js';

/**
 * Why a value was refused. Schema keywords keep their JSON Schema name (`required`, `format`…);
 * the rest say what the guard found before validation: `not-json` (a function, a cycle, NaN…),
 * `too-large` (depth or size over the limits) and `unreadable` (a getter or proxy that throws).
 */
export type IssueCode =
  | 'required' | 'type' | 'format' | 'minLength' | 'maxLength' | 'pattern'
  | 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum'
  | 'enum' | 'const' | 'additionalProperties' | 'minItems' | 'maxItems' | 'uniqueItems'
  | 'contains' | 'not' | 'not-json' | 'too-large' | 'unreadable' | 'unknown';

/** One problem in a record: where (JSON pointer), what (code) and a sentence for people. */
export interface ValidationIssue {
  /** JSON pointer to the offending value, e.g. `/worker/lastName`; '' for the record itself. */
  path: string;
  code: IssueCode;
  /** Ready to show: the field's label and what is wrong, in the requested language. */
  message: string;
  /** The field's label alone, in the requested language, when the schema has one. */
  label?: string;
  params: Record<string, unknown>;
}

export type ValidationResult<T> =
  | { valid: true; value: T; issues: [] }
  | { valid: false; issues: ValidationIssue[] };

export interface ValidateOptions {
  /** Language of the messages; French by default. */
  locale?: Locale;
}
