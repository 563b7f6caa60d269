import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

function run(args: string[], stdin = '') {
  const input = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) => Object.assign(new PassThrough(), { write: (s: string) => (into.push(String(s)), true) });
  input.end(stdin);
  return main(args, { stdin: input, stdout: sink(out) as never, stderr: sink(err) as never }).then((code) => ({ code, stdout: out.join(''), stderr: err.join('') }));
}

const dir = mkdtempSync(join(tmpdir(), 'tremplin-cli-'));
const complete = { stoppageInProgress: true, insuredRisk: true, employerSigned: true, agentSigned: true, medicalIncapacity: 'totale', occupationalHealthAgreement: 'accorde', providerAgreement: 'accorde' };

describe('tremplin decide', () => {
  it('decides from a file and prints JSON', async () => {
    const file = join(dir, 'facts.json');
    writeFileSync(file, JSON.stringify(complete));
    const r = await run(['decide', 'chance', file, '--as-of', '2026-11-24']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ruleset: 'chance', outcome: 'eligible', asOf: '2026-11-24' });
  });

  it('decides from stdin and prints text in English', async () => {
    const r = await run(['decide', 'chance', '-', '--format', 'text', '--lang', 'en', '--as-of', '2026-11-24'], JSON.stringify({ ...complete, agentSigned: false }));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('CHANCE programme eligibility — not eligible');
    expect(r.stdout).toContain('✗ The request is joint');
  });

  it('exits 1 with the bad facts named', async () => {
    const r = await run(['decide', 'chance', '-'], JSON.stringify({ insuredRisk: 'oui', agentSigend: true }));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('insuredRisk');
    expect(r.stderr).toContain('agentSigend');
    expect(JSON.parse(r.stderr.trim().split('\n').pop()!)).toMatchObject({ code: 'invalid-facts' });
  });

  it('exits 1 on input that is not JSON, and on a missing file', async () => {
    expect((await run(['decide', 'chance', '-'], '{oops')).code).toBe(1);
    const missing = await run(['decide', 'chance', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Cannot read');
  });

  it('exits 1 on an unknown rule set and 2 on bad usage', async () => {
    expect((await run(['decide', 'chanse', '-'], '{}')).code).toBe(1);
    expect((await run(['decide'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['decide', 'chance', '-', '--format', 'xml'], '{}')).code).toBe(2);
    expect((await run(['decide', 'chance', '-', '--bogus'], '{}')).code).toBe(2);
  });

  it('lists rules with their references', async () => {
    const r = await run(['rules', 'crpe']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('duree-maximale');
    expect(r.stdout).toContain('L5213-3-1');
  });
});

describe('tremplin decide --batch', () => {
  it('turns NDJSON into NDJSON in order, keeping bad lines as errors', async () => {
    const input = join(dir, 'in.ndjson');
    const output = join(dir, 'out.ndjson');
    writeFileSync(input, [JSON.stringify(complete), '{not json', JSON.stringify({ id: 'A-7', asOf: '2026-01-01', facts: { ...complete, providerAgreement: 'refuse' } }), '', JSON.stringify({ nope: 1 })].join('\n'));
    const r = await run(['decide', 'chance', '--batch', input, '-o', output, '--workers', '0', '--as-of', '2026-11-24']);
    expect(r.code).toBe(0);
    const lines = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.index, l.ok])).toEqual([[0, true], [1, false], [2, true], [3, false]]);
    expect(lines[1].error.issues[0].code).toBe('invalid-json');
    expect(lines[2]).toMatchObject({ id: 'A-7', decision: { outcome: 'not-eligible', asOf: '2026-01-01' } });
    expect(lines[3].error.code).toBe('invalid-facts');
    expect(r.stderr).toContain('4 decided: 2 ok, 2 refused');
  });
});
