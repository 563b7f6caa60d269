/**
 * @tremplin/pdf: printable documents of the job-retention process, per audience, rendered by Typst:
 * tagged PDF (PDF/UA-1 on request), fonts embedded, nothing truncated.
 *
 * @example
 * import { renderToBuffer } from '@tremplin/pdf';
 * const pdf = await renderToBuffer('referral', referral, { audience: 'employer' }); // no medical field
 *
 * @module pdf
 */
export { renderToBuffer, renderToStream, prepareDocument, DOCUMENTS, DEFAULT_LIMITS, type DocumentName, type RenderOptions, type RenderLimits, type PreparedDocument } from './render.js';
export { renderBatch, type RenderJob, type RenderResult, type RenderBatchOptions } from './batch.js';
export { AUDIENCES, AUDIENCE_LABELS, isAudience, isVisible, type Audience } from './audience.js';
export { buildModel, type PrintModel, type Block } from './model.js';
export { formatDate, formatValue } from './format.js';
export { unsupportedCharacter } from './fonts.js';
export { neutraliseBidi } from './text.js';
export { TremplinPdfError, type PdfErrorCode } from './errors.js';
