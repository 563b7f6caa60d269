import { availableParallelism } from 'node:os';
import { getRuleset } from '../registry.js';
import type { Ruleset } from '../load.js';
import { readLines, type RawLine } from './ndjson.js';
import { evaluateLine, type BatchResult, type ItemDefaults } from './evaluate-item.js';
import { decideWorkItem, toWorkItem, type WorkItem } from './item.js';
import { progressReporter, type BatchProgress } from './progress.js';
import { chunked, orderedPool } from './pool.js';
import { Utf8Writer } from './utf8-writer.js';

export type { BatchResult, BatchEnvelope } from './evaluate-item.js';
export type { BatchProgress } from './progress.js';

export interface BatchOptions {
  /** Date for items that carry none (ISO); defaults to today. */
  asOf?: string;
  /** Worker threads; 0 decides in this thread. Default: one per core. */
  workers?: number;
  /** Items sent to a worker at once (default 500). */
  chunkSize?: number;
  /** Keep each decision's trace (default false in batches: it is the largest part of a decision). */
  trace?: boolean;
  /** `full` decisions (default) or `compact` ones (outcome, steps, failed / missing ids, explanation): ~40× smaller. */
  detail?: 'full' | 'compact';
  /** Called at most every `progressEveryMs` (default 250) and once at the end, with `done: true`. */
  onProgress?: (progress: BatchProgress) => void;
  progressEveryMs?: number;
}

type Source = AsyncIterable<unknown> | Iterable<unknown>;

/**
 * Lines sent to a worker as one string and a typed array: cloning a thousand small objects
 * between threads cost more than deciding them. (A line never contains a newline.)
 */
export interface LineChunk {
  start: number;
  text: string;
  lineNumbers: Uint32Array;
}

const WORKER = new URL('./worker.js', import.meta.url);

function setup(ruleset: string | Ruleset, options: BatchOptions) {
  const compiled = typeof ruleset === 'string' ? getRuleset(ruleset) : ruleset;
  const defaults: ItemDefaults = { asOf: options.asOf, trace: options.trace ?? false, detail: options.detail ?? 'full' };
  return {
    compiled,
    defaults,
    // Workers rebuild the rule set: by name for shipped ones, from its data otherwise.
    workerData: (mode: 'object' | 'ndjson') => ({ ruleset: typeof ruleset === 'string' ? ruleset : compiled.data, mode, ...defaults }),
    workers: Math.max(0, Math.floor(options.workers ?? availableParallelism())),
    chunkSize: Math.max(1, Math.floor(options.chunkSize ?? 500)),
    progress: progressReporter(options),
  };
}

async function* numbered<T>(source: AsyncIterable<unknown> | Iterable<unknown>, as: (index: number, item: unknown) => T): AsyncGenerator<T> {
  let index = 0;
  for await (const item of source as AsyncIterable<unknown>) yield as(index++, item);
}

/**
 * Decides every item of a source (fact objects, `{id, asOf, facts}` envelopes, or parseNdjson's
 * lines), in order, with bounded memory: at most two chunks per worker are read ahead, so a source
 * of millions of items streams through. Items that fail (bad facts, no version in force,
 * unparsable lines) come out as `{ok: false, error}`: nothing is dropped.
 *
 * @example
 * import { createReadStream } from 'node:fs';
 * import { decideBatch, parseNdjson } from '@tremplin/rules/node';
 * for await (const r of decideBatch('chance', parseNdjson(createReadStream('agents.ndjson')))) {
 *   if (!r.ok) console.error(r.index, r.error.message);
 * }
 */
export async function* decideBatch(ruleset: string | Ruleset, source: Source, options: BatchOptions = {}): AsyncGenerator<BatchResult> {
  const { compiled, defaults, workerData, workers, chunkSize, progress } = setup(ruleset, options);
  const items = numbered(source, toWorkItem);
  if (workers === 0) {
    for await (const item of items) {
      const result = decideWorkItem(compiled, item, defaults);
      progress.count(result.ok);
      yield result;
    }
  } else {
    for await (const results of orderedPool<WorkItem[], BatchResult[]>(WORKER, workerData('object'), workers, chunked(items, chunkSize))) {
      for (const result of results) {
        progress.count(result.ok);
        yield result;
      }
    }
  }
  progress.finish();
}

/**
 * NDJSON in, NDJSON out, for files and HTTP bodies. Workers receive raw lines and hand back UTF-8
 * bytes whose memory is transferred, so this thread only splits and writes: the path that scales
 * with cores (copying decision objects or big strings between threads costs more than deciding).
 * Yields UTF-8 bytes in input order, one chunk of lines at a time.
 *
 * @example
 * for await (const bytes of decideNdjson('chance', createReadStream('in.ndjson'))) out.write(bytes);
 */
export async function* decideNdjson(ruleset: string | Ruleset, input: Parameters<typeof readLines>[0], options: BatchOptions = {}): AsyncGenerator<Uint8Array> {
  const { compiled, defaults, workerData, workers, chunkSize, progress } = setup(ruleset, options);
  const lines = numbered(readLines(input), (index, l) => ({ index, ...(l as RawLine) }));
  if (workers === 0) {
    for await (const chunk of chunked(lines, chunkSize)) {
      const out = new Utf8Writer();
      for (const l of chunk) {
        const r = evaluateLine(compiled, l.index, l.line, l.text, defaults);
        progress.count(r.ok);
        out.write(r.json);
      }
      yield out.bytes();
    }
  } else {
    const chunks = (async function* (): AsyncGenerator<LineChunk> {
      for await (const chunk of chunked(lines, chunkSize)) {
        yield { start: chunk[0]!.index, text: chunk.map((l) => l.text).join('\n'), lineNumbers: Uint32Array.from(chunk, (l) => l.line) };
      }
    })();
    for await (const reply of orderedPool<LineChunk, { bytes: Uint8Array; ok: number; failed: number }>(WORKER, workerData('ndjson'), workers, chunks)) {
      progress.countMany(reply.ok, reply.failed);
      yield reply.bytes;
    }
  }
  progress.finish();
}
