// decide, decideRecord and decideDraft on inputs an attacker or a bug would send: only typed errors,
// each at most 4 kB in JSON and never quoting a text value.
import { describe, expect, it } from 'vitest';
import { decide, decideDraft, decideRecord, getRuleset, isTremplinRulesError } from '../src/index.js';
import { MAX_ERROR_CHARS } from '../src/errors.js';

const deep = (n: number) => {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = { a: v };
  return v;
};
const cyclic = () => {
  const o: Record<string, unknown> = {};
  o.self = o;
  return o;
};

function typedError(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(isTremplinRulesError(error), String(error)).toBe(true);
    const json = JSON.stringify((error as { toJSON(): unknown }).toJSON());
    expect(json.length).toBeLessThanOrEqual(MAX_ERROR_CHARS);
    return error as { code: string; message: string };
  }
  throw new Error('expected a typed error');
}

const chance = getRuleset('chance');
const SECRET = 'dépression sévère suivie depuis 2024 '.repeat(50);

describe('decide refuses hostile input with typed, bounded errors', () => {
  it.each([
    ['a value nested 10,000 deep', { medicalIncapacity: deep(10_000) }],
    ['facts nested 10,000 deep', deep(10_000)],
    ['a BigInt', { insuredRisk: 10n }],
    ['a cycle', { insuredRisk: cyclic() }],
    ['a cyclic facts object', cyclic()],
    ['a Map', new Map([['insuredRisk', true]])],
    ['a Date', new Date()],
    ['a 20 MB text', { medicalIncapacity: 'x'.repeat(20_000_000) }],
    ['a 20 MB fact name', { ['y'.repeat(20_000_000)]: true }],
    ['10,000 unknown facts', Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`f${i}`, i]))],
  ])('%s', (_, facts) => {
    const e = typedError(() => decide(chance, facts, { asOf: '2026-11-24' }));
    expect(e.code).toMatch(/invalid-facts|invalid-input/);
  });

  it('never quotes a text value', () => {
    const e = typedError(() => decide(chance, { medicalIncapacity: SECRET }, { asOf: '2026-11-24' }));
    expect(JSON.stringify(e)).not.toContain('dépression');
  });

  it.each([null, 'x', 42, []])('options = %j', (options) => {
    expect(typedError(() => decide(chance, {}, options as never)).code).toBe('invalid-options');
  });

  it('a ruleset that is not one, and an asOf of the wrong type', () => {
    expect(typedError(() => decide(null as never, {})).code).toBe('unknown-ruleset');
    expect(typedError(() => decide({} as never, {})).code).toBe('unknown-ruleset');
    expect(typedError(() => decide(chance, {}, { asOf: 10n as never })).code).toBe('invalid-date');
  });

  it('dates of years 0000–0099 stay in those years', () => {
    const facts = { agentStatus: 'titulaire', unfitness: 'definitive-fonctions', postAdaptable: false, inDetachment: true, detachmentReview: 'apte', detachmentEndDate: '0050-01-31' };
    const d = decide(getRuleset('reclassement-path'), facts, { asOf: '2026-11-24' });
    expect(d.steps[0]?.deadline?.date).toBe('0050-01-31');
  });
});

describe('decideRecord and decideDraft', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 42, null])('a record name %j is a typed unknown-ruleset', (name) => {
    expect(typedError(() => decideRecord(name as never, {})).code).toBe('unknown-ruleset');
    expect(typedError(() => decideDraft(name as never, {})).code).toBe('unknown-ruleset');
  });

  it.each([
    ['nested 10,000 deep', () => ({ worker: deep(10_000) })],
    ['cyclic', cyclic],
    ['with a BigInt', () => ({ worker: { lastName: 1n } })],
    ['with a list where a list of objects belongs', () => ({ meetings: 'x' })],
    ['with meetings as an object', () => ({ meetings: { filter: 1 } })],
  ])('a draft %s decides or is refused with a typed error', (_, make) => {
    for (const name of ['chance-request', 'action-plan', 'referral'] as const) {
      try {
        decideDraft(name, make(), { asOf: '2026-11-24' });
      } catch (error) {
        expect(isTremplinRulesError(error), `${name}: ${String(error)}`).toBe(true);
      }
      typedError(() => decideRecord(name, make(), { asOf: '2026-11-24' }));
    }
  });

  it('options = null is a typed error', () => {
    expect(typedError(() => decideRecord('chance-request', {}, null as never)).code).toBe('invalid-options');
    expect(typedError(() => decideDraft('chance-request', {}, null as never)).code).toBe('invalid-options');
  });

  it('a draft is not modified by setting its invalid values aside', () => {
    const draft = { stoppage: { inProgress: 'maybe' }, nested: { keep: [1, 2] } };
    const copy = JSON.parse(JSON.stringify(draft));
    decideDraft('chance-request', draft, { asOf: '2026-11-24' });
    expect(draft).toEqual(copy);
  });
});

describe('isTremplinRulesError across copies', () => {
  it('recognises an error thrown by the CommonJS build', async () => {
    const { createRequire } = await import('node:module');
    const cjs = createRequire(import.meta.url)('../dist/index.cjs');
    let thrown: unknown;
    try {
      cjs.decide(cjs.getRuleset('chance'), { nope: 1 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeDefined();
    expect(isTremplinRulesError(thrown)).toBe(true);
    expect(cjs.isTremplinRulesError(typedError(() => decide(chance, { nope: 1 })))).toBe(true);
  });
});
