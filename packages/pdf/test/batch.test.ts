import { describe, expect, it } from 'vitest';
// The batch renders in worker threads that load the built files: test what users run.
import { renderBatch } from '../dist/index.js';
import { examples, pdfText } from './support.js';

describe('renderBatch', () => {
  it('renders in order across recycled workers, keeping failures in place', async () => {
    const plan = examples('action-plan')[0]!;
    const jobs = [0, 1, 2, 3, 4].map((i) => ({
      id: `plan-${i}`,
      document: 'action-plan' as const,
      record: i === 2 ? { ...plan, status: 'perdu' } : { ...plan, beneficiary: { lastName: `Agent${i}`, firstName: 'Test' } },
      options: { audience: 'employer' as const },
    }));
    const progress: number[] = [];
    const results = [];
    for await (const r of renderBatch(jobs, { recycleAfter: 2, onProgress: (p) => progress.push(p.done) })) results.push(r);
    expect(results.map((r) => [r.index, r.id, r.ok])).toEqual([[0, 'plan-0', true], [1, 'plan-1', true], [2, 'plan-2', false], [3, 'plan-3', true], [4, 'plan-4', true]]);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    const failed = results[2]!;
    expect(failed.ok ? null : failed.error.code).toBe('invalid-record');
    const fourth = results[4]!;
    expect(fourth.ok && pdfText(fourth.pdf)).toContain('Agent4');
  }, 60_000);
});
