// The one Typst compiler of this process: created once with the embedded fonts and the templates
// folder, reused for every document (creating it costs ~70 ms, a warm render ~20 ms).
import { fileURLToPath } from 'node:url';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { TremplinPdfError } from './errors.js';
import { fontBlobs } from './fonts.js';

/** Where the templates live: `templates/` beside `dist/` (and beside `src/` in the repository). */
export const TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));

let compiler: NodeCompiler | undefined;
let renders = 0;

function typst(): NodeCompiler {
  compiler ??= NodeCompiler.create({ workspace: TEMPLATES_DIR, fontArgs: [{ fontBlobs: fontBlobs() }] });
  return compiler;
}

export interface CompileRequest {
  /** Template file name in templates/, e.g. `referral.typ`. */
  template: string;
  /** What the template prints, passed as JSON through `sys.inputs.data`: never markup. */
  data: unknown;
  pdfStandard?: 'ua-1';
  maxPages: number;
  maxDataBytes: number;
  document: string;
}

/** Diagnostics as one bounded line: no record text beyond what Typst quotes. */
function describe(error: unknown): string {
  const text = String((error as { message?: string })?.message ?? error);
  const messages = [...text.matchAll(/message: "((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
  return (messages.length ? messages.join('; ') : text).slice(0, 500);
}

/** Compiles a template with its data to PDF bytes, within the page and size limits. */
export function compile(req: CompileRequest): { pdf: Buffer; pages: number } {
  const json = JSON.stringify(req.data);
  if (Buffer.byteLength(json) > req.maxDataBytes) {
    throw new TremplinPdfError('too-large', `${req.document}: ${Buffer.byteLength(json)} bytes to print, above the limit of ${req.maxDataBytes} (limits.maxDataBytes)`);
  }
  const c = typst();
  const result = c.compile({ mainFilePath: `${TEMPLATES_DIR}${req.template}`, inputs: { data: json } });
  try {
    const error = result.takeError();
    if (error || !result.result) {
      const diagnostics = error ? c.fetchDiagnostics(error).map((d: { message?: string }) => d.message).join('; ') : 'no document';
      throw new TremplinPdfError('render-failed', `Rendering ${req.document} failed: ${String(diagnostics).slice(0, 500)}`);
    }
    const doc = result.result;
    if (doc.numOfPages > req.maxPages) {
      throw new TremplinPdfError('too-many-pages', `${req.document} would print ${doc.numOfPages} pages, above the limit of ${req.maxPages} (limits.maxPages)`);
    }
    let pdf: Buffer;
    try {
      pdf = c.pdf(doc, req.pdfStandard ? { pdfStandard: req.pdfStandard } : {});
    } catch (e) {
      throw new TremplinPdfError('render-failed', `Rendering ${req.document} as PDF${req.pdfStandard ? ` (${req.pdfStandard})` : ''} failed: ${describe(e)}`);
    }
    return { pdf, pages: doc.numOfPages };
  } finally {
    // Typst memoizes layouts across compilations; evicting old entries keeps memory flat over long runs.
    if (++renders % 50 === 0) c.evictCache(10);
  }
}
