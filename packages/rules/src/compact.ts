import type { ConditionResult, Decision, Localised, Outcome, Reference } from './types.js';

/** A decision without the per-condition detail: what bulk consumers store (one line per case). */
export interface CompactDecision {
  ruleset: string;
  version: string;
  validFrom: string;
  asOf: string;
  outcome: Outcome;
  steps: Array<{ id: string; step?: Localised; deadline?: ConditionResult['deadline']; references: Reference[] }>;
  /** Ids of the conditions that failed / stayed undecided. */
  failed: string[];
  missing: string[];
  missingFacts: string[];
  ignoredFacts: string[];
  explanation: Localised;
}

/**
 * Keeps what a batch of thousands of cases needs: the outcome, the step with its deadline and
 * references, which conditions failed or wait for facts, and the explanation. A full decision of a
 * long procedure weighs ~14 kB; this one a few hundred bytes.
 * @example decideNdjson('reclassement-path', input, { detail: 'compact' })
 */
export function compactDecision(d: Decision): CompactDecision {
  const failed: string[] = [];
  const missing: string[] = [];
  for (const c of d.conditions) {
    if (c.status === 'failed') failed.push(c.id);
    else if (c.status === 'missing') missing.push(c.id);
  }
  return {
    ruleset: d.ruleset,
    version: d.version,
    validFrom: d.validFrom,
    asOf: d.asOf,
    outcome: d.outcome,
    steps: d.steps.map((s) => (s.deadline ? { id: s.id, step: s.step, deadline: s.deadline, references: s.references } : { id: s.id, step: s.step, references: s.references })),
    failed,
    missing,
    missingFacts: d.missingFacts,
    ignoredFacts: d.ignoredFacts,
    explanation: d.explanation,
  };
}
