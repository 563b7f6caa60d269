/**
 * @tremplin/rules: eligibility and procedure decisions as versioned rule data, each one explained.
 *
 * @example
 * import { decide, getRuleset } from '@tremplin/rules';
 * const decision = decide(getRuleset('chance'), facts, { asOf: '2026-11-24' });
 * console.log(decision.outcome, decision.missingFacts, decision.explanation.fr);
 *
 * @module rules
 */
export { decide, type DecideOptions } from './decide.js';
export { compactDecision, type CompactDecision } from './compact.js';
export { computeIndicators, publishIndicators, DEFAULT_SMALL_COUNT_THRESHOLD, type Indicators, type Share, type PublishedIndicators, type PublishedCell } from './indicators.js';
export { projectDecision, SECRET, type ProjectedDecision, type ProjectedCondition, type ProjectedStatus, type ProjectDecisionOptions } from './project-decision.js';
export { decideRecord, type RecordDecisionOptions } from './decide-record.js';
export { decideDraft, type DraftDecision, type DraftDecisionOptions, type DraftRecordName } from './decide-draft.js';
export { loadRuleset, versionInForce, type Ruleset } from './load.js';
export { getRuleset, getRulesetData, RULESET_IDS, type RulesetId } from './registry.js';
export { listRules, expressionOf, type RuleListing } from './catalogue.js';
export { TremplinRulesError, isTremplinRulesError, type RulesErrorCode, type FactIssue } from './errors.js';
export { OPERATORS } from './operators.js';
export { formatDecision } from './cli/format.js';
export type * from './types.js';
