// Fuzz suite over the SDK's entry points (built code, as users run it): ≥ 10,000 inputs each,
// fixed seed printed. Every call returns or throws the SDK's typed error, at most 4 kB in JSON;
// nothing exits the process.
import fc from 'fast-check';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decide, decideDraft, decideRecord, getRuleset, getRulesetData, isTremplinRulesError, RULESET_IDS } from '@tremplin/rules';
import { decideNdjson } from '@tremplin/rules/node';
import { AUDIENCES, isTremplinProjectionError, projectFor, RECORD_NAMES, validators } from '../packages/schemas/dist/index.js';
import { DOCUMENTS, renderToBuffer, TremplinPdfError } from '@tremplin/pdf';
import { announce, hostile, MAX_ERROR, params, RUNS, SEED, shaped, typedOrValue } from '../test-support/fuzz.js';

const cli: string = '../packages/rules/dist/cli.js';
const { main } = (await import(cli)) as { main: (argv: string[], io: object) => Promise<number> };

announce('sdk');
const MAPPED = ['referral', 'chance-request', 'action-plan'] as const;
const options = () => fc.oneof(fc.constant(undefined), fc.record({ asOf: fc.oneof(fc.constantFrom('2026-11-24', '0050-01-01', '9999-12-31'), hostile()) }, { requiredKeys: [] }), hostile());

describe('decide, decideRecord, decideDraft', () => {
  it.each(RULESET_IDS)('decide(%s, …): typed errors only', (id) => {
    const ruleset = getRuleset(id);
    const keys = Object.keys(getRulesetData(id).facts);
    fc.assert(fc.property(fc.oneof(hostile(), shaped(keys)), options(), (facts, opts) => typedOrValue(() => decide(ruleset, facts, opts as never), isTremplinRulesError)), params());
  });

  it('decideRecord and decideDraft, on names, records and options of every kind', () => {
    const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...MAPPED) }, { weight: 1, arbitrary: fc.oneof(fc.constantFrom('constructor', '__proto__', 'toString', 'referral '), hostile()) });
    const record = fc.oneof(hostile(), shaped(['worker', 'stoppage', 'meetings', 'actions', 'employer', 'referral', 'consents', 'occupationalHealth', 'request']));
    fc.assert(fc.property(name, record, options(), (n, r, o) => {
      typedOrValue(() => decideRecord(n as never, r, o as never), isTremplinRulesError);
      typedOrValue(() => decideDraft(n as never, r, o as never), isTremplinRulesError);
    }), params());
  });
});

describe('validators', () => {
  it.each(RECORD_NAMES)('validators[%s] never throws', (name) => {
    const validate = (validators as Record<string, (v: unknown, o?: object) => { valid: boolean }>)[name]!;
    fc.assert(fc.property(fc.oneof(hostile(), shaped(['worker', 'stoppage', 'meetings', 'actions'])), (value) => {
      expect(typeof validate(value).valid).toBe('boolean');
    }), params());
  });
});

describe('projectFor and renderToBuffer', () => {
  const recordName = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...RECORD_NAMES) }, { weight: 1, arbitrary: hostile() });
  const audience = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...AUDIENCES) }, { weight: 1, arbitrary: hostile() });
  const shapedRecord = fc.oneof(hostile(), shaped(['worker', 'stoppage', 'consents', 'observations', 'releases', 'meetings', 'actions', 'referral']));

  // Found by this test (seed 20261126): a sparse consents array (`consents: [,,]`) threw a TypeError.
  it('projectFor: a projection or a typed TremplinProjectionError', () => {
    const opts = fc.record({ audience, consents: fc.oneof(fc.constant([]), hostile()), asOf: fc.oneof(fc.constant('2026-11-24'), hostile()) }, { requiredKeys: ['audience'] });
    fc.assert(fc.property(recordName, shapedRecord, fc.oneof(opts, hostile()), (name, record, o) => typedOrValue(() => projectFor(name as never, record, o as never), isTremplinProjectionError)), params());
  });

  // Invalid records and options are refused before layout, so 10,000 of them stay fast; valid records are
  // rendered by the pdf package's own tests.
  // Found by this test (seed 20261126): a document name that is an object with a null prototype threw
  // "TypeError: Cannot convert object to primitive value".
  it('renderToBuffer: a PDF or a typed TremplinPdfError', async () => {
    const name = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...DOCUMENTS) }, { weight: 1, arbitrary: hostile() });
    const opts = fc.oneof(fc.record({ audience, locale: fc.constantFrom('fr', 'en', 'de') }, { requiredKeys: [] }), hostile());
    await fc.assert(fc.asyncProperty(name, shapedRecord, opts, async (n, record, o) => {
      try {
        await renderToBuffer(n as never, record, o as never);
      } catch (error) {
        if (!(error instanceof TremplinPdfError)) throw new Error(`untyped throw: ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : typeof error}`);
        expect(JSON.stringify(error).length).toBeLessThanOrEqual(MAX_ERROR);
      }
    }), params());
  });
});

describe('the NDJSON batch', () => {
  it('one record per non-blank line, in order, with its line number; errors ≤ 4 kB; then the summary', async () => {
    const line = fc.oneof(
      fc.string({ maxLength: 80 }).map((s) => s.replace(/[\r\n]/g, ' ')),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      shaped(Object.keys(getRulesetData('chance').facts)).map((v) => { try { return JSON.stringify(v) ?? '1'; } catch { return '{"cycle":1}'; } }),
      fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b.filter((x) => x !== 10)).toString('latin1')),
      fc.constantFrom('\uFEFF{}', '{"a":'.repeat(3000) + '1' + '}'.repeat(3000), '', '   ', '\r'),
    );
    const lines = fc.sample(line, { seed: SEED, numRuns: RUNS }).map((l) => l.replace(/\n/g, ' '));
    // Some lines are raw bytes: the input is built as bytes, invalid UTF-8 included.
    const input = Buffer.concat(lines.map((l, i) => Buffer.concat([i % 97 === 5 ? Buffer.from([0xc3, 0x28]) : Buffer.alloc(0), Buffer.from(l, 'utf8'), Buffer.from('\n')])));
    const parts: Buffer[] = [];
    for await (const b of decideNdjson('chance', Readable.from([input]), { workers: 0, asOf: '2026-11-24', trailer: true })) parts.push(Buffer.from(b));
    const out = Buffer.concat(parts).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    const summary = out.pop();
    const expectedLines = input.toString('latin1').split('\n').slice(0, -1).map((l, i) => [l, i + 1] as const).filter(([l]) => l.replace(/^\xEF\xBB\xBF/, '').trim() !== '' && l !== '\r').map(([, n]) => n);
    expect(out.map((r) => r.line)).toEqual(expectedLines);
    expect(out.map((r) => r.index)).toEqual(out.map((_, i) => i));
    for (const r of out) if (!r.ok) expect(JSON.stringify(r.error).length).toBeLessThanOrEqual(MAX_ERROR);
    expect(summary.summary).toMatchObject({ complete: true, records: out.length });
  });
});

describe('the tremplin CLI', () => {
  it('exit codes 0–3 only, bounded stderr, never a throw', async () => {
    const sink = (into: string[]) => Object.assign(new PassThrough(), { write: (s: string, done?: () => void) => (into.push(String(s)), done?.(), true) });
    const args = fc.oneof(
      fc.tuple(fc.constantFrom('chance', 'crpe', 'nope', '__proto__'), fc.constantFrom([], ['--format', 'text'], ['--lang', 'en'], ['--as-of', '0099-01-01'], ['--as-of', 'x'], ['--bogus'])).map(([r, extra]) => ['decide', r, '-', ...extra]),
      fc.tuple(fc.constantFrom('chance', 'visites'), fc.constantFrom([], ['--compact'], ['--workers', 'x'])).map(([r, extra]) => ['decide', r, '--batch', '-', '-q', ...extra]),
      fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }),
    );
    const stdin = fc.oneof(hostile().map((v) => { try { return JSON.stringify(v) ?? ''; } catch { return '{'; } }), fc.string({ maxLength: 200 }), shaped(Object.keys(getRulesetData('chance').facts)).map((v) => { try { return JSON.stringify(v) ?? ''; } catch { return '{'; } }));
    await fc.assert(fc.asyncProperty(args, stdin, async (argv, text) => {
      const out: string[] = [];
      const err: string[] = [];
      const input = new PassThrough();
      input.end(text);
      const code = await main(argv, { stdin: input, stdout: sink(out), stderr: sink(err) });
      expect([0, 1, 2, 3]).toContain(code);
      expect(err.join('').length).toBeLessThanOrEqual(3 * MAX_ERROR + 2048);
    }), { ...params(), numRuns: RUNS });
  });
});
