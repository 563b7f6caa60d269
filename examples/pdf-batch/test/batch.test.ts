import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the example is plain JavaScript
import { run } from '../batch.mjs';

const records = fileURLToPath(new URL('../records', import.meta.url));
const withErrors = fileURLToPath(new URL('../records-with-errors', import.meta.url));
const io = () => {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, io: { stdout: { write: (s: string) => stdout.push(s) }, stderr: { write: (s: string) => stderr.push(s) } } };
};

describe('examples/pdf-batch', () => {
  it('writes one PDF per record, with a progress bar, and exits 0', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tremplin-batch-'));
    const r = io();
    expect(await run([records, out, '--audience', 'employer'], r.io)).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'action-plan.garcia.pdf', 'action-plan.martin.pdf', 'chance-request.garcia.pdf', 'letter.convocation-martin.pdf',
      'referral.martin.pdf', 'referral.ndiaye.pdf', 'timeline.dupont.pdf',
    ]);
    expect(r.stdout.join('')).toMatch(/7 PDF written to .* \(employer\) in [\d.]+ s; 0 refused/);
    expect(r.stderr.join('')).toContain('] 7/7');
    const text = execFileSync('pdftotext', [join(out, 'referral.martin.pdf'), '-']).toString();
    expect(text).toContain('Exemplaire de l’employeur');
    expect(text).not.toContain('Lombalgie'); // the employer's copy: no health situation
  }, 120_000);

  it('lists refused records with the reason and exits 1', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tremplin-batch-'));
    const r = io();
    expect(await run([withErrors, out, '--audience', 'worker'], r.io)).toBe(1);
    expect(readdirSync(out)).toEqual(['referral.ndiaye.pdf']);
    const summary = r.stdout.join('');
    expect(summary).toContain('2 refused');
    expect(summary).toContain('referral.sans-accord.json: Invalid referral record: /consent/given (const)');
    expect(summary).toContain('referral.tronque.json: not JSON');
    expect(existsSync(join(out, 'referral.sans-accord.pdf'))).toBe(false);
  }, 120_000);
});
