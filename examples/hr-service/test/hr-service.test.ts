import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- the example is plain JavaScript
import { buildApp } from '../src/app.js';
// @ts-expect-error -- the example is plain JavaScript
import { runLoad, SAMPLE_FACTS } from '../src/load.js';
// @ts-expect-error -- the example is plain JavaScript
import { signToken } from '../src/auth.js';
import referral from '../../playground/samples/referral.json' with { type: 'json' };

let app: { listen(o: object): Promise<unknown>; close(): Promise<unknown>; server: { address(): unknown } };
let base: string;
const SECRET = 'test-secret-of-at-least-32-characters!';
const tokens: Record<string, string> = {};
beforeAll(async () => {
  for (const role of ['worker', 'employer', 'occupational-health', 'commission']) tokens[role] = await signToken(SECRET, role, `${role}-1`);
  app = buildApp({ auth: { secret: SECRET }, rateLimit: { max: 10_000 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
});
afterAll(() => app?.close());

const post = (path: string, body: unknown, type = 'application/json', role = 'occupational-health') =>
  fetch(base + path, { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${tokens[role]}` }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('POST /decisions/{ruleset}', () => {
  it('decides and explains', async () => {
    const response = await post('/decisions/chance', SAMPLE_FACTS);
    expect(response.status).toBe(200);
    const decision = await response.json();
    expect(decision).toMatchObject({ ruleset: 'chance', outcome: 'eligible', asOf: '2026-11-24' });
    expect(decision.conditions.every((c: { references: unknown[] }) => c.references.length > 0)).toBe(true);
  });

  it('answers bad input with a 400 naming each failing fact, in French and English', async () => {
    const response = await post('/decisions/chance', { stoppageInProgress: 'oui', salary: 2000 });
    expect(response.status).toBe(400);
    const error = await response.json();
    expect(error.code).toBe('invalid-facts');
    expect(error.issues.map((i: { fact: string }) => i.fact).sort()).toEqual(['salary', 'stoppageInProgress']);
    expect(error.issues[0].message).toHaveProperty('fr');
    expect(error.issues[0].message).toHaveProperty('en');
  });

  it('invalid JSON is a 400, an unknown rule set a 404, a non-object a 400', async () => {
    expect((await post('/decisions/chance', '{"stoppage', 'application/json')).status).toBe(400);
    const unknown = await post('/decisions/nope', {});
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).code).toBe('unknown-ruleset');
    expect((await post('/decisions/chance', [1, 2])).status).toBe(400);
  });
});

describe('POST /decisions/{ruleset}:batch', () => {
  it('streams one decision per line, in order, errors in place', async () => {
    const { asOf, ...facts } = SAMPLE_FACTS;
    const lines = Array.from({ length: 2000 }, (_, i) => (i === 7 ? '{"stoppageInProgress": "maybe"}'
      : i === 9 ? JSON.stringify({ id: 'agent-9', asOf: '2019-01-01', facts }) : JSON.stringify({ ...facts, agentSigned: i % 2 === 0 })));
    const response = await post(`/decisions/chance:batch?compact=true&asOf=${asOf}`, `${lines.join('\n')}\n`, 'application/x-ndjson');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const all = (await response.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(all.at(-1).summary).toMatchObject({ complete: true, records: 2000 });
    const out = all.slice(0, -1);
    expect(out).toHaveLength(2000);
    expect(out.map((l) => l.line)).toEqual(out.map((_, i) => i + 1));
    expect(out.map((l) => l.index)).toEqual(out.map((_, i) => i));
    expect(out[0].decision.outcome).toBe('eligible');
    expect(out[1].decision.outcome).toBe('not-eligible');
    expect(out[7]).toMatchObject({ ok: false, error: { code: 'invalid-facts' } });
    expect(out[9].decision.asOf).toBe('2019-01-01');
  });

  it('refuses a JSON body with 415', async () => {
    expect((await post('/decisions/chance:batch', SAMPLE_FACTS)).status).toBe(415);
  });

  it('ends with a summary record', async () => {
    const out = (await (await post('/decisions/chance:batch?asOf=2026-11-24', '{"stoppageInProgress":true}\n\n{bad\n', 'application/x-ndjson')).text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((r) => r.line ?? r.summary?.lines)).toEqual([1, 3, 3]);
    expect(out.at(-1)).toEqual({ summary: { complete: true, ruleset: 'chance', asOf: '2026-11-24', lines: 3, records: 2, ok: 1, failed: 1 } });
  });
});

describe('POST /documents/{document}', () => {
  it('renders a PDF for an audience; a bad record is a 400 with its issues', async () => {
    const ok = await post('/documents/referral', referral, 'application/json', 'employer');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await ok.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const bad = await post('/documents/referral', { worker: {} }, 'application/json', 'employer');
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues.map((i: { path: string }) => i.path)).toContain('/worker/lastName');
    // The audience is the token's role, never a parameter.
    const asked = await post('/documents/referral?audience=occupational-health', referral, 'application/json', 'employer');
    expect(asked.status).toBe(400);
    expect((await asked.json()).code).toBe('audience-from-token');
  });
});

describe('GET /openapi.json', () => {
  it('describes what the service accepts: every schema compiles and the requests above validate', async () => {
    const doc = await (await fetch(`${base}/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'doc', components: doc.components });
    const schemaOf = (path: string, type = 'application/json') => {
      const ref = doc.paths[path].post.requestBody.content[type].schema.$ref ?? null;
      return ajv.compile({ $ref: `doc${ref ?? ''}` });
    };
    const facts = schemaOf('/decisions/chance');
    expect(facts(SAMPLE_FACTS)).toBe(true);
    expect(facts({ salary: 1 })).toBe(false);
    const record = ajv.compile({ $ref: 'doc#/components/schemas/Referral' });
    expect(record(referral)).toBe(true);
    expect(record({ worker: {} })).toBe(false);
    for (const name of Object.keys(doc.components.schemas)) ajv.getSchema(`doc#/components/schemas/${name}`);
    expect(Object.keys(doc.paths)).toContain('/decisions/reclassement-path:batch');
    for (const status of ['401', '413', '415', '429', '500', '503']) expect(doc.paths['/decisions/chance'].post.responses).toHaveProperty(status);
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.security).toEqual([{ bearer: [] }]);
  });
});

describe('load (autocannon, loopback, 2 s)', () => {
  it('serves decisions with no error and reports decisions/s', async () => {
    const r = await runLoad({ duration: 2, connections: 8 });
    console.log(`hr-service: ${Math.round(r.requestsPerSecond)} decisions/s over HTTP, p99 ${r.latencyP99} ms; in-process ${Math.round(r.inProcess)}/s`);
    expect(r.total).toBeGreaterThan(0);
    expect({ non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts }).toEqual({ non2xx: 0, errors: 0, timeouts: 0 });
  }, 30_000);
});

describe('POST /decisions/{ruleset} with an {asOf, facts} envelope (as a batch line)', () => {
  it('decides the envelope\'s facts on its date, like a top-level asOf', async () => {
    const { asOf, ...facts } = SAMPLE_FACTS;
    const top = await (await post('/decisions/chance', { ...facts, asOf: '2025-03-01' })).json();
    const response = await post('/decisions/chance', { id: 'A-12', asOf: '2025-03-01', facts });
    expect(response.status).toBe(200);
    const decision = await response.json();
    expect(decision).toMatchObject({ ruleset: 'chance', asOf: '2025-03-01', outcome: top.outcome });
    expect((await (await post('/decisions/chance', { facts })).json()).outcome).toBe(top.outcome);
    expect(asOf).toBe('2026-11-24');
  });

  it('refuses what an envelope cannot hold, and bad facts inside it, naming them', async () => {
    const extra = await post('/decisions/chance', { asOf: '2026-11-24', facts: {}, stoppageInProgress: true });
    expect(extra.status).toBe(400);
    expect((await extra.json()).message).toContain('"stoppageInProgress"');
    const bad = await post('/decisions/chance', { facts: { salary: 1 } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues.map((i: { fact: string }) => i.fact)).toEqual(['salary']);
  });

  it('the OpenAPI request schema accepts both shapes', async () => {
    const doc = await (await fetch(`${base}/openapi.json`)).json();
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    ajv.addSchema({ $id: 'doc', components: doc.components });
    const facts = ajv.compile({ $ref: `doc${doc.paths['/decisions/chance'].post.requestBody.content['application/json'].schema.$ref}` });
    const { asOf, ...bare } = SAMPLE_FACTS;
    expect(facts({ asOf, facts: bare })).toBe(true);
    expect(facts({ asOf, facts: { ...bare, salary: 1 } })).toBe(false);
    expect(facts({ ...bare, facts: bare })).toBe(false);
  });
});
