// Fuzz of every HR-service route (in-process requests, no network): 10,000 inputs per route, fixed
// seed printed. Every answer is an HTTP response with a typed JSON error body of at most 4 kB, or
// the route's success; never a 500, never a crash.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- the example is plain JavaScript
import { buildApp } from '../src/app.js';
// @ts-expect-error -- the example is plain JavaScript
import { signToken } from '../src/auth.js';
import { announce, hostile, MAX_ERROR, params, RUNS, shaped } from '../../../test-support/fuzz.js';

type Injected = { statusCode: number; headers: Record<string, string>; body: string };
let app: { inject(o: object): Promise<Injected>; close(): Promise<unknown>; ready(): Promise<unknown> };
const SECRET = 'fuzz-secret-of-at-least-32-characters!!';
const tokens: string[] = [];

beforeAll(async () => {
  announce('hr-service');
  for (const role of ['worker', 'employer', 'occupational-health', 'commission']) tokens.push(await signToken(SECRET, role));
  app = buildApp({ auth: { secret: SECRET }, rateLimit: { max: 1e9 }, pdf: { threads: 1, queue: 64 } });
  await app.ready();
});
afterAll(() => app?.close());

const text = (v: unknown) => {
  try {
    return JSON.stringify(v) ?? 'undefined';
  } catch {
    return '{"cycle":';
  }
};
const body = fc.oneof(hostile().map(text), shaped(['stoppageInProgress', 'insuredRisk', 'asOf', 'medicalIncapacity', 'worker', 'meetings']).map(text), fc.string({ maxLength: 300 }));
const type = fc.constantFrom('application/json', 'application/x-ndjson', 'text/plain', 'application/json; charset=utf-8', '', 'multipart/form-data');
// '' means a valid token of a role picked in turn; otherwise a forged one.
const auth = fc.oneof({ weight: 6, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) });
const query = fc.dictionary(fc.constantFrom('compact', 'trace', 'asOf', 'audience', 'locale', 'x'), fc.string({ maxLength: 12 }), { maxKeys: 3 });

function check(r: Injected) {
  expect(r.statusCode).not.toBe(500);
  if (r.statusCode >= 400) {
    expect(r.body.length).toBeLessThanOrEqual(MAX_ERROR);
    const parsed = JSON.parse(r.body);
    expect(typeof parsed.code).toBe('string');
    expect(typeof parsed.message).toBe('string');
  }
}

async function fuzzRoute(url: (q: Record<string, string>) => string) {
  let i = 0;
  await fc.assert(fc.asyncProperty(body, type, auth, query, async (payload, contentType, badAuth, q) => {
    const token = tokens[i++ % tokens.length];
    const r = await app.inject({
      method: 'POST',
      url: url(q),
      headers: { ...(contentType ? { 'content-type': contentType } : {}), authorization: badAuth ? `Bearer ${badAuth}` : `Bearer ${token}` },
      payload,
    });
    check(r);
  }), params());
}

const qs = (q: Record<string, string>) => new URLSearchParams(q).toString();

describe(`every route, ${RUNS} requests each`, () => {
  it('POST /decisions/{ruleset}', () => fuzzRoute((q) => `/decisions/chance?${qs(q)}`));
  it('POST /decisions/{ruleset}:batch', () => fuzzRoute((q) => `/decisions/visites:batch?${qs(q)}`));
  it('POST /decisions/{unknown}', () => fuzzRoute((q) => `/decisions/${encodeURIComponent(Object.keys(q).join(':') || '__proto__')}?${qs(q)}`));
  it('POST /documents/{document}', () => fuzzRoute((q) => `/documents/${Object.keys(q).length % 2 ? 'referral' : 'decision'}?${qs(q)}`));
  it('GET /openapi.json', async () => {
    const r = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(r.statusCode).toBe(200);
  });
});
