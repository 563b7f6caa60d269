import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, FORBIDDEN_FACTORS, getRuleset, RULESET_IDS, TremplinRulesError, type FactSpec, type Ruleset } from '../src/index.js';
import { createReferenceEngine } from '../src/reference.js';

function arbitraryValue(spec: FactSpec): fc.Arbitrary<unknown> {
  switch (spec.type) {
    case 'boolean': return fc.boolean();
    case 'enum': return fc.constantFrom(...spec.values!);
    case 'integer': return fc.integer({ min: spec.minimum ?? 0, max: spec.maximum ?? 40 });
    case 'number': return fc.oneof(fc.integer({ min: spec.minimum ?? 0, max: spec.maximum ?? 40 }), fc.double({ min: spec.minimum ?? 0, max: spec.maximum ?? 40, noNaN: true }));
    case 'date': return fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  }
}

/** Facts with every declared fact present. */
const completeFacts = (r: Ruleset) => fc.record(Object.fromEntries(Object.entries(r.data.facts).map(([k, s]) => [k, arbitraryValue(s)])));
/** Facts with any subset present. */
const partialFacts = (r: Ruleset) =>
  fc.record(Object.fromEntries(Object.entries(r.data.facts).map(([k, s]) => [k, arbitraryValue(s)])), { requiredKeys: [] });
const asOfs = (r: Ruleset) => fc.constantFrom(...r.versions.map((v) => v.data.validFrom), '2026-11-24');

describe.each(RULESET_IDS)('%s', (id) => {
  const ruleset = getRuleset(id);

  it('agrees with json-rules-engine on every condition for complete random facts', async () => {
    await fc.assert(
      fc.asyncProperty(completeFacts(ruleset), asOfs(ruleset), async (facts, asOf) => {
        const reference = await createReferenceEngine(ruleset, asOf).evaluate(facts);
        const ours = decide(ruleset, facts, { asOf });
        for (const c of ours.conditions) {
          expect(c.status).not.toBe('missing');
          expect(c.status === 'met', c.id).toBe(reference[c.id]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never concludes on missing facts what a completion would contradict', async () => {
    await fc.assert(
      fc.asyncProperty(partialFacts(ruleset), completeFacts(ruleset), asOfs(ruleset), async (partial, filler, asOf) => {
        const ours = decide(ruleset, partial, { asOf });
        const completed = { ...filler, ...partial };
        const reference = await createReferenceEngine(ruleset, asOf).evaluate(completed);
        for (const c of ours.conditions) {
          if (c.status === 'missing') expect(c.missingFacts.length).toBeGreaterThan(0);
          else expect(c.status === 'met', c.id).toBe(reference[c.id]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns a well-formed decision or a typed error for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), partialFacts(ruleset), fc.dictionary(fc.string(), fc.anything())), (input) => {
        try {
          const d = decide(ruleset, input, { asOf: '2026-11-24' });
          expect(['eligible', 'not-eligible', 'incomplete']).toContain(d.outcome);
          expect(d.conditions.length).toBeGreaterThan(0);
          expect(d.explanation.fr.length).toBeGreaterThan(0);
          expect(d.explanation.en.length).toBeGreaterThan(0);
          if (d.outcome === 'incomplete') expect(d.missingFacts.length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(TremplinRulesError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe.each(RULESET_IDS)('%s: forbidden factors never change a decision', (id) => {
  const ruleset = getRuleset(id);
  const forbidden = Object.keys(FORBIDDEN_FACTORS);

  it('declares every factor of rulesets/forbidden-factors.json', () => {
    for (const f of forbidden) expect(ruleset.data.forbiddenFacts, f).toHaveProperty(f);
  });

  it('for any facts, any date and any values of the forbidden factors: same decision, factors listed with their reason', () => {
    fc.assert(
      fc.property(partialFacts(ruleset), asOfs(ruleset), fc.record(Object.fromEntries(forbidden.map((f) => [f, fc.anything()])), { requiredKeys: [] }), (facts, asOf, noise) => {
        const without = decide(ruleset, facts, { asOf });
        const withNoise = decide(ruleset, { ...facts, ...noise }, { asOf });
        expect({ ...withNoise, ignoredFacts: [], ignoredReasons: [] }).toEqual(without);
        expect([...withNoise.ignoredFacts].sort()).toEqual(Object.keys(noise).sort());
        expect(withNoise.ignoredReasons.map((r) => r.fact)).toEqual(withNoise.ignoredFacts);
        for (const r of withNoise.ignoredReasons) {
          expect(r.reason.fr.length).toBeGreaterThan(0);
          expect(r.references.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
