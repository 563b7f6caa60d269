import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { getRuleset } from '../registry.js';
import type { Ruleset } from '../load.js';
import { NdjsonLine, parseNdjson } from './ndjson.js';
import { evaluateItem, type BatchResult } from './evaluate-item.js';
import { TremplinRulesError } from '../errors.js';
import { progressReporter, type BatchProgress } from './progress.js';

export type { BatchResult, BatchEnvelope } from './evaluate-item.js';
export type { BatchProgress } from './progress.js';

export interface BatchOptions {
  /** Date for items that carry none (ISO); defaults to today. */
  asOf?: string;
  /** Worker threads; 0 decides in this thread. Default: one per core. */
  workers?: number;
  /** Items sent to a worker at once. */
  chunkSize?: number;
  /** Keep each decision's trace (default false in batches: it is the largest part of a decision). */
  trace?: boolean;
  /** Called at most every `progressEveryMs` (default 250) and once at the end. */
  onProgress?: (progress: BatchProgress) => void;
  progressEveryMs?: number;
}

type Source = AsyncIterable<unknown> | Iterable<unknown>;
type Defaults = { asOf?: string; trace?: boolean };

/** An NDJSON line that could not be parsed is answered at once; anything else is decided. */
function parseFailure(item: unknown, index: number): BatchResult | undefined {
  if (!(item instanceof NdjsonLine) || item.error === undefined) return undefined;
  const error = new TremplinRulesError('invalid-facts', `Line ${item.line} is not JSON: ${item.error}`, {
    issues: [{ fact: '', code: 'invalid-json', message: { fr: `Ligne ${item.line} : JSON invalide`, en: `Line ${item.line}: invalid JSON` } }],
    details: { line: item.line, text: item.text },
  });
  return { index, ok: false, error: error.toJSON() };
}

const valueOf = (item: unknown) => (item instanceof NdjsonLine ? item.value : item);

/**
 * Decides every item of a source, in order, with bounded memory: at most two chunks per worker are
 * read ahead, so a file of millions of lines streams through. Items that fail (bad facts, no version
 * in force, unparsable NDJSON lines) come out as `{ok: false, error}` results: nothing is dropped.
 *
 * @example
 * import { createReadStream } from 'node:fs';
 * import { decideBatch, parseNdjson } from '@tremplin/rules/node';
 * for await (const r of decideBatch('chance', parseNdjson(createReadStream('agents.ndjson')), { onProgress: console.error })) {
 *   process.stdout.write(JSON.stringify(r) + '\n');
 * }
 */
export async function* decideBatch(ruleset: string | Ruleset, source: Source, options: BatchOptions = {}): AsyncGenerator<BatchResult> {
  const compiled = typeof ruleset === 'string' ? getRuleset(ruleset) : ruleset;
  const defaults: Defaults = { asOf: options.asOf, trace: options.trace ?? false };
  const workers = Math.max(0, Math.floor(options.workers ?? availableParallelism()));
  const progress = progressReporter(options);
  const results =
    workers === 0
      ? inThisThread(compiled, source, defaults)
      : inWorkers(typeof ruleset === 'string' ? ruleset : compiled.data, source, workers, options.chunkSize ?? 500, defaults);
  for await (const result of results) {
    progress.count(result);
    yield result;
  }
  progress.finish();
}

async function* inThisThread(ruleset: Ruleset, source: Source, defaults: Defaults): AsyncGenerator<BatchResult> {
  let index = 0;
  for await (const item of source as AsyncIterable<unknown>) {
    const i = index++;
    yield parseFailure(item, i) ?? evaluateItem(ruleset, i, valueOf(item), defaults);
  }
}

interface Chunk {
  /** Results known without a worker (unparsable lines). */
  answered: BatchResult[];
  /** Items for the worker, with their position in the whole batch. */
  items: Array<{ index: number; value: unknown }>;
}

async function* inWorkers(ruleset: string | Ruleset['data'], source: Source, count: number, chunkSize: number, defaults: Defaults): AsyncGenerator<BatchResult> {
  const url = new URL('./worker.js', import.meta.url);
  const pool = Array.from({ length: count }, () => new Worker(url, { workerData: { ruleset, ...defaults } }));
  const idle = [...pool];
  const pending = new Map<number, Chunk>();
  const finished = new Map<number, BatchResult[]>();
  let wake: (() => void) | undefined;
  let failure: unknown;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  for (const worker of pool) {
    worker.on('message', ({ seq, results }: { seq: number; results: BatchResult[] }) => {
      const chunk = pending.get(seq)!;
      pending.delete(seq);
      finished.set(seq, [...chunk.answered, ...results].sort((a, b) => a.index - b.index));
      idle.push(worker);
      notify();
    });
    worker.on('error', (error) => {
      failure = error;
      notify();
    });
  }

  const iterator = (async function* () {
    for await (const item of source as AsyncIterable<unknown>) yield item;
  })();
  let index = 0;
  let sent = 0;
  let next = 0;
  let exhausted = false;

  async function readChunk(): Promise<Chunk> {
    const chunk: Chunk = { answered: [], items: [] };
    while (chunk.answered.length + chunk.items.length < chunkSize) {
      const r = await iterator.next();
      if (r.done) {
        exhausted = true;
        break;
      }
      const i = index++;
      const failed = parseFailure(r.value, i);
      if (failed) chunk.answered.push(failed);
      else chunk.items.push({ index: i, value: valueOf(r.value) });
    }
    return chunk;
  }

  try {
    while (true) {
      if (failure) throw failure;
      // Read ahead at most two chunks per worker: memory stays flat whatever the input's size.
      while (!exhausted && idle.length > 0 && sent - next < count * 2) {
        const chunk = await readChunk();
        if (chunk.answered.length + chunk.items.length === 0) break;
        const seq = sent++;
        if (chunk.items.length === 0) finished.set(seq, chunk.answered);
        else {
          pending.set(seq, chunk);
          idle.pop()!.postMessage({ seq, items: chunk.items });
        }
      }
      const ready = finished.get(next);
      if (ready) {
        finished.delete(next++);
        yield* ready;
        continue;
      }
      if (exhausted && next === sent) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/**
 * NDJSON in, NDJSON out: the whole batch as a stream of lines.
 * @example
 * for await (const line of decideNdjson('chance', process.stdin)) process.stdout.write(line);
 */
export async function* decideNdjson(ruleset: string | Ruleset, input: Parameters<typeof parseNdjson>[0], options: BatchOptions = {}): AsyncGenerator<string> {
  for await (const result of decideBatch(ruleset, parseNdjson(input), options)) yield `${JSON.stringify(result)}\n`;
}
