import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('examples/decide-cli (pnpm demo:cli)', () => {
  it('runs on its sample data: decisions, the batch and the PDF copies', () => {
    const out = execFileSync(process.execPath, [fileURLToPath(new URL('../demo.mjs', import.meta.url))], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const counts = /Résultats : \{ 'not-eligible': (\d+), eligible: (\d+), incomplete: (\d+) \}/.exec(out);
    expect(counts, out).not.toBeNull();
    expect(counts!.slice(1).map(Number).reduce((a, b) => a + b)).toBe(50_000); // progress goes to stderr
    for (const audience of ['worker', 'employer', 'occupational-health', 'commission']) {
      const pdf = join(tmpdir(), 'tremplin-demo', `fiche-${audience}.pdf`);
      expect(existsSync(pdf), pdf).toBe(true);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    }
  }, 120_000);
});
