/**
 * @tremplin/schemas: the records of job retention after health problems, as JSON Schema 2020-12,
 * with generated types, precompiled validators (no `new Function`: safe under a strict CSP),
 * French / English messages and the fact mappings that feed @tremplin/rules.
 *
 * @example
 * import { validateReferral } from '@tremplin/schemas';
 * const result = validateReferral(input);
 * if (!result.valid) for (const issue of result.issues) console.log(issue.path, issue.message);
 */
import * as raw from './generated/validators.js';
import type * as T from './generated/types.js';
import { createValidator, type Validator } from './validate.js';

export type {
  ActionPlan, ChanceRequest, CommissionTracking, Consent, Contractualisation, ObservationPlacement,
  Referral, Timeline, TutoredPlacement, VacantPosts, Letter, Person, Actor, Signature, Agreement, Period,
} from './generated/types.js';

export const validateReferral = createValidator<T.Referral>('referral', raw.validateReferral);
export const validateChanceRequest = createValidator<T.ChanceRequest>('chance-request', raw.validateChanceRequest);
export const validateActionPlan = createValidator<T.ActionPlan>('action-plan', raw.validateActionPlan);
export const validateConsent = createValidator<T.Consent>('consent', raw.validateConsent);
export const validateCommissionTracking = createValidator<T.CommissionTracking>('commission-tracking', raw.validateCommissionTracking);
export const validateObservationPlacement = createValidator<T.ObservationPlacement>('observation-placement', raw.validateObservationPlacement);
export const validateVacantPosts = createValidator<T.VacantPosts>('vacant-posts', raw.validateVacantPosts);
export const validateContractualisation = createValidator<T.Contractualisation>('contractualisation', raw.validateContractualisation);
export const validateTutoredPlacement = createValidator<T.TutoredPlacement>('tutored-placement', raw.validateTutoredPlacement);
export const validateTimeline = createValidator<T.Timeline>('timeline', raw.validateTimeline);
export const validateLetter = createValidator<T.Letter>('letter', raw.validateLetter);

/** Record name → its TypeScript type. */
export interface RecordTypes {
  referral: T.Referral;
  'chance-request': T.ChanceRequest;
  'action-plan': T.ActionPlan;
  consent: T.Consent;
  'commission-tracking': T.CommissionTracking;
  'observation-placement': T.ObservationPlacement;
  'vacant-posts': T.VacantPosts;
  contractualisation: T.Contractualisation;
  'tutored-placement': T.TutoredPlacement;
  timeline: T.Timeline;
  letter: T.Letter;
}

/** Every validator by record name, for code that handles records generically (forms, CLIs). */
export const validators: { [K in keyof RecordTypes]: Validator<RecordTypes[K]> } = {
  referral: validateReferral,
  'chance-request': validateChanceRequest,
  'action-plan': validateActionPlan,
  consent: validateConsent,
  'commission-tracking': validateCommissionTracking,
  'observation-placement': validateObservationPlacement,
  'vacant-posts': validateVacantPosts,
  contractualisation: validateContractualisation,
  'tutored-placement': validateTutoredPlacement,
  timeline: validateTimeline,
  letter: validateLetter,
};

export type { Validator } from './validate.js';
export type { ValidationIssue, ValidationResult, ValidateOptions, IssueCode } from './issues.js';
export type { Locale } from './locale.js';
export { DEFAULT_LOCALE, isLocale } from './locale.js';
export type { Confidentiality, FieldInfo, Localised } from './catalogue-types.js';
export { RECORD_NAMES, isRecordName, getSchema, fieldInfo, fieldPattern, listFields, confidentialityOf, type RecordName } from './catalogue.js';
export { MESSAGES, type MessageTable } from './messages.js';
export { LIMITS } from './guard.js';
export { formats } from './formats.js';
export * from './facts/index.js';
export { AUDIENCES, AUDIENCE_LABELS, isAudience, isVisible, type Audience } from './audience.js';
export type { Draft } from './draft.js';
export { parseDate, toIsoDate, today, plusDays, plusMonths, inclusiveDays, monthsBetween, type IsoDate } from './dates.js';
