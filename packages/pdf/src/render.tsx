import { Readable } from 'node:stream';
import type { ReactElement } from 'react';
import { pdf, type DocumentProps } from '@react-pdf/renderer';
import { isLocale, today, validators, type Letter, type Locale, type RecordName, type Timeline } from '@tremplin/schemas';
import type { Decision, Indicators } from '@tremplin/rules';
import { isAudience, type Audience } from './audience.js';
import { TremplinPdfError } from './errors.js';
import { prepareFonts, registerFonts } from './fonts.js';
import { consentsOf } from './model.js';
import { RecordDocument } from './documents/record.js';
import { TimelineDocument } from './documents/timeline.js';
import { DecisionReportDocument } from './documents/decision-report.js';
import { LetterDocument } from './documents/letter.js';
import { IndicatorsDocument } from './documents/indicators.js';

/** Records printed by the generic record document, from their schema. */
const RECORD_DOCUMENTS = ['referral', 'chance-request', 'action-plan', 'consent', 'commission-tracking', 'observation-placement', 'vacant-posts', 'contractualisation', 'tutored-placement'] as const satisfies readonly RecordName[];

/** Every document this package prints. */
export const DOCUMENTS = [...RECORD_DOCUMENTS, 'timeline', 'letter', 'decision-report', 'indicators'] as const;
export type DocumentName = (typeof DOCUMENTS)[number];

export interface RenderOptions {
  /** Who the copy is for: decides which fields appear. Required: there is no safe default. */
  audience: Audience;
  locale?: Locale;
  /** Consent scopes granted outside the record (a separate consent record), e.g. `partage-restrictions-employeur`. */
  consents?: Iterable<string>;
  /** The date printed in the footer (ISO); today by default. */
  printedOn?: string;
}


function isIndicators(value: unknown): value is Indicators {
  const i = value as Indicators;
  return !!i && typeof i === 'object' && typeof i.entries === 'number' && !!i.byStatus && !!i.exits?.byOutcome && Array.isArray(i.refused);
}

function isDecision(value: unknown): value is Decision {
  const d = value as Decision;
  return !!d && typeof d === 'object' && typeof d.ruleset === 'string' && typeof d.outcome === 'string' && Array.isArray(d.conditions) && !!d.explanation;
}

/**
 * The React element of a document, checked: unknown documents, audiences and invalid records are
 * refused with a TremplinPdfError naming the failing fields. Exposed for hosts that render themselves:
 * they must `await prepareFonts()` first (it repairs a glyph cache bug that drops letters).
 */
export function createDocument(document: DocumentName, record: unknown, options: RenderOptions): ReactElement<DocumentProps> {
  if (!(DOCUMENTS as readonly string[]).includes(document)) {
    throw new TremplinPdfError('unknown-document', `Unknown document "${document}"; documents: ${DOCUMENTS.join(', ')}`);
  }
  if (!isAudience(options?.audience)) {
    throw new TremplinPdfError('invalid-audience', `audience must be one of worker, employer, occupational-health, commission; got ${JSON.stringify(options?.audience)}`);
  }
  const locale = options.locale ?? 'fr';
  if (!isLocale(locale)) throw new TremplinPdfError('invalid-locale', `locale must be fr or en; got ${JSON.stringify(locale)}`);
  const printedOn = options.printedOn ?? today();
  registerFonts();
  if (document === 'decision-report') {
    if (!isDecision(record)) throw new TremplinPdfError('invalid-record', 'decision-report takes a decision returned by @tremplin/rules');
    return <DecisionReportDocument decision={record} audience={options.audience} locale={locale} printedOn={printedOn} />;
  }
  if (document === 'indicators') {
    if (!isIndicators(record)) throw new TremplinPdfError('invalid-record', 'indicators takes the result of computeIndicators() from @tremplin/rules');
    return <IndicatorsDocument indicators={record} audience={options.audience} locale={locale} printedOn={printedOn} />;
  }
  const result = validators[document](record, { locale });
  if (!result.valid) {
    throw new TremplinPdfError('invalid-record', `Invalid ${document} record: ${result.issues.map((i) => `${i.path || '/'} (${i.code})`).join(', ')}`, result.issues);
  }
  if (document === 'letter') return <LetterDocument letter={result.value as Letter} audience={options.audience} locale={locale} printedOn={printedOn} />;
  if (document === 'timeline') return <TimelineDocument record={result.value as Timeline} audience={options.audience} locale={locale} printedOn={printedOn} />;
  const consents = consentsOf(result.value, options.consents);
  return <RecordDocument name={document} record={result.value as unknown as Record<string, unknown>} audience={options.audience} locale={locale} consents={consents} printedOn={printedOn} />;
}

/**
 * Renders through react-pdf's `pdf()` and unmounts the tree afterwards: its own renderToBuffer
 * leaves every document mounted on a shared React renderer, and the heap grows with each one.
 */
async function render(element: ReactElement<DocumentProps>, document: DocumentName): Promise<Buffer> {
  await prepareFonts();
  const instance = pdf(element);
  try {
    const stream = await instance.toBuffer();
    const chunks: Buffer[] = [];
    for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  } catch (error) {
    throw new TremplinPdfError('render-failed', `Rendering ${document} failed: ${(error as Error).message}`);
  } finally {
    instance.updateContainer(null as never);
  }
}

/**
 * Renders a document to a PDF buffer. For long batches, prefer renderBatch(): it keeps memory flat.
 * @example
 * const pdf = await renderToBuffer('referral', referral, { audience: 'employer' });
 */
export async function renderToBuffer(document: DocumentName, record: unknown, options: RenderOptions): Promise<Buffer> {
  return render(createDocument(document, record, options), document);
}

/** Renders a document to a readable stream (for HTTP responses). */
export async function renderToStream(document: DocumentName, record: unknown, options: RenderOptions): Promise<NodeJS.ReadableStream> {
  return Readable.from([await renderToBuffer(document, record, options)]);
}
