import chance from '../rulesets/chance.rules.json';
import chancePlan from '../rulesets/chance-plan.rules.json';
import reclassementConditions from '../rulesets/reclassement-conditions.rules.json';
import reclassementPath from '../rulesets/reclassement-path.rules.json';
import essaiEncadre from '../rulesets/essai-encadre.rules.json';
import crpe from '../rulesets/crpe.rules.json';
import visites from '../rulesets/visites.rules.json';
import { TremplinRulesError } from './errors.js';
import { loadRuleset, type Ruleset } from './load.js';
import type { RulesetData } from './types.js';

/** Names of the rule sets shipped with Tremplin. */
export const RULESET_IDS = ['chance', 'chance-plan', 'reclassement-conditions', 'reclassement-path', 'essai-encadre', 'crpe', 'visites'] as const;
export type RulesetId = (typeof RULESET_IDS)[number];

const DATA: Record<RulesetId, RulesetData> = {
  chance: chance as unknown as RulesetData,
  'chance-plan': chancePlan as unknown as RulesetData,
  'reclassement-conditions': reclassementConditions as unknown as RulesetData,
  'reclassement-path': reclassementPath as unknown as RulesetData,
  'essai-encadre': essaiEncadre as unknown as RulesetData,
  crpe: crpe as unknown as RulesetData,
  visites: visites as unknown as RulesetData,
};

const cache = new Map<string, Ruleset>();

/**
 * A shipped rule set, compiled on first use.
 * @example decide(getRuleset('crpe'), facts)
 */
export function getRuleset(id: string): Ruleset {
  let ruleset = cache.get(id);
  if (!ruleset) {
    if (!(RULESET_IDS as readonly string[]).includes(id)) {
      throw new TremplinRulesError('unknown-ruleset', `Unknown rule set "${id}"; shipped rule sets: ${RULESET_IDS.join(', ')}`, { details: { ruleset: id, known: [...RULESET_IDS] } });
    }
    ruleset = loadRuleset(DATA[id as RulesetId]);
    cache.set(id, ruleset);
  }
  return ruleset;
}

/** The raw rule data of a shipped rule set (what the rules catalogue is built from). */
export function getRulesetData(id: RulesetId): RulesetData {
  return DATA[id];
}
