import { describe, expect, it } from 'vitest';
import { loadRuleset } from './load.js';
import { getRulesetData } from './registry.js';
import type { RulesetData } from './types.js';

const base = (): RulesetData => structuredClone(getRulesetData('reclassement-conditions'));
const code = (data: RulesetData) => {
  try {
    loadRuleset(data);
  } catch (e) {
    return (e as { code: string }).code;
  }
  return 'loaded';
};

describe('loading rule data', () => {
  it('loads every shipped rule set', () => {
    for (const id of ['chance', 'chance-plan', 'reclassement-conditions', 'reclassement-path', 'essai-encadre', 'crpe', 'visites'] as const) {
      expect(code(structuredClone(getRulesetData(id)))).toBe('loaded');
    }
  });

  it.each(['disciplinaryRecord', 'electedOfficialPressure', 'skills', 'status', 'subjectiveElements', 'previousEvaluations', 'expressRequest', 'lossOfAdvantages'])(
    'refuses a rule that reads the forbidden fact %s',
    (fact) => {
      const data = base();
      data.versions[1]!.conditions[0]!.when = { all: [{ fact: 'unfitnessLasting', operator: 'equal', value: true }, { fact, operator: 'equal', value: true }] };
      expect(code(data)).toBe('forbidden-fact');
    },
  );

  it('refuses a forbidden fact hidden under not/any', () => {
    const data = base();
    data.versions[0]!.conditions[2]!.when = { not: { any: [{ fact: 'agentAccepts', operator: 'equal', value: false }, { fact: 'disciplinaryRecord', operator: 'equal', value: true }] } };
    expect(code(data)).toBe('forbidden-fact');
  });

  it('refuses an undeclared fact, an unknown operator and a value of the wrong type', () => {
    const a = base();
    a.versions[0]!.conditions[0]!.when = { fact: 'unfitnesLasting', operator: 'equal', value: true };
    expect(code(a)).toBe('undeclared-fact');
    const b = base();
    b.versions[0]!.conditions[0]!.when = { fact: 'unfitnessLasting', operator: 'isTrue' as never, value: true };
    expect(code(b)).toBe('unknown-operator');
    const c = base();
    c.versions[0]!.conditions[0]!.when = { fact: 'unfitnessLasting', operator: 'equal', value: 'true' };
    expect(code(c)).toBe('invalid-value');
  });

  it('refuses a condition without a reference, and two versions starting the same day', () => {
    const a = base();
    a.versions[0]!.conditions[0]!.references = [];
    expect(code(a)).toBe('invalid-ruleset');
    const b = base();
    b.versions[1]!.validFrom = b.versions[0]!.validFrom;
    expect(code(b)).toBe('invalid-ruleset');
  });
});
