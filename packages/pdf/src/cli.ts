// The `tremplin-pdf` command: one document from a JSON record, for one audience.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLocale } from '@tremplin/schemas';
import { AUDIENCES, isAudience } from './audience.js';
import { TremplinPdfError } from './errors.js';
import { DOCUMENTS, renderToBuffer, type DocumentName, type RenderOptions } from './render.js';

export const USAGE = `Usage:
  tremplin-pdf <document> <record.json | -> --audience <${AUDIENCES.join('|')}> -o <out.pdf> [--lang fr|en] [--consent <consent.json>]… [--on YYYY-MM-DD] [--pdf-ua]

Documents: ${DOCUMENTS.join(', ')}
--consent: a consent record (consent.schema.json) of the worker; repeat for several. --on: the document's date.
--pdf-ua: write PDF/UA-1.
Exit codes: 0 written, 1 bad input (the failing fields are listed), 2 bad usage.`;

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  readStdin: () => string;
}

class UsageError extends Error {}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, readStdin: () => readFileSync(0, 'utf8') }): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        audience: { type: 'string' },
        o: { type: 'string', short: 'o' },
        lang: { type: 'string', default: 'fr' },
        consent: { type: 'string', multiple: true },
        on: { type: 'string' },
        'pdf-ua': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const [document, file] = positionals;
    if (!document || !file) throw new UsageError('give a document and a record file (or - for stdin)');
    if (!(DOCUMENTS as readonly string[]).includes(document)) throw new UsageError(`unknown document "${document}"`);
    if (!isAudience(values.audience)) throw new UsageError(`--audience is required: ${AUDIENCES.join(', ')}`);
    if (!isLocale(values.lang)) throw new UsageError('--lang is fr or en');
    if (!values.o) throw new UsageError('-o <out.pdf> is required');
    let text: string;
    try {
      text = file === '-' ? io.readStdin() : readFileSync(file, 'utf8');
    } catch (error) {
      io.stderr.write(`tremplin-pdf: cannot read ${file}: ${(error as Error).message}\n`);
      return 1;
    }
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      io.stderr.write(`tremplin-pdf: ${file === '-' ? 'stdin' : file} is not JSON: ${(error as Error).message}\n`);
      return 1;
    }
    const consents: unknown[] = [];
    for (const path of values.consent ?? []) {
      try {
        consents.push(JSON.parse(readFileSync(path, 'utf8')));
      } catch (error) {
        io.stderr.write(`tremplin-pdf: --consent ${path}: ${(error as Error).message.slice(0, 200)}\n`);
        return 1;
      }
    }
    const pdf = await renderToBuffer(document as DocumentName, record, {
      audience: values.audience,
      locale: values.lang,
      consents: consents as RenderOptions['consents'],
      ...(values.on ? { printedOn: values.on } : {}),
      ...(values['pdf-ua'] ? { pdfStandard: 'ua-1' as const } : {}),
    });
    // Written beside the target then renamed: a reader never sees half a PDF.
    const partial = `${values.o}.${process.pid}.partial`;
    writeFileSync(partial, pdf);
    renameSync(partial, values.o);
    io.stdout.write(`${values.o} (${document}, ${values.audience}, ${pdf.length} bytes)\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith?.('ERR_PARSE_ARGS')) {
      io.stderr.write(`tremplin-pdf: ${(error as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof TremplinPdfError) {
      io.stderr.write(`tremplin-pdf: ${error.message}\n`);
      for (const issue of error.issues) io.stderr.write(`  - ${issue.path || '/'} : ${issue.message}\n`);
      return 1;
    }
    throw error;
  }
}
