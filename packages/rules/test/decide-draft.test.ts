import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideDraft, decideRecord, TremplinRulesError } from '../src/index.js';
import chanceExamples from '../../schemas/examples/chance-request.examples.json' with { type: 'json' };

const complete = chanceExamples.valid[0] as Record<string, unknown>;

describe('decideDraft', () => {
  it('an empty draft is incomplete and names every fact the rule set needs', () => {
    const { decision, issues } = decideDraft('chance-request', {}, { asOf: '2026-11-24' });
    expect(decision.outcome).toBe('incomplete');
    expect(decision.missingFacts).toEqual(expect.arrayContaining(['stoppageInProgress', 'employerSigned', 'agentSigned']));
    expect(issues.every((i) => i.code === 'required')).toBe(true);
  });

  it('a complete record gets the same decision as decideRecord', () => {
    const draft = decideDraft('chance-request', complete, { asOf: '2026-11-24' });
    expect(draft.decision).toEqual(decideRecord('chance-request', complete, { asOf: '2026-11-24' }));
    expect(draft.setAside).toEqual([]);
  });

  it('sets invalid values aside, says which, and decides on the rest', () => {
    const draft = { ...complete, stoppage: { ...(complete.stoppage as object), inProgress: 'oui' } };
    const result = decideDraft('chance-request', draft, { asOf: '2026-11-24' });
    expect(result.setAside).toContain('/stoppage/inProgress');
    expect(result.decision.missingFacts).toContain('stoppageInProgress');
    expect(result.issues.find((i) => i.path === '/stoppage/inProgress')?.message).toMatch(/Arrêt/);
  });

  it('never throws on any JSON draft, and refuses an unknown record with a typed error', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(['eligible', 'not-eligible', 'incomplete']).toContain(decideDraft('chance-request', value).decision.outcome);
    }), { numRuns: 300 });
    expect(() => decideDraft('consent' as never, {})).toThrow(TremplinRulesError);
  });
});
