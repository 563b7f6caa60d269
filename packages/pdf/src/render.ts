import { Readable } from 'node:stream';
import { describeGiven, fieldInfo, isLocale, today, validators, type ConsentRecord, type Letter, type Locale, type RecordName, type Timeline } from '@tremplin/schemas';
import { projectDecision, publishIndicators, DEFAULT_SMALL_COUNT_THRESHOLD, type Decision, type Indicators } from '@tremplin/rules';
import { isAudience, type Audience } from './audience.js';
import { TremplinPdfError } from './errors.js';
import { compile } from './engine.js';
import { unsupportedCharacter } from './fonts.js';
import { footerOf } from './footer.js';
import { buildModel } from './model.js';
import { project } from './projection.js';
import { cleanStrings } from './text.js';
import { letterData } from './documents/letter.js';
import { timelineData } from './documents/timeline.js';
import { decisionReportData } from './documents/decision-report.js';
import { indicatorsData } from './documents/indicators.js';

/** Records printed from their schema, one template each in templates/. */
const RECORD_DOCUMENTS = ['referral', 'chance-request', 'action-plan', 'consent', 'commission-tracking', 'observation-placement', 'vacant-posts', 'contractualisation', 'tutored-placement'] as const satisfies readonly RecordName[];

/** Every document this package prints. */
export const DOCUMENTS = [...RECORD_DOCUMENTS, 'timeline', 'letter', 'decision-report', 'indicators'] as const;
export type DocumentName = (typeof DOCUMENTS)[number];

/** Documented bounds: beyond them rendering refuses with a typed error, never truncates. */
export interface RenderLimits {
  /** Pages a document may have (default 300): above, `too-many-pages`. */
  maxPages?: number;
  /** Bytes of formatted data sent to the layout (default 2 MiB, about 12 s of layout here: layout time is linear in it): above, `too-large`. */
  maxDataBytes?: number;
}

export const DEFAULT_LIMITS: Required<RenderLimits> = { maxPages: 300, maxDataBytes: 2 * 1024 * 1024 };

export interface RenderOptions {
  /** Who the copy is for: decides which fields appear. Required: there is no safe default. */
  audience: Audience;
  /** `fr` (default) or `en`: labels, dates, typography and the PDF's /Lang. */
  locale?: Locale;
  /**
   * The worker's `consent` records (consent.schema.json): the one in force on `printedOn` decides
   * which shareable medical fields (e.g. a referral's restrictions) reach the employer or the
   * commission. Scope names are refused: only a dated record that can be withdrawn opens anything.
   */
  consents?: readonly ConsentRecord[];
  /** The document's date (ISO), printed in the footer; consents and releases are judged on it. Today by default. */
  printedOn?: string;
  /** `ua-1` writes PDF/UA-1 (Typst checks it and refuses what would break it). Tagged PDF is always written. */
  pdfStandard?: 'ua-1';
  limits?: RenderLimits;
  /**
   * `indicators`: counts under this threshold print « < N » (publishIndicators of @tremplin/rules;
   * default 5). The occupational-health copy, the cellule's own, prints every count.
   */
  indicatorsThreshold?: number;
}

function isIndicators(value: unknown): value is Indicators {
  const i = value as Indicators;
  return !!i && typeof i === 'object' && typeof i.entries === 'number' && !!i.byStatus && !!i.exits?.byOutcome && Array.isArray(i.refused);
}

function isDecision(value: unknown): value is Decision {
  const d = value as Decision;
  return !!d && typeof d === 'object' && typeof d.ruleset === 'string' && typeof d.outcome === 'string' && Array.isArray(d.conditions) && !!d.explanation && Array.isArray(d.trace) && Array.isArray(d.missingFacts) && Array.isArray(d.references);
}

/** A prepared document: the template and the JSON it reads. Nothing in it is markup. */
export interface PreparedDocument {
  template: string;
  data: { meta: { title: string; subtitle?: string; lang: string; region: string; footer: { left: string; notice?: string } } } & Record<string, unknown>;
}

/** Every string of a value, for the font coverage check. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* strings(v);
}

/**
 * Checks a request and builds what its template prints: unknown documents, audiences and invalid
 * records are refused with a TremplinPdfError naming the failing fields. Exposed for hosts and tests
 * that want the data a template receives.
 */
export function prepareDocument(document: DocumentName, record: unknown, options: RenderOptions): PreparedDocument {
  if (!(DOCUMENTS as readonly string[]).includes(document)) {
    throw new TremplinPdfError('unknown-document', `Unknown document ${describeGiven(document)}; documents: ${DOCUMENTS.join(', ')}`);
  }
  if (!isAudience(options?.audience)) {
    throw new TremplinPdfError('invalid-audience', `audience must be one of worker, employer, occupational-health, commission; got ${describeGiven(options?.audience)}`);
  }
  const locale = options.locale ?? 'fr';
  if (!isLocale(locale)) throw new TremplinPdfError('invalid-locale', `locale must be fr or en; got ${describeGiven(locale)}`);
  const printedOn = options.printedOn ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(printedOn)) throw new TremplinPdfError('invalid-options', 'printedOn must be an ISO date (YYYY-MM-DD)');
  if (options.pdfStandard !== undefined && options.pdfStandard !== 'ua-1') throw new TremplinPdfError('invalid-options', 'pdfStandard is ua-1 or left out');
  const audience = options.audience;
  const meta = (title: string, subtitle: string | undefined, footer: PreparedDocument['data']['meta']['footer']) => ({
    title, ...(subtitle ? { subtitle } : {}), lang: locale, region: locale === 'fr' ? 'FR' : 'GB', footer,
  });
  const plain = footerOf(audience, locale, printedOn).footer;

  let prepared: PreparedDocument;
  if (document === 'decision-report') {
    if (!isDecision(record)) throw new TremplinPdfError('invalid-record', 'decision-report takes a decision returned by @tremplin/rules');
    // The decision as the audience may read it: projectDecision of @tremplin/rules, the same rule as projectFor.
    let projected;
    try {
      projected = projectDecision(record, { audience });
    } catch (error) {
      throw new TremplinPdfError('invalid-record', `decision-report: ${String((error as Error).message).slice(0, 300)}`);
    }
    const d = decisionReportData(projected, locale);
    const footer = footerOf(audience, locale, printedOn, { withheld: d.withheld.map((label) => ({ path: '', reason: 'medical', label: { fr: label, en: label } })), released: [] });
    prepared = { template: 'decision-report.typ', data: { meta: meta(d.title, d.subtitle, footer.footer), body: [...d.data.body, ...footer.section] } };
  } else if (document === 'indicators') {
    if (!isIndicators(record)) throw new TremplinPdfError('invalid-record', 'indicators takes the result of computeIndicators() from @tremplin/rules');
    // Published figures (small counts suppressed) on every copy but the cellule's own working copy.
    const threshold = audience === 'occupational-health' ? 1 : (options.indicatorsThreshold ?? DEFAULT_SMALL_COUNT_THRESHOLD);
    if (!Number.isInteger(threshold) || threshold < 1 || threshold > 1000) throw new TremplinPdfError('invalid-options', 'indicatorsThreshold is an integer from 1 to 1000');
    const d = indicatorsData(publishIndicators(record, { threshold }), locale);
    prepared = { template: 'indicators.typ', data: { meta: meta(d.title, d.subtitle, plain), ...d.data } };
  } else {
    const result = validators[document](record, { locale });
    if (!result.valid) {
      throw new TremplinPdfError('invalid-record', `Invalid ${document} record: ${result.issues.slice(0, 20).map((i) => `${i.path || '/'} (${i.code})`).join(', ')}`, result.issues);
    }
    // Every record goes through the audience projection: the template gets only what the reader may see.
    const projection = project(document, result.value, audience, options.consents, printedOn);
    const labelOf = (path: string) => fieldInfo(document, path.replace(/\/\d+(?=\/|$)/g, '/*'))?.title?.[locale] ?? path;
    const { footer, section } = footerOf(audience, locale, printedOn, projection, labelOf);
    if (document === 'letter') {
      const d = letterData(projection.value as unknown as Letter, locale);
      prepared = { template: 'letter.typ', data: { meta: meta(d.title, d.subtitle, footer), ...d.data, after: section } };
    } else if (document === 'timeline') {
      const d = timelineData(projection.value as unknown as Timeline, locale);
      prepared = { template: 'timeline.typ', data: { meta: meta(d.title, d.subtitle, footer), ...d.data, after: section } };
    } else {
      const model = buildModel(document, projection.value, locale);
      prepared = { template: `${document}.typ`, data: { meta: meta(model.title, undefined, footer), body: [...model.body, ...section] } };
    }
  }
  prepared = cleanStrings(prepared);
  for (const s of strings(prepared.data)) {
    const ch = unsupportedCharacter(s);
    if (ch) {
      const cp = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      throw new TremplinPdfError('unsupported-character', `${document}: the character « ${ch} » (${cp}) has no glyph in the embedded fonts (Latin, Greek, Cyrillic, Arabic, Hebrew, Chinese, kana)`);
    }
  }
  return prepared;
}

/**
 * Renders a document to a PDF buffer (tagged; PDF/UA-1 with `pdfStandard: 'ua-1'`).
 * For many documents, renderBatch() uses every core.
 * @example
 * const pdf = await renderToBuffer('referral', referral, { audience: 'employer' });
 */
export async function renderToBuffer(document: DocumentName, record: unknown, options: RenderOptions): Promise<Buffer> {
  const prepared = prepareDocument(document, record, options);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (!(limits.maxPages >= 1) || !(limits.maxDataBytes >= 1)) throw new TremplinPdfError('invalid-options', 'limits.maxPages and limits.maxDataBytes are positive numbers');
  return compile({ template: prepared.template, data: prepared.data, document, maxPages: limits.maxPages, maxDataBytes: limits.maxDataBytes, ...(options.pdfStandard ? { pdfStandard: options.pdfStandard } : {}) }).pdf;
}

/**
 * Renders a document to a readable stream (for HTTP responses). The PDF is complete before the
 * stream starts: a failure rejects this promise, never a half-sent response.
 */
export async function renderToStream(document: DocumentName, record: unknown, options: RenderOptions): Promise<NodeJS.ReadableStream> {
  return Readable.from([await renderToBuffer(document, record, options)]);
}
