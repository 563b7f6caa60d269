import { formats, isAudience, today, type Audience } from '@tremplin/schemas';
import { getRuleset } from '../registry.js';
import { describeValue, TremplinRulesError } from '../errors.js';
import type { Ruleset } from '../load.js';
import { PROBLEM_CODES, readLines, type RawLine } from './ndjson.js';
import { evaluateLine, type BatchResult, type ItemDefaults } from './evaluate-item.js';
import { decideWorkItem, toWorkItem, type WorkItem } from './item.js';
import { progressReporter, type BatchProgress } from './progress.js';
import { chunked, orderedPool } from './pool.js';
import { Utf8Writer } from './utf8-writer.js';

export type { BatchResult, BatchEnvelope } from './evaluate-item.js';
export type { BatchProgress } from './progress.js';

export interface BatchOptions {
  /**
   * Date for items that carry none (ISO); defaults to today, read once when the batch starts so a
   * batch that runs past midnight decides every item for the same day.
   */
  asOf?: string;
  /**
   * Worker threads; 0 (the default) decides in this thread. Measured on the NDJSON bench, two
   * workers do not pay for what crossing threads costs (see the README's "Workers" section).
   */
  workers?: number;
  /** Items sent to a worker at once (default 500). */
  chunkSize?: number;
  /** Keep each decision's trace (default false in batches: it is the largest part of a decision). */
  trace?: boolean;
  /** `full` decisions (default) or `compact` ones (outcome, steps, failed / missing ids, explanation): ~40× smaller. */
  detail?: 'full' | 'compact';
  /**
   * Write each decision as this audience may read it (projectDecision): a batch for an employer
   * carries no medical condition's status, explanation or trace.
   */
  audience?: Audience;
  /** Called at most every `progressEveryMs` (default 250) and once at the end, with `done: true`. */
  onProgress?: (progress: BatchProgress) => void;
  progressEveryMs?: number;
}

export interface NdjsonOptions extends BatchOptions {
  /** End the output with a `{"summary": …}` record, so a reader can tell a finished output from a cut one. */
  trailer?: boolean;
  /**
   * Resuming a killed run: input lines up to `afterLine` (1-based) were decided by it, into `records`
   * records (`ok` + `failed`); they are skipped, indexes go on from `records`, the trailer counts all.
   */
  resume?: { afterLine: number; records: number; ok: number; failed: number };
  /** Lines longer than this (bytes) are reported as `line-too-long` (default 256 MiB). */
  maxLineBytes?: number;
}

/** The last record of an NDJSON output written with `trailer: true`. */
export interface BatchSummary {
  summary: { complete: true; ruleset: string; asOf: string; lines: number; records: number; ok: number; failed: number };
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
  /** Per line: 0, or 1 for invalid UTF-8, 2 for a line too long (its text is then empty). */
  problems: Uint8Array;
}

const WORKER = new URL('./worker.js', import.meta.url);

function setup(ruleset: string | Ruleset, options: BatchOptions) {
  const compiled = typeof ruleset === 'string' ? getRuleset(ruleset) : ruleset;
  if (options === null || typeof options !== 'object') throw new TremplinRulesError('invalid-options', `batch options must be an object, got ${describeValue(options)}`);
  const asOf = options.asOf ?? today();
  if (typeof asOf !== 'string' || !formats.date(asOf)) throw new TremplinRulesError('invalid-date', `asOf must be a YYYY-MM-DD date, got ${describeValue(asOf)}`);
  if (options.audience !== undefined && !isAudience(options.audience)) throw new TremplinRulesError('invalid-options', 'audience is worker, employer, occupational-health or commission');
  const defaults: ItemDefaults = { asOf, trace: options.trace ?? false, detail: options.detail === 'compact' ? 'compact' : 'full', ...(options.audience ? { audience: options.audience } : {}) };
  return {
    compiled,
    defaults,
    // Workers rebuild the rule set: by name for shipped ones, from its data otherwise.
    workerData: (mode: 'object' | 'ndjson') => ({ ruleset: typeof ruleset === 'string' ? ruleset : compiled.data, mode, ...defaults }),
    workers: Math.max(0, Math.floor(Number(options.workers ?? 0)) || 0),
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
export async function* decideNdjson(ruleset: string | Ruleset, input: Parameters<typeof readLines>[0], options: NdjsonOptions = {}): AsyncGenerator<Uint8Array> {
  const { compiled, defaults, workerData, workers, chunkSize, progress } = setup(ruleset, options);
  const afterLine = options.resume?.afterLine ?? 0;
  let lastLine = afterLine;
  let index = options.resume?.records ?? 0;
  const lines = (async function* () {
    for await (const l of readLines(input, { maxLineBytes: options.maxLineBytes })) {
      lastLine = l.line;
      if (l.line > afterLine) yield { index: index++, ...l } as RawLine & { index: number };
    }
  })();
  if (workers === 0) {
    for await (const chunk of chunked(lines, chunkSize)) {
      const out = new Utf8Writer();
      for (const l of chunk) {
        const r = evaluateLine(compiled, l.index, l.line, l.text, defaults, l.problem);
        progress.count(r.ok);
        out.write(r.json);
      }
      yield out.bytes();
    }
  } else {
    const chunks = (async function* (): AsyncGenerator<LineChunk> {
      for await (const chunk of chunked(lines, chunkSize)) {
        yield {
          start: chunk[0]!.index,
          text: chunk.map((l) => l.text).join('\n'),
          lineNumbers: Uint32Array.from(chunk, (l) => l.line),
          problems: Uint8Array.from(chunk, (l) => PROBLEM_CODES.indexOf(l.problem)),
        };
      }
    })();
    for await (const reply of orderedPool<LineChunk, { bytes: Uint8Array; ok: number; failed: number }>(WORKER, workerData('ndjson'), workers, chunks)) {
      progress.countMany(reply.ok, reply.failed);
      yield reply.bytes;
    }
  }
  const totals = progress.finish();
  if (options.trailer) {
    const summary: BatchSummary = {
      summary: { complete: true, ruleset: compiled.id, asOf: defaults.asOf!, lines: lastLine,
        records: totals.processed + (options.resume?.records ?? 0),
        ok: totals.ok + (options.resume?.ok ?? 0),
        failed: totals.failed + (options.resume?.failed ?? 0),
      },
    };
    yield new TextEncoder().encode(`${JSON.stringify(summary)}\n`);
  }
}
