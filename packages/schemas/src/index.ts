/**
 * @tremplin/schemas: the records of job retention after health problems, as JSON Schema 2020-12,
 * with generated types, precompiled validators (no `new Function`: safe under a strict CSP),
 * French / English messages and the fact mappings that feed @tremplin/rules.
 *
 * @example
 * import { validateReferral } from '@tremplin/schemas';
 * const result = validateReferral(input);
 * if (!result.valid) for (const issue of result.issues) console.log(issue.path, issue.message);
 *
 * @module schemas
 */

export type {
  ActionPlan, ChanceRequest, CommissionTracking, Consent, Contractualisation, ObservationPlacement,
  Referral, Timeline, TutoredPlacement, VacantPosts, Letter, Person, Actor, Signature, Agreement, Period,
} from './generated/types.js';

export { validateReferral, validateChanceRequest, validateActionPlan, validateConsent, validateCommissionTracking, validateObservationPlacement, validateVacantPosts, validateContractualisation, validateTutoredPlacement, validateTimeline, validateLetter, validators, type RecordTypes } from './validators.js';
export type { Validator } from './validate.js';
export type { ValidationIssue, ValidationResult, ValidateOptions, IssueCode } from './issues.js';
export type { Locale } from './locale.js';
export { DEFAULT_LOCALE, isLocale } from './locale.js';
export type { Confidentiality, FieldInfo, Localised } from './catalogue-types.js';
export { RECORD_NAMES, isRecordName, getSchema, resolveSchemaRef, fieldInfo, fieldPattern, listFields, confidentialityOf, type RecordName } from './catalogue.js';
export { escapePointer, unescapePointer, pointerParts, valueAt } from './pointer.js';
export { invalidValuePaths } from './validate.js';
export { MESSAGES, type MessageTable } from './messages.js';
export { LIMITS } from './guard.js';
export { formats } from './formats.js';
export * from './facts/index.js';
export { AUDIENCES, AUDIENCE_LABELS, isAudience, isVisible, canAudienceRead, type Audience } from './audience.js';
export {
  projectFor, accessOf, consentAt, CONSENT_SCOPES, secrecyReview, type ReviewRow, TremplinProjectionError, isTremplinProjectionError, textDigest, releaseOf,
  type Projection, type ProjectionOptions, type WithheldItem, type ReleasedItem, type VisibilityOptions, type Access, type AccessContext,
  type Opening, type WithheldReason, type ConsentRecord, type ConsentScope, type ConsentState, type ProjectionErrorCode, type TextRelease,
} from './projection/index.js';
export type { Draft } from './draft.js';
export {
  toFhirQuestionnaire, toFhirQuestionnaireResponse, TremplinFhirError, FHIR_BASE, type FhirResponseOptions,
  type FhirQuestionnaire, type FhirQuestionnaireItem, type FhirQuestionnaireResponse, type FhirResponseItem, type FhirAnswer, type FhirCoding,
} from './fhir.js';
export { parseDate, toIsoDate, today, plusDays, plusMonths, inclusiveDays, monthsBetween, type IsoDate } from './dates.js';
export { describeGiven, describeName, describeValue } from './describe.js';
