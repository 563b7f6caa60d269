import { describe, expect, it } from 'vitest';
import { loadRuleset } from './load.js';
import { resolveRuleset } from './amend.js';
import { getRulesetData, RULESET_IDS } from './registry.js';
import { FORBIDDEN_FACTORS } from './forbidden.js';
import type { ConditionData, RulesetData } from './types.js';

const base = (): RulesetData => structuredClone(getRulesetData('reclassement-conditions'));
const first = (data: RulesetData): ConditionData[] => data.versions[0]!.conditions!;
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
    for (const id of RULESET_IDS) expect(code(structuredClone(getRulesetData(id)))).toBe('loaded');
  });

  it.each(Object.keys(FORBIDDEN_FACTORS))('refuses a rule that reads the forbidden factor %s, in any rule set', (fact) => {
    const data = base();
    first(data)[0]!.when = { all: [{ fact: 'unfitnessLasting', operator: 'equal', value: true }, { fact, operator: 'equal', value: true }] };
    expect(code(data)).toBe('forbidden-fact');
    const visites = structuredClone(getRulesetData('visites'));
    visites.versions[1]!.changes!.conditions!.replace![0]!.when = { fact, operator: 'equal', value: true };
    expect(code(visites)).toBe('forbidden-fact');
  });

  it('refuses a forbidden fact hidden under not/any', () => {
    const data = base();
    first(data)[2]!.when = { not: { any: [{ fact: 'agentAccepts', operator: 'equal', value: false }, { fact: 'disciplinaryRecord', operator: 'equal', value: true }] } };
    expect(code(data)).toBe('forbidden-fact');
  });

  it('refuses a fact declared under a forbidden name', () => {
    const data = base();
    data.facts.age = { type: 'integer', label: { fr: 'Âge', en: 'Age' }, confidentiality: 'personal' };
    expect(code(data)).toBe('forbidden-fact');
  });

  it('refuses an undeclared fact, an unknown operator and a value of the wrong type', () => {
    const a = base();
    first(a)[0]!.when = { fact: 'unfitnesLasting', operator: 'equal', value: true };
    expect(code(a)).toBe('undeclared-fact');
    const b = base();
    first(b)[0]!.when = { fact: 'unfitnessLasting', operator: 'isTrue' as never, value: true };
    expect(code(b)).toBe('unknown-operator');
    const c = base();
    first(c)[0]!.when = { fact: 'unfitnessLasting', operator: 'equal', value: 'true' };
    expect(code(c)).toBe('invalid-value');
  });

  it('refuses a condition without a reference, and two versions starting the same day', () => {
    const a = base();
    first(a)[0]!.references = [];
    expect(code(a)).toBe('invalid-ruleset');
    const b = base();
    b.versions[1]!.validFrom = b.versions[0]!.validFrom;
    expect(code(b)).toBe('invalid-ruleset');
  });

  it('refuses a fact without a confidentiality class, or with an unknown one', () => {
    const a = base();
    delete (a.facts.agentAccepts as { confidentiality?: string }).confidentiality;
    expect(code(a)).toBe('invalid-ruleset');
    const b = structuredClone(getRulesetData('visites'));
    (b.versions[1]!.changes!.facts!.add!.stoppageStartDate as { confidentiality: string }).confidentiality = 'secret';
    expect(code(b)).toBe('invalid-ruleset');
  });

  it('gives every fact of every rule set a confidentiality class; stoppage and unfitness facts are medical', () => {
    for (const id of RULESET_IDS) {
      for (const [name, spec] of Object.entries(loadRuleset(getRulesetData(id)).data.facts)) expect(['medical', 'personal', 'professional'], `${id}.${name}`).toContain(spec.confidentiality);
    }
    const medical = (id: (typeof RULESET_IDS)[number], fact: string) => expect(loadRuleset(getRulesetData(id)).data.facts[fact]!.confidentiality, `${id}.${fact}`).toBe('medical');
    medical('visites', 'stoppageCause');
    medical('visites', 'stoppageDays');
    medical('visites', 'stoppageStartDate');
    medical('crpe', 'declaredUnfit');
    medical('reclassement-path', 'unfitness');
    medical('reclassement-path', 'fitToResume');
    medical('essai-encadre', 'stoppageWithDailyAllowances');
  });
});

describe('amending versions', () => {
  const path = () => structuredClone(getRulesetData('reclassement-path'));

  it('resolve into whole versions: an amendment states only its changes', () => {
    const raw = getRulesetData('reclassement-path');
    expect(raw.versions.filter((v) => v.amends)).toHaveLength(3);
    for (const v of raw.versions.filter((x) => x.amends)) expect(v.conditions).toBeUndefined();
    const resolved = resolveRuleset(raw).versions;
    const ids = (i: number) => resolved[i]!.conditions.map((c) => c.id);
    const at = ids(0).indexOf('reclassement');
    expect(ids(1)).toEqual([...ids(0).slice(0, at), 'periode-preparation-reclassement', 'ppr-a-la-reprise', ...ids(0).slice(at)]);
    expect(resolved[1]!.diff).toMatchObject({ amends: 'loi-84-53', addedConditions: ['periode-preparation-reclassement', 'ppr-a-la-reprise'], addedFacts: ['onSickLeaveAtOpinion', 'returnToWorkDate'] });
    expect(ids(3)[ids(3).indexOf('periode-preparation-reclassement') - 1]).toBe('ppr-a-la-demande-de-l-agent');
    expect(resolved[3]!.diff!.addedFacts).toEqual(['pprRequestedByAgent', 'boardReferralDate']);
    // A replaced condition keeps the fields the amendment does not name.
    const before = resolved[2]!.conditions.find((c) => c.id === 'periode-preparation-reclassement')!;
    const after = resolved[3]!.conditions.find((c) => c.id === 'periode-preparation-reclassement')!;
    expect(after.deadline).toEqual(before.deadline);
    expect(after.when).not.toEqual(before.when);
  });

  it('refuses an amendment of an unknown or later version, of a missing condition, or with whole conditions', () => {
    const a = path();
    a.versions[1]!.amends = 'nope';
    expect(code(a)).toBe('invalid-ruleset');
    const b = path();
    b.versions[1]!.amends = 'cgfp-2022';
    expect(code(b)).toBe('invalid-ruleset');
    const c = path();
    c.versions[2]!.changes!.conditions!.replace![0]!.id = 'nope';
    expect(code(c)).toBe('invalid-ruleset');
    const d = path();
    d.versions[1]!.conditions = d.versions[0]!.conditions;
    expect(code(d)).toBe('invalid-ruleset');
    const e = path();
    e.versions[1]!.changes!.references = { remove: ['not a citation of loi-84-53'] };
    expect(code(e)).toBe('invalid-ruleset');
  });

  it('refuses reading a fact in a version before the one that adds it', () => {
    const a = path();
    a.versions[0]!.conditions![0]!.when = { fact: 'onSickLeaveAtOpinion', operator: 'equal', value: true };
    expect(code(a)).toBe('undeclared-fact');
  });
});
