import * as raw from './generated/validators.js';
import type * as T from './generated/types.js';
import { createValidator, type Validator } from './validate.js';

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

