import type { RecordName } from '../catalogue.js';
import { actionPlanToFacts } from './action-plan.js';
import { chanceRequestToFacts } from './chance-request.js';
import { referralToFacts } from './referral.js';

export * from './action-plan.js';
export * from './chance-request.js';
export * from './referral.js';

/**
 * The rule set each record feeds, and how. Records absent from this table (the reclassement tool
 * sheets, consent) are documents, not decision inputs; their rule sets take plain fact objects.
 */
export const FACT_MAPPINGS = {
  referral: { ruleset: 'visites', toFacts: referralToFacts },
  'chance-request': { ruleset: 'chance', toFacts: chanceRequestToFacts },
  'action-plan': { ruleset: 'chance-plan', toFacts: actionPlanToFacts },
} as const satisfies Partial<Record<RecordName, { ruleset: string; toFacts: (record: never, options?: never) => object }>>;
