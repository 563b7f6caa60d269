import type { Consent } from '../generated/types.js';
import { validateConsent } from '../validators.js';
import { TremplinProjectionError } from './error.js';

/** A `consent` record (consent.schema.json): the only thing that opens a medical field. */
export type ConsentRecord = Consent;

/** The consent scopes a record may carry; any other key is a typed error, never ignored. */
export const CONSENT_SCOPES = ['referralToCellule', 'shareRestrictionsWithEmployer', 'shareRestrictionsWithCommission', 'partnersContacted'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** Where a consent stands at a date. */
export type ConsentState =
  | { state: 'none' }
  | { state: 'not-yet-given'; consent: ConsentRecord }
  | { state: 'withdrawn'; consent: ConsentRecord }
  | { state: 'in-force'; consent: ConsentRecord };

/** The calendar day of a date or date-time (records write date-times with their own offset: the day written is the day meant). */
const dayOf = (value: string) => value.slice(0, 10);

/**
 * Checks what the caller passed as consents: `consent` records only. A bare string (a scope name),
 * a Set, an invalid record or an unknown scope throws; nothing is silently accepted.
 */
export function checkConsents(consents: unknown): ConsentRecord[] {
  if (consents === undefined) return [];
  if (!Array.isArray(consents)) {
    throw new TremplinProjectionError(consents instanceof Set ? 'bare-consent' : 'bad-options', 'options.consents must be an array of consent records (consent.schema.json)');
  }
  if (consents.length > 1000) throw new TremplinProjectionError('bad-options', 'options.consents holds more than 1000 records');
  consents.forEach((consent, i) => {
    if (typeof consent === 'string') {
      throw new TremplinProjectionError('bare-consent', `options.consents[${i}] is a string: pass the consent record, not a scope name`);
    }
    const scope = consent && typeof consent === 'object' ? (consent as { scope?: unknown }).scope : undefined;
    if (scope && typeof scope === 'object' && !Array.isArray(scope)) {
      const unknown = Object.keys(scope).find((k) => !(CONSENT_SCOPES as readonly string[]).includes(k));
      if (unknown !== undefined) {
        throw new TremplinProjectionError('unknown-scope', `options.consents[${i}] has an unknown scope; known: ${CONSENT_SCOPES.join(', ')}`);
      }
    }
    const result = validateConsent(consent);
    if (!result.valid) {
      const where = result.issues.slice(0, 3).map((issue) => issue.path || '/').join(', ');
      throw new TremplinProjectionError('invalid-consent', `options.consents[${i}] is not a valid consent record (at ${where})`);
    }
  });
  return consents as ConsentRecord[];
}

/**
 * The consent in force at `asOf`: the latest one given on or before that day (a new consent
 * replaces the previous one), unless a withdrawal dated on or before that day came after it — a
 * withdrawal closes sharing whichever record it was written on, since it is the worker's latest word.
 * Two consents given at the same instant that disagree: the one that grants less counts. A consent
 * given after `asOf` does not exist yet for a document of that date.
 */
export function consentAt(consents: readonly ConsentRecord[], asOf: string): ConsentState {
  let latest: ConsentRecord | undefined;
  let future: ConsentRecord | undefined;
  for (const consent of consents) {
    if (dayOf(consent.givenAt) > asOf) {
      future ??= consent;
      continue;
    }
    const t = Date.parse(consent.givenAt);
    const l = latest ? Date.parse(latest.givenAt) : -Infinity;
    if (t > l || (t === l && latest && grantedCount(consent) < grantedCount(latest))) latest = consent;
  }
  if (!latest) return future ? { state: 'not-yet-given', consent: future } : { state: 'none' };
  const since = Date.parse(latest.givenAt);
  const withdrawn = consents.some((c) => c.withdrawal && dayOf(c.withdrawal.withdrawnAt) <= asOf
    && (c === latest || (dayOf(c.givenAt) <= asOf && Date.parse(c.withdrawal.withdrawnAt) >= since)));
  if (withdrawn) return { state: 'withdrawn', consent: latest };
  return { state: 'in-force', consent: latest };
}

const grantedCount = (consent: ConsentRecord) => Object.values(consent.scope as Record<string, unknown>).filter((v) => v === true).length;

/** Whether a consent in force grants one boolean scope. */
export function grants(consent: ConsentRecord, scope: string): boolean {
  return (consent.scope as Record<string, unknown>)[scope] === true;
}
