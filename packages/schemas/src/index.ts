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

export * from './core.js';
export {
  projectFor, isVisible, canAudienceRead, accessOf, consentAt, CONSENT_SCOPES, secrecyReview, textDigest, releaseOf,
} from './projection/index.js';
export {
  toFhirQuestionnaire, toFhirQuestionnaireResponse, TremplinFhirError, FHIR_BASE, type FhirResponseOptions,
  type FhirQuestionnaire, type FhirQuestionnaireItem, type FhirQuestionnaireResponse, type FhirResponseItem, type FhirAnswer, type FhirCoding,
} from './fhir.js';
// Every record registered, with its typed validator: what Node code (rules, pdf, CLIs) imports.
export { validateReferral, validateChanceRequest, validateActionPlan, validateConsent, validateCommissionTracking, validateObservationPlacement, validateVacantPosts, validateContractualisation, validateTutoredPlacement, validateTimeline, validateLetter, validators, type RecordTypes } from './validators.js';
