// A PDF render in a worker thread of the pool: the main thread keeps answering decisions.
// Errors come back as data (a typed error's JSON), since an Error's class does not cross threads.
// Before the renderer: its threads inherit this one's low priority.
import './low-priority.js';
import { renderToBuffer, TremplinPdfError } from '@tremplin/pdf';

export default async function render({ document, record, audience, locale }) {
  try {
    const bytes = await renderToBuffer(document, record, { audience, ...(locale ? { locale } : {}) });
    return { bytes };
  } catch (error) {
    if (error instanceof TremplinPdfError) return { error: error.toJSON() };
    return { error: { name: 'TremplinHttpError', code: error instanceof RangeError ? 'invalid-input' : 'render-failed', message: 'The document could not be rendered', issues: [] } };
  }
}
