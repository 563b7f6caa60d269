/**
 * @tremplin/pdf: printable documents of the job-retention process, with audience profiles.
 *
 * @example
 * import { renderToBuffer } from '@tremplin/pdf';
 * const pdf = await renderToBuffer('referral', referral, { audience: 'employer' }); // no medical field
 *
 * @module pdf
 */
export { renderToBuffer, renderToStream, createDocument, DOCUMENTS, type DocumentName, type RenderOptions } from './render.js';
export { renderBatch, type RenderJob, type RenderResult, type RenderBatchOptions } from './batch.js';
export { AUDIENCES, AUDIENCE_LABELS, isAudience, isVisible, type Audience } from './audience.js';
export { buildModel, consentsOf, type PrintModel, type PrintSection, type PrintTable } from './model.js';
export { formatDate, formatValue } from './format.js';
export { prepareFonts, FAMILY } from './fonts.js';
export { TremplinPdfError, type PdfErrorCode } from './errors.js';
