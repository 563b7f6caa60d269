import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
// Worker threads load the built worker: this suite runs against dist, as users do.
import { decideBatch, decideNdjson, parseNdjson } from '../dist/node.js';
import { getRuleset, loadRuleset, getRulesetData } from '../dist/index.js';

const facts = (i: number) => ({ onSiteVisits: i % 5, supportMonths: (i % 15) + 0.5, firstMeetingHeld: i % 7 !== 0, context: 'chance' });

async function* generate(n: number) {
  for (let i = 0; i < n; i++) yield facts(i);
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('decideBatch', () => {
  it('gives the same results in order with two workers as in one thread', async () => {
    const inline = await collect(decideBatch('chance-plan', generate(3000), { workers: 0, asOf: '2026-11-24' }));
    const threaded = await collect(decideBatch('chance-plan', generate(3000), { workers: 2, chunkSize: 128, asOf: '2026-11-24' }));
    expect(threaded.map((r) => r.index)).toEqual([...Array(3000).keys()]);
    expect(threaded).toEqual(inline);
    expect(new Set(inline.map((r) => (r.ok ? r.decision.outcome : 'error')))).toEqual(new Set(['eligible', 'not-eligible']));
  });

  it('reports progress, ending with a done report that counts everything', async () => {
    const reports: Array<{ processed: number; done: boolean }> = [];
    await collect(decideBatch('chance-plan', generate(2000), { workers: 2, asOf: '2026-11-24', progressEveryMs: 0, onProgress: (p) => reports.push(p) }));
    expect(reports.length).toBeGreaterThan(10);
    expect(reports.at(-1)).toMatchObject({ processed: 2000, ok: 2000, failed: 0, done: true });
  });

  it('runs a custom rule set in workers', async () => {
    const custom = loadRuleset({ ...getRulesetData('chance-plan'), id: 'my-plan' });
    const [r] = await collect(decideBatch(custom, [facts(1)], { workers: 1, asOf: '2026-11-24' }));
    expect(r).toMatchObject({ ok: true, decision: { ruleset: 'my-plan' } });
  });

  it('keeps errors in place across workers', async () => {
    const items = [facts(1), { onSiteVisits: 'three' }, facts(2)];
    const results = await collect(decideBatch('chance-plan', items, { workers: 2, chunkSize: 1, asOf: '2026-11-24' }));
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
  });

  it.each([0, 2])('streams NDJSON in and out with %i workers, in order, bad lines kept', async (workers) => {
    const lines = Array.from({ length: 1200 }, (_, i) => (i % 100 === 7 ? 'garbage' : JSON.stringify(facts(i))));
    const input = Readable.from([lines.join('\n') + '\n']);
    const reports: Array<{ processed: number; failed: number; done: boolean }> = [];
    const text = Buffer.concat(await collect<Uint8Array>(decideNdjson('chance-plan', input, { workers, chunkSize: 100, asOf: '2026-11-24', onProgress: (p) => reports.push(p) }))).toString('utf8');
    const out = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((r) => r.index)).toEqual([...Array(1200).keys()]);
    expect(out.filter((r) => !r.ok).map((r) => r.index)).toEqual([7, 107, 207, 307, 407, 507, 607, 707, 807, 907, 1007, 1107]);
    const [alone] = await collect(decideBatch('chance-plan', [facts(8)], { workers: 0, asOf: '2026-11-24' }));
    expect(out[8].decision).toEqual(JSON.parse(JSON.stringify(alone!.ok ? alone!.decision : null)));
    expect(reports.at(-1)).toMatchObject({ processed: 1200, failed: 12, done: true });
    expect(getRuleset('chance-plan').id).toBe('chance-plan');
  });

  it('parses NDJSON lazily, numbering lines', async () => {
    const parsed = await collect(parseNdjson(Readable.from(['{"a":1}\n\n', '{"b"\n'])));
    expect(parsed.map((p) => [p.line, p.error === undefined])).toEqual([[1, true], [3, false]]);
  });

  it('numbers every record with its input line, blank lines counted, bad bytes reported', async () => {
    const input = Readable.from([Buffer.from('\uFEFF{"onSiteVisits":1}\r\n\n  \n'), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), Buffer.from('{"onSiteVisits":2}')]);
    const parsed = await collect(parseNdjson(input));
    expect(parsed.map((p) => [p.line, p.error ?? 'ok'])).toEqual([[1, 'ok'], [4, 'invalid-utf8'], [5, 'ok']]);
    const results = await collect(decideBatch('chance-plan', parsed, { workers: 0, asOf: '2026-11-24' }));
    expect(results.map((r) => [r.index, r.line, r.ok])).toEqual([[0, 1, true], [1, 4, false], [2, 5, true]]);
  });

  it('refuses a bad asOf or audience before reading anything', async () => {
    await expect(collect(decideNdjson('chance-plan', Readable.from(['{}\n']), { asOf: 'tomorrow' }))).rejects.toMatchObject({ code: 'invalid-date' });
    await expect(collect(decideNdjson('chance-plan', Readable.from(['{}\n']), { audience: 'boss' as never }))).rejects.toMatchObject({ code: 'invalid-options' });
  });

  it.each([0, 1])('writes decisions as an audience may read them (%i workers)', async (workers) => {
    const line = JSON.stringify({ stoppageInProgress: true, insuredRisk: true, employerSigned: true, agentSigned: true, medicalIncapacity: 'partielle', occupationalHealthAgreement: 'accorde', providerAgreement: 'accorde' });
    const bytes = await collect(decideNdjson('chance', Readable.from([`${line}\n`]), { workers, asOf: '2026-11-24', audience: 'employer' }));
    const [record] = Buffer.concat(bytes).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(record.decision).toMatchObject({ audience: 'employer', outcome: 'secret' });
    expect(JSON.stringify(record)).not.toContain('partielle');
  });
});
