// The `tremplin` command: decisions from a JSON file, stdin or an NDJSON batch.
import { createReadStream, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLocale, type Locale } from '@tremplin/schemas';
import { decide } from '../decide.js';
import { clip, isTremplinRulesError, TremplinRulesError } from '../errors.js';
import { getRuleset, RULESET_IDS } from '../registry.js';
import { listRules } from '../catalogue.js';
import { decideNdjson } from '../batch/batch.js';
import { jsonErrorOf } from '../batch/ndjson.js';
import { fileSink, OutputError, outputError, streamSink, type Sink } from './output.js';
import { formatDecision } from './format.js';
import { formatFactsReference } from '../facts-reference.js';

export const USAGE = `Usage:
  tremplin decide <ruleset> <facts.json | ->   [--as-of YYYY-MM-DD] [--format json|text] [--lang fr|en]
  tremplin decide <ruleset> --batch <in.ndjson | -> [-o out.ndjson [--resume]] [--as-of …] [--workers N] [--compact] [--quiet]
  tremplin rules [ruleset]                     list conditions with their legal references
  tremplin rules <ruleset> --facts             the facts it reads: type, values, unit, label, source

Rule sets: ${RULESET_IDS.join(', ')}
A batch writes one record per non-blank input line, in order, then a {"summary": …} record; with -o it
writes out.ndjson.partial and renames it to out.ndjson when complete; --resume goes on from a partial.
Exit codes: 0 decided (whatever the outcome), 1 bad input or output (facts, file, JSON, full disk,
closed pipe), 2 bad usage, 3 batch finished but some lines were refused (each is an error record).`;

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  isTTY?: boolean;
}

class UsageError extends Error {}

function readInput(path: string, io: Io): Promise<string> {
  if (path !== '-') return Promise.resolve(readFileSync(path, 'utf8'));
  return new Promise((resolve, reject) => {
    let text = '';
    io.stdin.setEncoding('utf8');
    io.stdin.on('data', (chunk: string) => (text += chunk));
    io.stdin.on('end', () => resolve(text));
    io.stdin.on('error', reject);
  });
}

const codeOf = (error: unknown) => String((error as { code?: unknown })?.code ?? (error as Error)?.name ?? 'error');

function inputError(message: string, details: Record<string, unknown> = {}): TremplinRulesError {
  return new TremplinRulesError('invalid-facts', message, { details });
}

async function decideOne(ruleset: string, path: string, values: Record<string, unknown>, io: Io) {
  let text: string;
  try {
    text = await readInput(path, io);
  } catch (error) {
    throw inputError(`Cannot read ${clip(path, 200)}: ${codeOf(error)}`, { path });
  }
  let facts: unknown;
  try {
    facts = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw inputError(`${path === '-' ? 'stdin' : clip(path, 200)} is not JSON: ${jsonErrorOf(error)}`, { path });
  }
  const decision = decide(getRuleset(ruleset), facts, { asOf: values['as-of'] as string | undefined });
  const locale: Locale = isLocale(values.lang) ? values.lang : 'fr';
  io.stdout.write(values.format === 'text' ? `${formatDecision(decision, locale)}\n` : `${JSON.stringify(decision, null, 2)}\n`);
}

/** Decides an NDJSON batch; resolves to the number of refused lines. */
async function decideMany(ruleset: string, path: string, values: Record<string, unknown>, io: Io): Promise<number> {
  getRuleset(ruleset); // an unknown name fails before any work starts
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) throw new UsageError('--workers takes a whole number (0 decides in one thread)');
  if (values.resume && !values.o) throw new UsageError('--resume needs -o: it goes on from out.ndjson.partial');
  const input = path === '-' ? io.stdin : createReadStream(path);
  const opened = new Promise<void>((resolve, reject) => {
    if (path === '-') return resolve();
    (input as ReturnType<typeof createReadStream>).once('open', () => resolve()).once('error', reject);
  });
  try {
    await opened;
  } catch (error) {
    throw inputError(`Cannot read ${clip(path, 200)}: ${codeOf(error)}`, { path });
  }
  // A read error later on (a disk failing mid-file) must end this batch with a message, not the process.
  const readFailure = new Promise<never>((_, reject) => (input as NodeJS.ReadableStream).once('error', (error) => reject(inputError(`Cannot read ${clip(path, 200)}: ${codeOf(error)}`, { path }))));
  readFailure.catch(() => undefined);
  let sink: Sink;
  try {
    sink = values.o ? await fileSink(values.o as string, Boolean(values.resume)) : streamSink(io.stdout);
  } catch (error) {
    (input as { destroy?: () => void }).destroy?.();
    throw error;
  }
  const showProgress = !values.quiet;
  let last = { processed: 0, ok: 0, failed: 0, perSecond: 0 };
  const batch = decideNdjson(ruleset, input, {
    asOf: values['as-of'] as string | undefined,
    detail: values.compact ? 'compact' : 'full',
    workers,
    trailer: true,
    ...(sink.resumed ? { resume: sink.resumed } : {}),
    onProgress: (p) => {
      last = p;
      if (showProgress && !p.done) io.stderr.write(`\r${p.processed.toLocaleString('fr-FR')} décisions (${Math.round(p.perSecond).toLocaleString('fr-FR')}/s)`);
    },
  });
  try {
    const it = batch[Symbol.asyncIterator]();
    while (true) {
      const next = await Promise.race([it.next(), readFailure]);
      if (next.done) break;
      await sink.write(next.value);
    }
    await sink.commit();
  } catch (error) {
    await batch.return(undefined).catch(() => undefined);
    await sink.abort();
    throw error;
  }
  const failed = last.failed + (sink.resumed?.failed ?? 0);
  if (showProgress) {
    const before = sink.resumed ? ` (resumed after line ${sink.resumed.afterLine}: ${sink.resumed.records} earlier)` : '';
    io.stderr.write(`\r${last.processed} decided: ${last.ok} ok, ${last.failed} refused (${Math.round(last.perSecond)}/s)${before}\n`);
  }
  return failed;
}

function listing(ruleset: string | undefined, io: Io, locale: Locale) {
  const rows = listRules().filter((r) => !ruleset || r.ruleset === ruleset);
  if (ruleset && rows.length === 0) getRuleset(ruleset);
  for (const r of rows) {
    io.stdout.write(`${r.ruleset}  ${r.version} [${r.validFrom} → ${r.validUntil ?? '…'}]  ${r.condition}\n    ${r.label[locale]}\n    ${r.expression}\n    ${r.references.map((x) => x.citation).join(' ; ')}\n`);
  }
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[], io: Io = process as unknown as Io): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        batch: { type: 'string' },
        o: { type: 'string', short: 'o' },
        'as-of': { type: 'string' },
        format: { type: 'string', default: 'json' },
        lang: { type: 'string', default: 'fr' },
        workers: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        resume: { type: 'boolean' },
        compact: { type: 'boolean' },
        facts: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [command, ruleset, file] = positionals;
    if (values.help || !command) {
      io.stdout.write(`${USAGE}\n`);
      return values.help ? 0 : 2;
    }
    if (values.format !== 'json' && values.format !== 'text') throw new UsageError('--format is json or text');
    if (!isLocale(values.lang)) throw new UsageError('--lang is fr or en');
    if (command === 'rules' && values.facts) {
      if (!ruleset) throw new UsageError('rules --facts needs a rule set name');
      io.stdout.write(`${formatFactsReference(ruleset, values.lang)}\n`);
      return 0;
    }
    if (command === 'rules') {
      listing(ruleset, io, values.lang);
      return 0;
    }
    if (command !== 'decide') throw new UsageError(`unknown command "${command}"`);
    if (!ruleset) throw new UsageError('decide needs a rule set name');
    if (values.batch !== undefined) {
      if (file) throw new UsageError('give either a facts file or --batch, not both');
      const refused = await decideMany(ruleset, values.batch, values, io);
      return refused > 0 ? 3 : 0;
    } else {
      if (!file) throw new UsageError('decide needs a facts file, or - for stdin');
      await decideOne(ruleset, file, values, io);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith?.('ERR_PARSE_ARGS')) {
      io.stderr.write(`tremplin: ${(error as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    try {
      if (isTremplinRulesError(error)) {
        io.stderr.write(`tremplin: ${error.message}\n`);
        for (const issue of error.issues) io.stderr.write(`  - ${issue.fact || '(facts)'}: ${issue.message.fr}\n`);
        io.stderr.write(`${JSON.stringify(error.toJSON())}\n`);
        return 1;
      }
      if (error instanceof OutputError) {
        io.stderr.write(`tremplin: ${error.message}\n`);
        return 1;
      }
      // Anything else is a bug of ours: one bounded line, no stack, no input quoted.
      io.stderr.write(`tremplin: unexpected ${error instanceof Error ? error.name : typeof error}: ${clip(error instanceof Error ? error.message : '', 200)}\n`);
    } catch {
      // stderr itself is gone: nothing left to tell.
    }
    return 1;
  }
}
