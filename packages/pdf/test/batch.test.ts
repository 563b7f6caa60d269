import { describe, expect, it } from 'vitest';
// The batch renders in worker threads that load the built files: test what users run.
import { renderBatch, type RenderJob } from '../dist/index.js';
import { examples, pdfText } from './support.js';

const plan = examples('action-plan')[0]!;
const job = (i: number): RenderJob => ({ id: `plan-${i}`, document: 'action-plan', record: { ...plan, beneficiary: { lastName: `Agent${i}`, firstName: 'Test' } }, options: { audience: 'employer' } });

describe('renderBatch', () => {
  it('renders in order on a pool, keeping each failure in place and rendering the others', async () => {
    const jobs: unknown[] = [0, 1, 2, 3, 4, 5, 6].map(job);
    jobs[2] = { ...job(2), record: { ...plan, status: 'perdu' } }; // invalid record
    jobs[3] = null; // not a job
    jobs[5] = { ...job(5), record: { ...plan, notes: () => 'a function cannot cross threads' } };
    const progress: number[] = [];
    const results = [];
    for await (const r of renderBatch(jobs as RenderJob[], { workers: 2, recycleAfter: 2, onProgress: (p) => progress.push(p.done) })) results.push(r);
    expect(results.map((r) => [r.index, r.ok])).toEqual([[0, true], [1, true], [2, false], [3, false], [4, true], [5, false], [6, true]]);
    expect(results.map((r) => r.id)).toEqual(['plan-0', 'plan-1', 'plan-2', undefined, 'plan-4', 'plan-5', 'plan-6']);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const codes = results.map((r) => (r.ok ? null : r.error.code));
    expect(codes).toEqual([null, null, 'invalid-record', 'invalid-options', null, 'invalid-record', null]);
    const last = results[6]!;
    expect(last.ok && pdfText(last.pdf)).toContain('Agent6');
  }, 60_000);

  it('stops a job past its timeout, replaces the worker, and renders the next jobs', async () => {
    const results = [];
    for await (const r of renderBatch([job(0), job(1)], { workers: 1, timeoutMs: 1 })) results.push(r);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['timeout', 'timeout']);
    const after = [];
    for await (const r of renderBatch([job(0), job(1), job(2)], { workers: 1, timeoutMs: 30_000 })) after.push(r);
    expect(after.every((r) => r.ok)).toBe(true);
  }, 60_000);

  it('a worker that crashes (here out of memory) is reported in place and replaced', async () => {
    // Two million small objects: far more than a 32 MiB worker heap holds (the record is refused only
    // once it has crossed into the worker, so the worker itself runs out of memory).
    const huge = { ...plan, padding: Array.from({ length: 2_000_000 }, (_, i) => ({ i })) };
    const results = [];
    for await (const r of renderBatch([job(0), { ...job(1), record: huge }, job(2)], { workers: 1, workerMemoryMb: 32 })) results.push(r);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'render-failed', 'ok']);
    const crashed = results[1]!;
    expect(crashed.ok ? '' : crashed.error.message).toMatch(/worker .* stopped .* replaced/);
  }, 120_000);
});
