import { Worker } from 'node:worker_threads';
import type { DocumentName, RenderOptions } from './render.js';
import type { TremplinPdfError } from './errors.js';

export interface RenderJob {
  document: DocumentName;
  record: unknown;
  options: RenderOptions;
  /** Carried through to the result, e.g. a file name. */
  id?: string;
}

export type RenderResult =
  | { index: number; id?: string; ok: true; pdf: Buffer }
  | { index: number; id?: string; ok: false; error: ReturnType<TremplinPdfError['toJSON']> };

type WorkerReply = { seq: number; ok: true; bytes: Uint8Array } | { seq: number; ok: false; error: ReturnType<TremplinPdfError['toJSON']> };

export interface RenderBatchOptions {
  /** Documents a worker renders before it is replaced (default 200): bounds what the PDF library retains. */
  recycleAfter?: number;
  /** Called after each document with the count so far. */
  onProgress?: (progress: { done: number; ok: number; failed: number; elapsedMs: number }) => void;
}

/**
 * Renders many documents, in order, in a worker thread that is replaced every `recycleAfter`
 * documents: react-pdf keeps part of each rendered document alive (measured in the benchmark), so a
 * long batch in one process grows without bound; here memory stays flat. The worker runs React's
 * production build. A document that fails (invalid record) comes out as `{ok: false, error}`.
 *
 * @example
 * for await (const r of renderBatch(plans.map((record) => ({ document: 'action-plan', record, options: { audience: 'employer' } })))) {
 *   if (r.ok) writeFileSync(`plan-${r.index}.pdf`, r.pdf);
 * }
 */
export async function* renderBatch(jobs: AsyncIterable<RenderJob> | Iterable<RenderJob>, options: RenderBatchOptions = {}): AsyncGenerator<RenderResult> {
  const recycleAfter = Math.max(1, Math.floor(options.recycleAfter ?? 200));
  const started = performance.now();
  let worker: Worker | undefined;
  let rendered = 0;
  let index = 0;
  let ok = 0;
  let failed = 0;
  const spawn = () =>
    new Worker(new URL('./batch-worker.js', import.meta.url), { env: { ...process.env, NODE_ENV: 'production' } });
  try {
    for await (const job of jobs as AsyncIterable<RenderJob>) {
      if (!worker || rendered >= recycleAfter) {
        await worker?.terminate();
        worker = spawn();
        rendered = 0;
      }
      const w = worker;
      const reply = await new Promise<WorkerReply>((resolve, reject) => {
        const onMessage = (m: WorkerReply) => {
          w.off('error', reject);
          resolve(m);
        };
        w.once('message', onMessage);
        w.once('error', reject);
        w.postMessage({ seq: index, document: job.document, record: job.record, options: job.options });
      });
      rendered++;
      const base = job.id === undefined ? { index } : { index, id: job.id };
      if (reply.ok) {
        ok++;
        yield { ...base, ok: true, pdf: Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength) };
      } else {
        failed++;
        yield { ...base, ok: false, error: reply.error };
      }
      index++;
      options.onProgress?.({ done: index, ok, failed, elapsedMs: performance.now() - started });
    }
  } finally {
    await worker?.terminate();
  }
}
