import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { DOCUMENTS, isAudience, renderToBuffer, TremplinPdfError, type DocumentName } from '@tremplin/pdf';

const LIMIT = 2_000_000; // bytes of JSON: a record is a few kB

async function readJson(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > LIMIT) throw new TremplinPdfError('invalid-record', `Body over ${LIMIT} bytes`);
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function fail(res: ServerResponse, status: number, error: unknown) {
  const body = error instanceof TremplinPdfError
    ? error.toJSON()
    : { name: 'Error', code: 'bad-request', message: error instanceof Error ? error.message : String(error), issues: [] };
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

/**
 * `POST /api/pdf/<document>?audience=<audience>&locale=<fr|en>` with the record as JSON: the PDF,
 * rendered in Node by @tremplin/pdf (fonts and all, nothing fetched). In `vite` and `vite preview`.
 */
async function handle(req: IncomingMessage, res: ServerResponse, next: () => void) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const match = /^\/api\/pdf\/([a-z-]+)$/.exec(url.pathname);
  if (!match) return next();
  if (req.method !== 'POST') return fail(res, 405, new Error('POST the record as JSON'));
  const document = match[1] as DocumentName;
  const audience = url.searchParams.get('audience');
  const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'fr';
  if (!(DOCUMENTS as readonly string[]).includes(document)) return fail(res, 404, new Error(`Unknown document "${document}"`));
  if (!isAudience(audience)) return fail(res, 400, new Error(`Unknown audience "${audience}"`));
  try {
    const record = await readJson(req);
    const pdf = await renderToBuffer(document, record, { audience, locale });
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${document}-${audience}.pdf"`,
      'content-length': pdf.length,
    }).end(pdf);
  } catch (error) {
    fail(res, 400, error);
  }
}

export function pdfMiddleware(): Plugin {
  return {
    name: 'tremplin-pdf',
    configureServer: (server) => void server.middlewares.use((req, res, next) => void handle(req, res, next)),
    configurePreviewServer: (server) => void server.middlewares.use((req, res, next) => void handle(req, res, next)),
  };
}
