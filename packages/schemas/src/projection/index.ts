/**
 * @tremplin/schemas/projection: the one audience projection (what each audience may read of a
 * record), for pages using the core entry. The main entry exports the same functions.
 * @example
 * import { projectFor } from '@tremplin/schemas/projection';
 * projectFor('referral', referral, { audience: 'employer', consents }).value;
 * @module projection
 */
export { projectFor, isVisible, type Projection, type ProjectionOptions, type WithheldItem, type ReleasedItem, type VisibilityOptions } from './project.js';
export { AUDIENCES, isAudience, accessOf, canAudienceRead, type Audience, type Access, type AccessContext, type Opening, type WithheldReason } from './access.js';
export { CONSENT_SCOPES, consentAt, type ConsentRecord, type ConsentScope, type ConsentState } from './consent.js';
export { TremplinProjectionError, isTremplinProjectionError, type ProjectionErrorCode } from './error.js';
export { textDigest, releaseOf, type TextRelease } from './release.js';
export { secrecyReview, type ReviewRow } from './review.js';
