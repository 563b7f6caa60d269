import { fieldInfo, isRecordName, type RecordName } from '../catalogue.js';
import { recordData } from '../registry.js';
import type { Localised } from '../catalogue-types.js';
import { parseDate, today } from '../dates.js';
import { guardJson } from '../guard.js';
import { escapePointer, valueAt } from '../pointer.js';
import { accessOf, isAudience, type Audience, type Opening, type WithheldReason } from './access.js';
import { checkConsents, checkConsentsAbout, consentAt, type ConsentRecord, type ConsentState } from './consent.js';
import { TremplinProjectionError } from './error.js';
import type { TextRelease } from './release.js';

export interface ProjectionOptions {
  audience: Audience;
  /** `consent` records (consent.schema.json) only: never scope names. */
  consents?: readonly ConsentRecord[];
  /** The date of the document or response (YYYY-MM-DD, or a date-time: its day counts). Default: today, local time. */
  asOf?: string;
}

/** A value kept from the audience, and why. `path` is a JSON pointer into the input record. */
export interface WithheldItem {
  path: string;
  reason: WithheldReason;
  label?: Localised;
}

/** A medical or free-text value shown to the audience, and what opened it (to be named on the copy). */
export type ReleasedItem = { path: string; label?: Localised } & Opening;

export interface Projection<T = Record<string, unknown>> {
  /** A new object: the record without what the audience may not see. The input is never touched. */
  value: Partial<T>;
  withheld: WithheldItem[];
  released: ReleasedItem[];
  audience: Audience;
  asOf: string;
}

/** Options checked once: shared by projectFor and isVisible. */
export interface Gate {
  audience: Audience;
  asOf: string;
  consent: ConsentState;
}

function checkAsOf(asOf: unknown): string {
  if (asOf === undefined) return today();
  const day = typeof asOf === 'string' ? asOf.slice(0, 10) : '';
  if (!parseDate(day) || (typeof asOf === 'string' && asOf.length > 10 && !/^T\d{2}:\d{2}/.test(asOf.slice(10)))) {
    throw new TremplinProjectionError('bad-date', 'options.asOf must be a date (YYYY-MM-DD) or a date-time');
  }
  return day;
}

/** Checks an audience, a date and consents; throws TremplinProjectionError on anything else. */
export function gateOf(options: unknown): Gate {
  if (!options || typeof options !== 'object') throw new TremplinProjectionError('bad-options', 'options must be an object with an audience');
  const { audience, consents, asOf } = options as Record<string, unknown>;
  if (!isAudience(audience)) throw new TremplinProjectionError('unknown-audience', 'options.audience must be worker, employer, occupational-health or commission');
  const day = checkAsOf(asOf);
  return { audience, asOf: day, consent: consentAt(checkConsents(consents), day) };
}

/** The record's well-formed releases; a draft's malformed ones open nothing. */
export function releasesOf(record: unknown): TextRelease[] {
  const list = valueAt(record, '/textReleases');
  if (!Array.isArray(list)) return [];
  return list.filter((r): r is TextRelease =>
    r !== null && typeof r === 'object'
    && typeof r.path === 'string' && (r.audience === 'employer' || r.audience === 'commission')
    && typeof r.sha256 === 'string' && /^[0-9a-f]{64}$/.test(r.sha256)
    && typeof r.at === 'string' && parseDate(r.at.slice(0, 10)) !== undefined
    && r.by !== null && typeof r.by === 'object' && typeof r.by.name === 'string');
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * A record as one audience may see it, with the list of what was withheld and why, and of what
 * was shown only because a consent or a release opened it. This is the one audience filter of
 * Tremplin: documents, forms' values, FHIR exports and HTTP responses all go through it.
 * Works on drafts: a stray key is withheld from employer and commission as `unknown-field`.
 * @example
 * const { value, withheld } = projectFor('referral', referral, { audience: 'employer', consents: [consent], asOf: '2026-03-02' });
 * value.healthSituation // undefined
 * withheld[0] // { path: '/healthSituation', reason: 'medical', label: { fr: 'Situation de santé', en: 'Health situation' } }
 */
export function projectFor<T = Record<string, unknown>>(name: RecordName, record: T | unknown, options: ProjectionOptions): Projection<T> {
  if (!isRecordName(name)) throw new TremplinProjectionError('unknown-record', 'unknown record name: see RECORD_NAMES');
  // Core entry: without the record's classes nothing could be shown safely, so nothing is.
  if (!recordData(name)) throw new TremplinProjectionError('record-not-loaded', `record "${name}" is not loaded: import its records/ entry or await loadRecord`);
  const gate = gateOf(options);
  if (!isPlainObject(record)) throw new TremplinProjectionError('bad-record', `a ${name} record (or draft) is an object`);
  const problem = guardJson(record);
  if (problem) throw new TremplinProjectionError('bad-record', `the ${name} record is not plain JSON within limits (${problem.code} at ${problem.path.slice(0, 100)})`);

  // gateOf has checked them: an array of valid consent records.
  if (options.consents) checkConsentsAbout(name, record, options.consents);
  const releases = releasesOf(record);
  const withheld: WithheldItem[] = [];
  const released: ReleasedItem[] = [];
  const labelled = (path: string) => {
    const title = fieldInfo(name, path)?.title;
    return title ? { label: title } : {};
  };

  const walk = (value: unknown, path: string, insideConsented: boolean): unknown => {
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      value.forEach((item, i) => {
        const kept = child(item, `${path}/${i}`, insideConsented);
        if (kept !== undefined) out.push(kept);
      });
      return out;
    }
    if (isPlainObject(value)) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const kept = child(item, `${path}/${escapePointer(key)}`, insideConsented);
        if (kept !== undefined) out[key] = kept;
      }
      return out;
    }
    return value;
  };
  const child = (value: unknown, path: string, insideConsented: boolean): unknown => {
    if (value === undefined) return undefined;
    const access = accessOf(gate.audience, name, path, { asOf: gate.asOf, consent: gate.consent, releases, value, insideConsented });
    if (!access.visible) {
      withheld.push({ path, reason: access.reason, ...labelled(path) });
      return undefined;
    }
    for (const opening of access.openedBy) released.push({ path, ...labelled(path), ...opening });
    return walk(value, path, insideConsented || access.openedBy.some((o) => o.by === 'consent'));
  };

  return { value: walk(record, '', false) as Partial<T>, withheld, released, audience: gate.audience, asOf: gate.asOf };
}

/**
 * For UIs that need a per-field answer: whether the value at `path` reaches `audience`, by the same
 * rule as projectFor. Free text is visible only with the record (its release is tied to its text).
 */
export interface VisibilityOptions {
  consents?: readonly ConsentRecord[];
  asOf?: string;
  /** The record (or draft): needed for free text, whose release is tied to its exact text. */
  record?: unknown;
}

/**
 * @example isVisible('employer', 'referral', '/stoppage/risk') // false
 * @example isVisible('employer', 'referral', '/restrictions/0', { consents: [consent], asOf: '2026-03-02' }) // true if that consent, in force, shares restrictions with the employer
 */
export function isVisible(audience: Audience, name: RecordName, path: string, options: VisibilityOptions | ReadonlySet<string> = {}): boolean {
  if (options instanceof Set) {
    // Scope names used to open medical fields; only consent records do now.
    if (options.size > 0) throw new TremplinProjectionError('bare-consent', 'isVisible takes { consents: [consent records] }, not scope names');
    options = {};
  }
  const { consents, asOf, record } = options as VisibilityOptions;
  const gate = gateOf({ audience, consents, asOf });
  if (record !== undefined && consents) checkConsentsAbout(name, record, consents);
  const value = record === undefined ? undefined : valueAt(record, path);
  return accessOf(gate.audience, name, path, { asOf: gate.asOf, consent: gate.consent, releases: releasesOf(record), value }).visible;
}
