import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocumentName, RenderOptions } from './render.js';
import { TremplinPdfError, type PdfErrorCode } from './errors.js';

export interface RenderJob {
  document: DocumentName;
  record: unknown;
  options: RenderOptions;
  /** Carried through to the result, e.g. a file name. */
  id?: string;
}

type ErrorJson = ReturnType<TremplinPdfError['toJSON']>;

export type RenderResult =
  | { index: number; id?: string; ok: true; pdf: Buffer }
  | { index: number; id?: string; ok: false; error: ErrorJson };

type WorkerReply = { seq: number; ok: true; bytes: Uint8Array } | { seq: number; ok: false; error: ErrorJson };

export interface RenderBatchOptions {
  /** Worker threads (default: every core, `os.availableParallelism()`). */
  workers?: number;
  /** A job running longer is stopped, its worker replaced, and it comes out as `{ok: false, error: {code: 'timeout'}}` (default 60 s). */
  timeoutMs?: number;
  /** Documents a worker renders before it is replaced (default 2,000): a bound on whatever a long run retains. */
  recycleAfter?: number;
  /** Heap limit of each worker in MiB (default 1,024): a job that needs more ends its worker, comes out as `render-failed`, and the worker is replaced. */
  workerMemoryMb?: number;
  /** Called after each document with the count so far. */
  onProgress?: (progress: { done: number; ok: number; failed: number; elapsedMs: number }) => void;
}

const failure = (code: PdfErrorCode, message: string): ErrorJson => new TremplinPdfError(code, message).toJSON();

interface Running {
  seq: number;
  resolve: (reply: { ok: true; bytes: Uint8Array } | { ok: false; error: ErrorJson }) => void;
  timer: NodeJS.Timeout;
}

/** One worker thread, replaced when it crashes, times out or has rendered `recycleAfter` documents. */
class Slot {
  private worker!: Worker;
  private running: Running | undefined;
  private rendered = 0;

  constructor(private readonly recycleAfter: number, private readonly timeoutMs: number, private readonly memoryMb: number) {
    this.spawn();
  }

  private spawn() {
    const worker = new Worker(new URL('./batch-worker.js', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: this.memoryMb } });
    worker.on('message', (m: WorkerReply) => {
      if (worker !== this.worker || this.running?.seq !== m.seq) return;
      this.settle(m.ok ? { ok: true, bytes: m.bytes } : { ok: false, error: m.error });
    });
    const lost = (why: string) => {
      if (worker !== this.worker) return;
      this.spawn();
      this.settle({ ok: false, error: failure('render-failed', `the worker rendering this job stopped (${why}); it was replaced`) });
    };
    worker.on('error', (e) => lost((e as Error).message?.slice(0, 200) ?? 'error'));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    this.worker = worker;
    this.rendered = 0;
  }

  private settle(reply: Parameters<Running['resolve']>[0]) {
    const r = this.running;
    if (!r) return;
    clearTimeout(r.timer);
    this.running = undefined;
    r.resolve(reply);
  }

  /** Renders one job; never rejects. */
  run(seq: number, job: RenderJob): Promise<Parameters<Running['resolve']>[0]> {
    if (this.rendered >= this.recycleAfter) this.replace();
    this.rendered++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.replace();
        this.settle({ ok: false, error: failure('timeout', `rendering took longer than ${this.timeoutMs} ms (timeoutMs); the job was stopped`) });
      }, this.timeoutMs);
      this.running = { seq, resolve, timer };
      try {
        this.worker.postMessage({ seq, document: job.document, record: job.record, options: job.options });
      } catch (error) {
        this.settle({ ok: false, error: failure('invalid-record', `the job cannot be sent to a worker: ${(error as Error).message.slice(0, 200)}`) });
      }
    });
  }

  private replace() {
    const old = this.worker;
    this.spawn();
    void old.terminate();
  }

  async close() {
    const w = this.worker;
    this.worker = undefined as unknown as Worker;
    await w?.terminate();
  }
}

function checkJob(job: unknown): string | undefined {
  if (!job || typeof job !== 'object') return 'a job is an object { document, record, options }';
  const j = job as Partial<RenderJob>;
  if (typeof j.document !== 'string') return 'job.document is missing';
  if (!j.options || typeof j.options !== 'object') return 'job.options is missing';
  return undefined;
}

/**
 * Renders many documents on a pool of worker threads (one per core by default) and yields the
 * results in the order of the jobs. A job that fails — invalid record, a `null` job, a record that
 * cannot be sent to a thread, a timeout, a worker that crashed — comes out in place as
 * `{ok: false, error}`; the others are rendered. A crashed or timed-out worker is replaced. At most
 * a few jobs per worker are read ahead, so memory stays flat however long the batch.
 *
 * @example
 * for await (const r of renderBatch(plans.map((record) => ({ document: 'action-plan', record, options: { audience: 'employer' } })))) {
 *   if (r.ok) writeFileSync(`plan-${r.index}.pdf`, r.pdf);
 *   else console.error(r.index, r.error.code, r.error.message);
 * }
 */
export async function* renderBatch(jobs: AsyncIterable<RenderJob> | Iterable<RenderJob>, options: RenderBatchOptions = {}): AsyncGenerator<RenderResult> {
  const size = Math.max(1, Math.min(64, Math.floor(options.workers ?? availableParallelism())));
  const timeoutMs = Math.max(1, options.timeoutMs ?? 60_000);
  const recycleAfter = Math.max(1, Math.floor(options.recycleAfter ?? 2000));
  const memoryMb = Math.max(16, Math.floor(options.workerMemoryMb ?? 1024));
  const started = performance.now();
  const slots: Slot[] = [];
  const idle: Slot[] = [];
  const waiting: Array<(slot: Slot) => void> = [];
  const acquire = (): Promise<Slot> => {
    const free = idle.pop();
    if (free) return Promise.resolve(free);
    if (slots.length < size) {
      const slot = new Slot(recycleAfter, timeoutMs, memoryMb);
      slots.push(slot);
      return Promise.resolve(slot);
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (slot: Slot) => {
    const next = waiting.shift();
    if (next) next(slot);
    else idle.push(slot);
  };
  const runJob = async (index: number, job: RenderJob): Promise<RenderResult> => {
    const id = job && typeof job === 'object' && typeof job.id === 'string' ? { id: job.id } : {};
    const problem = checkJob(job);
    if (problem) return { index, ...id, ok: false, error: failure('invalid-options', `job ${index}: ${problem}`) };
    const slot = await acquire();
    try {
      const reply = await slot.run(index, job);
      return reply.ok
        ? { index, ...id, ok: true, pdf: Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength) }
        : { index, ...id, ok: false, error: reply.error };
    } finally {
      release(slot);
    }
  };

  const window = size * 3;
  const queue: Promise<RenderResult>[] = [];
  const source = (Symbol.asyncIterator in jobs ? jobs[Symbol.asyncIterator]() : (jobs as Iterable<RenderJob>)[Symbol.iterator]()) as AsyncIterator<RenderJob> | Iterator<RenderJob>;
  let index = 0;
  let exhausted = false;
  let ok = 0;
  let failed = 0;
  try {
    for (;;) {
      while (!exhausted && queue.length < window) {
        const next = await source.next();
        if (next.done) exhausted = true;
        else queue.push(runJob(index++, next.value));
      }
      const head = queue.shift();
      if (!head) break;
      const result = await head;
      if (result.ok) ok++;
      else failed++;
      yield result;
      options.onProgress?.({ done: ok + failed, ok, failed, elapsedMs: performance.now() - started });
    }
  } finally {
    await Promise.allSettled(queue);
    await Promise.all(slots.map((s) => s.close()));
  }
}
