import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
// The built CLI, as users run it: batches with workers load the built worker.
const built: string = '../../dist/cli.js';
const { main } = (await import(built)) as typeof import('./main.js');

const sink = (into: string[]) => Object.assign(new PassThrough(), { write: (s: string, done?: () => void) => (into.push(String(s)), done?.(), true) });

function run(args: string[], stdin = '') {
  const input = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
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
  const ok = JSON.stringify(complete);
  const batch = (name: string, lines: Array<string | Buffer>) => {
    const file = join(dir, name);
    writeFileSync(file, Buffer.concat(lines.map((l) => Buffer.concat([typeof l === 'string' ? Buffer.from(l) : l, Buffer.from('\n')]))));
    return file;
  };
  const records = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

  it('turns NDJSON into NDJSON in order, one record per non-blank line with its line number, then a summary; exit 3 when lines failed', async () => {
    const input = batch('in.ndjson', [ok, '{not json', JSON.stringify({ id: 'A-7', asOf: '2026-01-01', facts: { ...complete, providerAgreement: 'refuse' } }), '', JSON.stringify({ nope: 1 })]);
    const output = join(dir, 'out.ndjson');
    const r = await run(['decide', 'chance', '--batch', input, '-o', output, '--workers', '0', '--as-of', '2026-11-24']);
    expect(r.code).toBe(3);
    const lines = records(output);
    expect(lines.slice(0, -1).map((l) => [l.index, l.line, l.ok])).toEqual([[0, 1, true], [1, 2, false], [2, 3, true], [3, 5, false]]);
    expect(lines[1].error.issues[0].code).toBe('invalid-json');
    expect(lines[2]).toMatchObject({ id: 'A-7', decision: { outcome: 'not-eligible', asOf: '2026-01-01' } });
    expect(lines[3].error).toMatchObject({ code: 'invalid-facts', details: { line: 5 } });
    expect(lines.at(-1)).toEqual({ summary: { complete: true, ruleset: 'chance', asOf: '2026-11-24', lines: 5, records: 4, ok: 2, failed: 2 } });
    expect(r.stderr).toContain('4 decided: 2 ok, 2 refused');
    expect(existsSync(`${output}.partial`)).toBe(false);
  });

  it('exits 0 when every line was decided', async () => {
    const r = await run(['decide', 'chance', '--batch', batch('good.ndjson', [ok, ok]), '-o', join(dir, 'good.out'), '--as-of', '2026-11-24', '-q']);
    expect(r.code).toBe(0);
    expect(records(join(dir, 'good.out'))).toHaveLength(3);
  });

  it.each([0, 2])('no line aborts the batch (%i workers): deep, huge, not UTF-8, BOM, CRLF', async (workers) => {
    const deepLine = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const huge = JSON.stringify({ medicalIncapacity: 'é'.repeat(20_000_000) });
    const input = batch(`hostile-${workers}.ndjson`, [`\uFEFF${ok}`, deepLine, huge, Buffer.from([0x7b, 0xc3, 0x28, 0x7d]), `${ok}\r`, '[1,2]', '"text"', 'null', JSON.stringify({ id: 'x'.repeat(10_000), facts: {} })]);
    const output = join(dir, `hostile-${workers}.out`);
    const r = await run(['decide', 'chance', '--batch', input, '-o', output, '--workers', String(workers), '--as-of', '2026-11-24', '-q']);
    expect(r.code).toBe(3);
    const lines = records(output);
    expect(lines.slice(0, -1).map((l) => [l.line, l.ok])).toEqual([[1, true], [2, false], [3, false], [4, false], [5, true], [6, false], [7, false], [8, false], [9, false]]);
    expect(lines[3].error.issues[0].code).toBe('invalid-utf8');
    for (const l of lines.slice(0, -1)) if (!l.ok) expect(JSON.stringify(l).length).toBeLessThanOrEqual(4096 + 100);
    expect(readFileSync(output, 'utf8')).not.toContain('ééé');
  }, 60_000);

  it('a missing folder, a folder as output and a full disk: one line, no stack, no output file', async () => {
    const input = batch('few.ndjson', [ok]);
    const missing = await run(['decide', 'chance', '--batch', input, '-o', join(dir, 'no', 'such', 'out.ndjson')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^tremplin: cannot write .*the folder does not exist \(ENOENT\)\n$/);
    const folder = await run(['decide', 'chance', '--batch', input, '-o', dir]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain('it is a folder');
    // /dev/full answers every write with ENOSPC.
    const full = createWriteStream('/dev/full');
    const err: string[] = [];
    const code = await main(['decide', 'chance', '--batch', input, '-q'], { stdin: new PassThrough(), stdout: full, stderr: sink(err) as never });
    expect(code).toBe(1);
    expect(err.join('')).toMatch(/cannot write stdout: no space left on the device \(ENOSPC\)/);
    expect(err.join('')).not.toContain('    at ');
  });

  it('--resume goes on from a killed run, cut mid-line, to the same output', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => (i % 9 === 4 ? '{bad' : i % 11 === 0 ? '' : JSON.stringify({ ...complete, agentSigned: i % 2 === 0 })));
    const input = batch('resume.ndjson', lines);
    const whole = join(dir, 'whole.out');
    expect((await run(['decide', 'chance', '--batch', input, '-o', whole, '--as-of', '2026-11-24', '-q'])).code).toBe(3);
    const expected = readFileSync(whole, 'utf8');
    const cut = expected.split('\n').slice(0, 20).join('\n') + '\n' + expected.split('\n')[20]!.slice(0, 30);
    const resumed = join(dir, 'resumed.out');
    writeFileSync(`${resumed}.partial`, cut);
    const r = await run(['decide', 'chance', '--batch', input, '-o', resumed, '--as-of', '2026-11-24', '--resume']);
    expect(r.code).toBe(3);
    expect(readFileSync(resumed, 'utf8')).toBe(expected);
    expect(existsSync(`${resumed}.partial`)).toBe(false);
    expect(r.stderr).toContain('resumed after line');
    expect((await run(['decide', 'chance', '--batch', input, '--resume'])).code).toBe(2);
  });

  it('EPIPE into head: a one-line message, no stack trace', () => {
    const input = batch('many.ndjson', Array.from({ length: 20_000 }, () => ok));
    const bin = fileURLToPath(new URL('../../bin/tremplin.mjs', import.meta.url));
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${bin} decide chance --batch ${input} --as-of 2026-11-24 -q | head -c 100 > /dev/null`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^tremplin: cannot write stdout.*EPIPE/);
    expect(r.stderr).not.toContain('    at ');
  }, 60_000);
});
