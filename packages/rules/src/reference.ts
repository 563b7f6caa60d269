/**
 * @tremplin/rules/reference: the same rule data evaluated by json-rules-engine, the reference
 * semantics that `decide()` is tested against. A separate entry so that browser bundles of
 * `@tremplin/rules` do not carry json-rules-engine.
 *
 * @example
 * import { getRuleset } from '@tremplin/rules';
 * import { createReferenceEngine } from '@tremplin/rules/reference';
 * const outcomes = await createReferenceEngine(getRuleset('chance'), '2026-01-01').evaluate(facts);
 */
export { createReferenceEngine } from './reference-engine.js';
