import { Engine, type TopLevelCondition } from 'json-rules-engine';
import { checkFacts } from './facts.js';
import { versionInForce, type Ruleset } from './load.js';
import type { Facts, When } from './types.js';

/**
 * Evaluates every condition of the version in force with json-rules-engine, the reference
 * semantics: one engine, one rule per condition. Conditions are met or failed only: the engine
 * has no notion of a missing fact, so callers compare on complete facts.
 *
 * Used by the tests (the compiled evaluator must agree on random facts) and by the benchmark
 * baseline; slower than decide(), and async.
 */
export function createReferenceEngine(ruleset: Ruleset, asOf: string) {
  const version = versionInForce(ruleset, asOf);
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const c of version.conditions) {
    engine.addRule({ name: c.data.id, conditions: toEngineConditions(c.data.when), event: { type: c.data.id } });
  }
  return {
    engine,
    /** Condition id → whether json-rules-engine finds it met. */
    async evaluate(input: Facts): Promise<Record<string, boolean>> {
      const { facts } = checkFacts(ruleset.data, input);
      const { results, failureResults } = await engine.run({ ...facts });
      const out: Record<string, boolean> = {};
      for (const r of results) out[r.name as string] = true;
      for (const r of failureResults) out[r.name as string] = false;
      return out;
    },
  };
}

// json-rules-engine requires `all` or `any` at the top of a rule; our trees may start with a test.
function toEngineConditions(when: When): TopLevelCondition {
  return ('all' in when || 'any' in when ? when : { all: [when] }) as TopLevelCondition;
}
