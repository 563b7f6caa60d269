// The `tremplin` command: decisions from a JSON file, stdin or an NDJSON batch.
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLocale, type Locale } from '@tremplin/schemas';
import { decide } from '../decide.js';
import { TremplinRulesError } from '../errors.js';
import { getRuleset, RULESET_IDS } from '../registry.js';
import { listRules } from '../catalogue.js';
import { decideNdjson } from '../batch/batch.js';
import { formatDecision } from './format.js';
import { formatFactsReference } from '../facts-reference.js';

export const USAGE = `Usage:
  tremplin decide <ruleset> <facts.json | ->   [--as-of YYYY-MM-DD] [--format json|text] [--lang fr|en]
  tremplin decide <ruleset> --batch <in.ndjson | -> [-o out.ndjson] [--as-of …] [--workers N] [--compact] [--quiet]
  tremplin rules [ruleset]                     list conditions with their legal references
  tremplin rules <ruleset> --facts             the facts it reads: type, values, unit, label, source

Rule sets: ${RULESET_IDS.join(', ')}
Exit codes: 0 decided (whatever the outcome), 1 bad input (facts, file, JSON), 2 bad usage.`;

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

function inputError(message: string, details: Record<string, unknown> = {}): TremplinRulesError {
  return new TremplinRulesError('invalid-facts', message, { details });
}

async function decideOne(ruleset: string, path: string, values: Record<string, unknown>, io: Io) {
  let text: string;
  try {
    text = await readInput(path, io);
  } catch (error) {
    throw inputError(`Cannot read ${path}: ${(error as Error).message}`, { path });
  }
  let facts: unknown;
  try {
    facts = JSON.parse(text);
  } catch (error) {
    throw inputError(`${path === '-' ? 'stdin' : path} is not JSON: ${(error as Error).message}`, { path });
  }
  const decision = decide(getRuleset(ruleset), facts, { asOf: values['as-of'] as string | undefined });
  const locale: Locale = isLocale(values.lang) ? values.lang : 'fr';
  io.stdout.write(values.format === 'text' ? `${formatDecision(decision, locale)}\n` : `${JSON.stringify(decision, null, 2)}\n`);
}

async function decideMany(ruleset: string, path: string, values: Record<string, unknown>, io: Io) {
  getRuleset(ruleset); // an unknown name fails before any work starts
  const input = path === '-' ? io.stdin : createReadStream(path);
  const opened = new Promise<void>((resolve, reject) => {
    if (path === '-') return resolve();
    (input as ReturnType<typeof createReadStream>).once('open', () => resolve()).once('error', reject);
  });
  try {
    await opened;
  } catch (error) {
    throw inputError(`Cannot read ${path}: ${(error as Error).message}`, { path });
  }
  const out: NodeJS.WritableStream = values.o ? createWriteStream(values.o as string) : io.stdout;
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) throw new UsageError('--workers takes a whole number (0 decides in one thread)');
  const showProgress = !values.quiet;
  let last = { processed: 0, ok: 0, failed: 0, perSecond: 0 };
  for await (const bytes of decideNdjson(ruleset, input, {
    asOf: values['as-of'] as string | undefined,
    detail: values.compact ? 'compact' : 'full',
    workers,
    onProgress: (p) => {
      last = p;
      if (showProgress && !p.done) io.stderr.write(`\r${p.processed.toLocaleString('fr-FR')} décisions (${Math.round(p.perSecond).toLocaleString('fr-FR')}/s)`);
    },
  })) {
    if (!out.write(bytes)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  if (out !== io.stdout) await new Promise((resolve) => (out as ReturnType<typeof createWriteStream>).end(resolve));
  if (showProgress) io.stderr.write(`\r${last.processed} decided: ${last.ok} ok, ${last.failed} refused (${Math.round(last.perSecond)}/s)\n`);
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
      await decideMany(ruleset, values.batch, values, io);
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
    if (error instanceof TremplinRulesError) {
      io.stderr.write(`tremplin: ${error.message}\n`);
      for (const issue of error.issues) io.stderr.write(`  - ${issue.fact || '(facts)'}: ${issue.message.fr}\n`);
      io.stderr.write(`${JSON.stringify(error.toJSON())}\n`);
      return 1;
    }
    throw error;
  }
}
