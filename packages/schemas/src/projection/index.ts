export { projectFor, isVisible, type Projection, type ProjectionOptions, type WithheldItem, type ReleasedItem, type VisibilityOptions } from './project.js';
export { accessOf, canAudienceRead, type Access, type AccessContext, type Opening, type WithheldReason } from './access.js';
export { CONSENT_SCOPES, consentAt, type ConsentRecord, type ConsentScope, type ConsentState } from './consent.js';
export { TremplinProjectionError, isTremplinProjectionError, type ProjectionErrorCode } from './error.js';
export { textDigest, releaseOf, type TextRelease } from './release.js';
export { secrecyReview, type ReviewRow } from './review.js';
