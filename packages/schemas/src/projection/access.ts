import { confidentialityOf, fieldInfo, fieldPattern, type RecordName } from '../catalogue.js';
import type { Confidentiality } from '../catalogue-types.js';
import { consentAt, grants, type ConsentRecord, type ConsentState } from './consent.js';
import { textDigest, type TextRelease } from './release.js';
import { isAudience, type Audience } from '../audience-names.js';

export { AUDIENCES, isAudience, type Audience } from '../audience-names.js';

/**
 * Classes each audience reads without anyone's leave. Medical secrecy: the employer (and the
 * commission, the employer's own body) reads a medical field only through a consent in force, and
 * a free text only when the occupational-health author released that very text to it.
 */
const READS: Record<Audience, readonly Confidentiality[]> = {
  worker: ['medical', 'personal', 'professional'],
  'occupational-health': ['medical', 'personal', 'professional'],
  commission: ['personal', 'professional'],
  employer: ['personal', 'professional'],
};

/**
 * Whether an audience reads a class of data by right (no consent, no release needed). Worker and
 * occupational health read everything, free text included.
 * @example canAudienceRead('employer', 'medical') // false
 */
export function canAudienceRead(audience: Audience, confidentiality: Confidentiality): boolean {
  return READS[audience].includes(confidentiality);
}

/** Why a value was withheld from an audience. */
export type WithheldReason =
  | 'medical' // classed medical, no consent scope can open it for this audience
  | 'inferred-medical' // classed medical because it reveals health by inference (x-inference)
  | 'free-text' // free text not released to this audience
  | 'release-outdated' // released, but the text changed since (the digest no longer matches)
  | 'release-not-yet-made' // released at a date after the document's
  | 'consent-missing' // shareable with consent, none given for this worker
  | 'consent-not-given' // the consent in force does not cover this audience
  | 'consent-withdrawn' // the consent in force was withdrawn on or before the document's date
  | 'consent-not-yet-given' // the only consent is dated after the document
  | 'unknown-field'; // not in the schema (a draft's stray key): kept from all but worker / occupational health

/** What opened a medical or free-text value for an audience: named on the copy. */
export type Opening =
  | { by: 'consent'; consent: { givenAt: string; scope: string; collectedBy?: string } }
  | { by: 'release'; release: { by: string; role?: string; at: string } };

export type Access = { visible: true; openedBy: Opening[] } | { visible: false; reason: WithheldReason };

/** What the rule needs besides the path: the consent in force, the record's releases, the value. */
export interface AccessContext {
  asOf: string;
  consent: ConsentState;
  releases: readonly TextRelease[];
  /** The value at the path, when known: a free text is opened only for its exact text. */
  value?: unknown;
  /** The value is inside a value already opened by that consent (named once, at the top). */
  insideConsented?: boolean;
}

const CONSENT_REASON: Record<Exclude<ConsentState['state'], 'in-force'>, WithheldReason> = {
  none: 'consent-missing',
  withdrawn: 'consent-withdrawn',
  'not-yet-given': 'consent-not-yet-given',
};

/** Whether a medical field, or one of its containers, is classed medical for what it lets a reader infer. */
function isInferred(name: RecordName, path: string): boolean {
  let pattern = fieldPattern(path);
  while (pattern !== '') {
    if (fieldInfo(name, pattern)?.inference) return true;
    pattern = pattern.slice(0, pattern.lastIndexOf('/'));
  }
  return false;
}

/**
 * THE rule of medical secrecy: whether one value of a record reaches an audience, and what opened
 * it. projectFor, isVisible and everything built on them (pdf, forms, FHIR, HTTP) apply this rule
 * and no other.
 */
export function accessOf(audience: Audience, name: RecordName, path: string, ctx: AccessContext): Access {
  if (audience === 'worker' || audience === 'occupational-health') return { visible: true, openedBy: [] };
  const info = fieldInfo(name, path);
  if (!info) return { visible: false, reason: 'unknown-field' };
  const openedBy: Opening[] = [];

  if (!canAudienceRead(audience, confidentialityOf(name, path))) {
    const scope = info.shareableWith?.[audience];
    if (!scope) return { visible: false, reason: isInferred(name, path) ? 'inferred-medical' : 'medical' };
    const { consent } = ctx;
    if (consent.state !== 'in-force') return { visible: false, reason: CONSENT_REASON[consent.state] };
    if (!grants(consent.consent, scope)) return { visible: false, reason: 'consent-not-given' };
    if (!ctx.insideConsented) {
      const collectedBy = consent.consent.collectedBy?.name;
      openedBy.push({ by: 'consent', consent: { givenAt: consent.consent.givenAt, scope, ...(collectedBy ? { collectedBy } : {}) } });
    }
  }

  if (info.freeText && ctx.value !== undefined) {
    const released = releaseFor(audience, path, ctx);
    if (!released.ok) return { visible: false, reason: released.reason };
    openedBy.push({ by: 'release', release: { by: released.release.by.name, ...(released.release.by.role ? { role: released.release.by.role } : {}), at: released.release.at } });
  } else if (info.freeText) {
    return { visible: false, reason: 'free-text' };
  }
  return { visible: true, openedBy };
}

function releaseFor(audience: Audience, path: string, ctx: AccessContext): { ok: true; release: TextRelease } | { ok: false; reason: WithheldReason } {
  const candidates = ctx.releases.filter((r) => r.path === path && r.audience === audience);
  if (candidates.length === 0 || typeof ctx.value !== 'string') return { ok: false, reason: 'free-text' };
  const digest = textDigest(ctx.value);
  const matching = candidates.filter((r) => r.sha256 === digest);
  if (matching.length === 0) return { ok: false, reason: 'release-outdated' };
  const made = matching.find((r) => r.at.slice(0, 10) <= ctx.asOf);
  return made ? { ok: true, release: made } : { ok: false, reason: 'release-not-yet-made' };
}

export type { ConsentRecord };
export { consentAt };
