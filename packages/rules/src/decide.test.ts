import { describe, expect, it } from 'vitest';
import { decide } from './decide.js';
import { getRuleset, RULESET_IDS } from './registry.js';
import { TremplinRulesError } from './errors.js';
import { casesOf } from '../test/cases.js';

describe.each(RULESET_IDS)('%s case table', (id) => {
  const cases = casesOf(id);

  it('has at least 15 cases, each naming its source', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    for (const c of cases) expect(c.source.length).toBeGreaterThan(5);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const run = () => decide(getRuleset(id), c.facts, { asOf: c.asOf });
    if (c.expect.error) {
      expect(run).toThrow(TremplinRulesError);
      try {
        run();
      } catch (error) {
        expect((error as TremplinRulesError).code).toBe(c.expect.error);
      }
      return;
    }
    const d = run();
    const byStatus = (s: string) => d.conditions.filter((x) => x.status === s).map((x) => x.id);
    if (c.expect.outcome) expect(d.outcome).toBe(c.expect.outcome);
    if (c.expect.version) expect(d.version).toBe(c.expect.version);
    if (c.expect.failed) expect(byStatus('failed')).toEqual(expect.arrayContaining(c.expect.failed));
    if (c.expect.failed && d.kind === 'eligibility') expect(byStatus('failed')).toHaveLength(c.expect.failed.length);
    if (c.expect.missing) expect(byStatus('missing')).toEqual(expect.arrayContaining(c.expect.missing));
    if (c.expect.steps) expect(d.steps.map((s) => s.id)).toEqual(c.expect.steps);
    if (c.expect.missingFacts) expect([...d.missingFacts].sort()).toEqual([...c.expect.missingFacts].sort());
    if (c.expect.missingFactsInclude) expect(d.missingFacts).toEqual(expect.arrayContaining(c.expect.missingFactsInclude));
    if (c.expect.ignoredFacts) expect(d.ignoredFacts).toEqual(c.expect.ignoredFacts);
    for (const [condition, date] of Object.entries(c.expect.deadlines ?? {})) {
      expect(d.conditions.find((x) => x.id === condition)?.deadline?.date).toBe(date);
    }
  });
});

describe('decisions explain themselves', () => {
  const facts = { stoppageInProgress: true, insuredRisk: true, employerSigned: false, agentSigned: true, medicalIncapacity: 'partielle', occupationalHealthAgreement: 'accorde', providerAgreement: 'accorde' };
  const d = decide(getRuleset('chance'), facts, { asOf: '2026-11-24' });

  it('in French and English, naming the failed condition', () => {
    expect(d.explanation.fr).toContain('non éligible');
    expect(d.explanation.fr).toContain('La demande est conjointe');
    expect(d.explanation.en).toContain('not eligible');
    expect(d.explanation.en).toContain('The request is joint');
  });

  it('with the references of each condition and of the version', () => {
    for (const c of d.conditions) expect(c.references.length).toBeGreaterThan(0);
    expect(d.references[0]!.citation).toContain('CHANCE');
  });

  it('with a trace of every fact test', () => {
    expect(d.trace).toContainEqual({ condition: 'demande-conjointe', fact: 'employerSigned', operator: 'equal', expected: true, actual: false, result: false });
    expect(d.trace).toHaveLength(7);
  });

  it('never reuses the summary of a different decision', () => {
    // Same outcome, same missing facts, conditions met in one and missing in the other.
    const plan = getRuleset('chance-plan');
    const a = decide(plan, { context: 'chance', firstMeetingHeld: true, onSiteVisits: 1 }, { asOf: '2026-11-24' });
    const b = decide(plan, { context: 'chance', firstMeetingHeld: true, supportMonths: 1 }, { asOf: '2026-11-24' });
    expect(a.explanation.fr).toContain('Accompagnement de douze mois');
    expect(b.explanation.fr).toContain('Au plus trois déplacements');
    expect(a.explanation).not.toEqual(b.explanation);
  });

  it('without trace on request', () => {
    expect(decide(getRuleset('chance'), facts, { asOf: '2026-11-24', trace: false }).trace).toEqual([]);
  });
});

describe('bad input gives typed errors, never a wrong answer', () => {
  const chance = getRuleset('chance');
  const error = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e as TremplinRulesError;
    }
    throw new Error('no error thrown');
  };

  it('lists every unknown and ill-typed fact at once', () => {
    const e = error(() => decide(chance, { stopageInProgress: true, insuredRisk: 'yes', medicalIncapacity: 'severe' }, { asOf: '2026-01-01' }));
    expect(e).toBeInstanceOf(TremplinRulesError);
    expect(e.code).toBe('invalid-facts');
    expect(e.issues.map((i) => [i.fact, i.code])).toEqual([
      ['stopageInProgress', 'unknown-fact'],
      ['insuredRisk', 'wrong-type'],
      ['medicalIncapacity', 'not-in-list'],
    ]);
    expect(e.issues[1]!.message.fr).toContain('Risque couvert');
  });

  it.each([null, 42, 'facts', [], undefined])('refuses %j as facts', (input) => {
    expect(error(() => decide(chance, input, { asOf: '2026-01-01' })).code).toBe('invalid-facts');
  });

  it('refuses an invalid date', () => {
    expect(error(() => decide(chance, {}, { asOf: '2026-02-30' })).code).toBe('invalid-date');
  });

  it('checks ranges and dates of facts', () => {
    const e = error(() => decide(getRuleset('reclassement-path'), { weeklyHours: -3, boardOpinionDate: '01/02/2026', disponibiliteYears: 1.5 }, { asOf: '2026-01-01' }));
    expect(e.issues.map((i) => i.code)).toEqual(['out-of-range', 'invalid-date', 'wrong-type']);
  });

  it('names unknown rule sets', () => {
    expect(error(() => getRuleset('chanse')).code).toBe('unknown-ruleset');
  });
});

describe('refused facts: the error never echoes a medical value', () => {
  const M = 'Cancer du sein';
  const refused = (facts: unknown) => {
    try {
      decide(getRuleset('visites'), facts as never, { asOf: '2026-03-02' });
    } catch (e) {
      return e as TremplinRulesError;
    }
    throw new Error('accepted');
  };
  it('names the medical fact and what it expects, not what it received (message, issues, details)', () => {
    for (const facts of [{ stoppageCause: M }, { stoppageDays: M }, { returnDate: M }, { stoppageInProgress: M }, { employmentSector: 'prive', stoppageCause: [M] }]) {
      const e = refused(facts);
      expect(e.code).toBe('invalid-facts');
      expect(JSON.stringify({ m: e.message, i: e.issues, d: e.details })).not.toContain(M);
      expect(e.message).toMatch(/received a value that is not/);
    }
  });
  it('keeps no value of an unknown fact (unclassed: medical, fail closed), nor the whole input when it is not an object', () => {
    for (const facts of [{ diagnosis: M }, [M]]) {
      const e = refused(facts);
      expect(JSON.stringify({ m: e.message, i: e.issues, d: e.details })).not.toContain(M);
    }
  });
  it('says what kind of value a professional fact received, never the text itself, bounded', () => {
    const e = refused({ employmentSector: 'agricole' });
    expect(e.message).toContain('got a text of 8 characters');
    expect(e.message).not.toContain('agricole');
    expect(refused({ employmentSector: 'x'.repeat(5000) }).message.length).toBeLessThan(400);
  });
});
