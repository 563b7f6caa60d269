import { describe, expect, it } from 'vitest';
import { validateReferral } from './index.js';
import { examplesOf } from '../test/examples.js';

const valid = () => structuredClone(examplesOf('referral').valid[0]!) as Record<string, any>;

describe('hostile input never throws', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'referral'],
    ['an array', []],
    ['a function', () => 1],
    ['a symbol', Symbol('x')],
    ['a bigint', 10n],
    ['a Date', new Date()],
    ['a Map', new Map()],
  ])('%s gives issues', (_label, value) => {
    const result = validateReferral(value);
    expect(result.valid).toBe(false);
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) expect(issue.message).toMatch(/\S/);
  });

  it('reports a cycle with its path', () => {
    const doc = valid();
    doc.worker.self = doc.worker;
    const [issue] = validateReferral(doc).issues;
    expect(issue).toMatchObject({ path: '/worker/self', code: 'not-json', params: { reason: 'cycle' } });
  });

  it('reports NaN and Infinity as not JSON', () => {
    const doc = valid();
    doc.job.weeklyHours = Number.NaN;
    expect(validateReferral(doc).issues[0]).toMatchObject({ path: '/job/weeklyHours', code: 'not-json' });
  });

  it('refuses an own __proto__ key as an unknown field, without polluting prototypes', () => {
    const doc = JSON.parse(JSON.stringify(valid()).replace('{', '{"__proto__":{"polluted":true},'));
    const result = validateReferral(doc);
    expect(result.issues).toContainEqual(expect.objectContaining({ path: '/__proto__', code: 'additionalProperties' }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a huge string to a maxLength issue', () => {
    const doc = valid();
    doc.healthSituation = 'x'.repeat(500_000);
    expect(validateReferral(doc).issues).toEqual([expect.objectContaining({ path: '/healthSituation', code: 'maxLength' })]);
  });

  it('reports a string above the guard limit as too large', () => {
    const doc = valid();
    doc.comments = 'x'.repeat(2_000_000);
    expect(validateReferral(doc).issues[0]).toMatchObject({ path: '/comments', code: 'too-large' });
  });

  it('reports deep nesting as too large', () => {
    const doc = valid();
    let node: Record<string, unknown> = doc;
    for (let i = 0; i < 100; i++) node = node.next = {};
    expect(validateReferral(doc).issues[0]).toMatchObject({ code: 'too-large' });
  });

  it('turns a throwing getter into an unreadable issue', () => {
    const doc = valid();
    Object.defineProperty(doc.worker, 'lastName', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(validateReferral(doc).issues[0]).toMatchObject({ path: '', code: 'unreadable' });
  });

  it('turns a throwing proxy into an unreadable issue', () => {
    const doc = new Proxy(valid(), { ownKeys: () => { throw new TypeError('trap'); } });
    expect(validateReferral(doc).issues[0]).toMatchObject({ code: 'unreadable' });
  });
});
