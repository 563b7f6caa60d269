/**
 * @tremplin/schemas/base: what reads no record — pointers, locales, audiences' names, dates,
 * record names, the typed errors. What a page imports before it knows which record it shows: a form
 * with the host's own schema needs nothing else, and a bundler keeps the record catalogue, the shared
 * definitions and the validation wrappers (reached from `/core`) out of its first chunk. `/core` and the
 * main entry export all of it too.
 *
 * @example
 * import { valueAt } from '@tremplin/schemas/base';
 * valueAt({ worker: { lastName: 'Martin' } }, '/worker/lastName'); // 'Martin'
 *
 * @module base
 */

export type { ValidationIssue, ValidationResult, ValidateOptions, IssueCode } from './issues.js';
export type { Locale } from './locale.js';
export { DEFAULT_LOCALE, isLocale } from './locale.js';
export type { Confidentiality, FieldInfo, Localised } from './catalogue-types.js';
export { escapePointer, unescapePointer, pointerParts, valueAt, fieldPattern } from './pointer.js';
export { invalidValuePaths } from './invalid-paths.js';
export type { MessageTable } from './messages.js';
export * from './facts/index.js';
export { AUDIENCES, AUDIENCE_LABELS, isAudience, type Audience } from './audience.js';
// The projection itself is `@tremplin/schemas/projection`: a form with a host schema never loads it.
export { TremplinProjectionError, isTremplinProjectionError, type ProjectionErrorCode } from './projection/error.js';
export { parseDate, toIsoDate, today, plusDays, plusMonths, inclusiveDays, monthsBetween, type IsoDate } from './dates.js';
export { describeGiven, describeName, describeValue } from './describe.js';
export { RECORD_NAMES } from './generated/names.js';
export { isRecordName, type RecordName } from './record-names.js';
export { isRecordLoaded, areFieldsLoaded } from './registry.js';
export { TremplinRecordError, isTremplinRecordError, type RecordErrorCode } from './record-error.js';

// Types only: they cost a page nothing.
export type {
  ActionPlan, ChanceRequest, CommissionTracking, Consent, Contractualisation, ObservationPlacement,
  Referral, Timeline, TutoredPlacement, VacantPosts, Letter, Person, Actor, Signature, Agreement, Period,
} from './generated/types.js';

export type { Validator } from './validate.js';
export type {
  Projection, ProjectionOptions, WithheldItem, ReleasedItem, VisibilityOptions, Access, AccessContext,
  Opening, WithheldReason, ConsentRecord, ConsentScope, ConsentState, TextRelease, ReviewRow,
} from './projection/index.js';
export type { Draft } from './draft.js';
