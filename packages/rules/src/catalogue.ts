import { plusDays } from '@tremplin/schemas';
import { RULESET_IDS, getRulesetData } from './registry.js';
import { factsRead } from './load.js';
import { resolveRuleset } from './amend.js';
import { OPERATOR_SYMBOLS } from './operators.js';
import type { Localised, Reference, RulesetData, RulesetKind, VersionDiff, When } from './types.js';

/** One row of the rules catalogue: a condition of one version of one rule set. */
export interface RuleListing {
  ruleset: string;
  kind: RulesetKind;
  rulesetTitle: Localised;
  version: string;
  validFrom: string;
  /** Day before the next version starts; null while in force. */
  validUntil: string | null;
  condition: string;
  label: Localised;
  step?: Localised;
  /** The condition in readable form: `stoppageDays > 30 ET stoppageInProgress = true`. */
  expression: string;
  facts: string[];
  references: Reference[];
  /** In a version that amends another: whether it added or replaced this condition, or kept it. */
  change?: 'added' | 'replaced' | 'unchanged';
}

/** One version of a rule set, with what it changed from the version it amends. */
export interface VersionListing {
  ruleset: string;
  version: string;
  validFrom: string;
  validUntil: string | null;
  note?: string;
  references: Reference[];
  /** Absent for a version stated whole (the first one, or one that amends nothing). */
  diff?: VersionDiff;
}


export function expressionOf(when: When): string {
  if ('fact' in when) return `${when.fact} ${OPERATOR_SYMBOLS[when.operator]} ${JSON.stringify(when.value)}`;
  if ('not' in when) return `NON (${expressionOf(when.not)})`;
  const [word, parts] = 'all' in when ? ['ET', when.all] : ['OU', when.any];
  return parts.map((p) => ('fact' in p ? expressionOf(p) : `(${expressionOf(p)})`)).join(` ${word} `);
}

/**
 * Every condition of every version of the given rule sets (all shipped ones by default), with its
 * references and dates: the documentation builds the rules catalogue from this.
 */
export function listRules(rulesets: RulesetData[] = RULESET_IDS.map(getRulesetData)): RuleListing[] {
  const rows: RuleListing[] = [];
  for (const data of rulesets) {
    const versions = resolveRuleset(data).versions;
    versions.forEach((v, i) => {
      const next = versions[i + 1];
      const added = new Set(v.diff?.addedConditions ?? []);
      const replaced = new Set(v.diff?.replacedConditions.map((r) => r.id) ?? []);
      for (const c of v.conditions) {
        const row: RuleListing = {
          ruleset: data.id,
          kind: data.kind,
          rulesetTitle: data.title,
          version: v.version,
          validFrom: v.validFrom,
          validUntil: next ? plusDays(next.validFrom, -1)! : null,
          condition: c.id,
          label: c.label,
          expression: expressionOf(c.when),
          facts: factsRead(c.when),
          references: c.references,
        };
        if (c.step) row.step = c.step;
        if (v.diff) row.change = added.has(c.id) ? 'added' : replaced.has(c.id) ? 'replaced' : 'unchanged';
        rows.push(row);
      }
    });
  }
  return rows;
}

/**
 * Every version of the given rule sets with its dates, references and, for an amending version,
 * what it changed from the version it amends (conditions, references, facts): the catalogue's
 * « what changed, from which text ».
 */
export function listVersions(rulesets: RulesetData[] = RULESET_IDS.map(getRulesetData)): VersionListing[] {
  const out: VersionListing[] = [];
  for (const data of rulesets) {
    const versions = resolveRuleset(data).versions;
    versions.forEach((v, i) => {
      const next = versions[i + 1];
      const row: VersionListing = { ruleset: data.id, version: v.version, validFrom: v.validFrom, validUntil: next ? plusDays(next.validFrom, -1)! : null, references: v.references };
      if (v.note) row.note = v.note;
      if (v.diff) row.diff = v.diff;
      out.push(row);
    });
  }
  return out;
}
