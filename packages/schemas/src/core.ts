/**
 * @tremplin/schemas/core: the functions of @tremplin/schemas with no record loaded, for pages that
 * ship only the records they show. Import `@tremplin/schemas/records/<name>` for a record known at
 * build time, or await `loadRecord(name)` (a chunk of its own when bundled). The audience projection
 * is `@tremplin/schemas/projection`; FHIR and every record at once, the main entry. It exports all of
 * `@tremplin/schemas/catalogue` (no validation), itself all of `@tremplin/schemas/base` (what reads no
 * record): a page's first chunk may import one of those alone.
 *
 * @example
 * import { getSchema } from '@tremplin/schemas/core';
 * import { projectFor } from '@tremplin/schemas/projection';
 * import { validateReferral } from '@tremplin/schemas/records/referral';
 * if (validateReferral(input).valid) send(projectFor('referral', input, { audience: 'employer' }).value);
 *
 * @module core
 */

export * from './catalogue-entry.js';
export { validatorFor } from './validator-for.js';
export { LIMITS } from './guard.js';
export { formats } from './formats.js';
export { MESSAGES } from './messages.js';
