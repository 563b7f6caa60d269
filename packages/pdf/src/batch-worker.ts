// Worker thread of renderBatch: renders the jobs it is sent, one at a time, with its own Typst compiler.
import { parentPort } from 'node:worker_threads';
import { renderToBuffer, type DocumentName, type RenderOptions } from './render.js';
import { TremplinPdfError } from './errors.js';

parentPort!.on('message', async (job: { seq: number; document: DocumentName; record: unknown; options: RenderOptions }) => {
  try {
    const pdf = await renderToBuffer(job.document, job.record, job.options);
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
    parentPort!.postMessage({ seq: job.seq, ok: true, bytes }, [bytes.buffer]);
  } catch (error) {
    const e = error instanceof TremplinPdfError ? error.toJSON() : new TremplinPdfError('render-failed', String((error as Error)?.message ?? error).slice(0, 500)).toJSON();
    parentPort!.postMessage({ seq: job.seq, ok: false, error: e });
  }
});
