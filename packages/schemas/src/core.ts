/**
 * @tremplin/schemas/core: the functions of @tremplin/schemas with no record loaded, for pages that
 * ship only the records they show. Import `@tremplin/schemas/records/<name>` for a record known at
 * build time, or await `loadRecord(name)` (a chunk of its own when bundled). The audience projection
 * is `@tremplin/schemas/projection`; FHIR and every record at once, the main entry.
 *
 * @example
 * import { getSchema } from '@tremplin/schemas/core';
 * import { projectFor } from '@tremplin/schemas/projection';
 * import { validateReferral } from '@tremplin/schemas/records/referral';
 * if (validateReferral(input).valid) send(projectFor('referral', input, { audience: 'employer' }).value);
 *
 * @module core
 */

export type {
  ActionPlan, ChanceRequest, CommissionTracking, Consent, Contractualisation, ObservationPlacement,
  Referral, Timeline, TutoredPlacement, VacantPosts, Letter, Person, Actor, Signature, Agreement, Period,
} from './generated/types.js';

export type { Validator } from './validate.js';
export type { ValidationIssue, ValidationResult, ValidateOptions, IssueCode } from './issues.js';
export type { Locale } from './locale.js';
export { DEFAULT_LOCALE, isLocale } from './locale.js';
export type { Confidentiality, FieldInfo, Localised } from './catalogue-types.js';
export { RECORD_NAMES, isRecordName, getSchema, resolveSchemaRef, fieldInfo, fieldPattern, listFields, confidentialityOf, type RecordName } from './catalogue.js';
export { loadRecord, isRecordLoaded, type RecordData } from './registry.js';
export { validatorFor } from './validator-for.js';
export { TremplinRecordError, isTremplinRecordError, type RecordErrorCode } from './record-error.js';
export { escapePointer, unescapePointer, pointerParts, valueAt } from './pointer.js';
export { invalidValuePaths } from './invalid-paths.js';
export { MESSAGES, type MessageTable } from './messages.js';
export { LIMITS } from './guard.js';
export { formats } from './formats.js';
export * from './facts/index.js';
export { AUDIENCES, AUDIENCE_LABELS, isAudience, type Audience } from './audience.js';
// The projection itself is `@tremplin/schemas/projection`: a form with a host schema never loads it.
export { TremplinProjectionError, isTremplinProjectionError, type ProjectionErrorCode } from './projection/error.js';
export type {
  Projection, ProjectionOptions, WithheldItem, ReleasedItem, VisibilityOptions, Access, AccessContext,
  Opening, WithheldReason, ConsentRecord, ConsentScope, ConsentState, TextRelease, ReviewRow,
} from './projection/index.js';
export type { Draft } from './draft.js';
export { parseDate, toIsoDate, today, plusDays, plusMonths, inclusiveDays, monthsBetween, type IsoDate } from './dates.js';
export { describeGiven, describeName, describeValue } from './describe.js';
