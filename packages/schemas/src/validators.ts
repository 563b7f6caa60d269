// Every record at once (the main entry): registered here, so that getSchema, fieldInfo, projectFor…
// know every record synchronously, and each with its typed validator.
import { ALL_RECORDS } from './generated/all-records.js';
import type * as T from './generated/types.js';
import { registerRecord, type RecordData } from './registry.js';
import { createValidator, type Validator } from './validate.js';

for (const data of ALL_RECORDS) registerRecord(data);
const raw = Object.fromEntries(ALL_RECORDS.map((data) => [data.name, data.validate])) as Record<string, RecordData['validate']>;

export const validateReferral = createValidator<T.Referral>('referral', raw['referral']!);
export const validateChanceRequest = createValidator<T.ChanceRequest>('chance-request', raw['chance-request']!);
export const validateActionPlan = createValidator<T.ActionPlan>('action-plan', raw['action-plan']!);
export const validateConsent = createValidator<T.Consent>('consent', raw['consent']!);
export const validateCommissionTracking = createValidator<T.CommissionTracking>('commission-tracking', raw['commission-tracking']!);
export const validateObservationPlacement = createValidator<T.ObservationPlacement>('observation-placement', raw['observation-placement']!);
export const validateVacantPosts = createValidator<T.VacantPosts>('vacant-posts', raw['vacant-posts']!);
export const validateContractualisation = createValidator<T.Contractualisation>('contractualisation', raw['contractualisation']!);
export const validateTutoredPlacement = createValidator<T.TutoredPlacement>('tutored-placement', raw['tutored-placement']!);
export const validateTimeline = createValidator<T.Timeline>('timeline', raw['timeline']!);
export const validateLetter = createValidator<T.Letter>('letter', raw['letter']!);

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

