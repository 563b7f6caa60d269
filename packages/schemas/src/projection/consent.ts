import type { Consent } from '../generated/types.js';
import { record as consentRecord } from '../generated/records/consent.js';
import { createValidator } from '../validate.js';
import { TremplinProjectionError } from './error.js';
import { valueAt } from '../pointer.js';

// Consents are read with the consent record's own validator: the projection works with the core
// entry whatever records are loaded (only the validity counts here, not the issues' labels).
let consentValidator: ReturnType<typeof createValidator> | undefined;
const validateConsent = (value: unknown) => (consentValidator ??= createValidator('consent', consentRecord.validate))(value);

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
  // An index loop, not forEach: a hole in a sparse array is checked (and refused) like any other entry.
  for (let i = 0; i < consents.length; i++) {
    const consent: unknown = consents[i];
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
  }
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

/** Where each record names the one person it is about (records about several people hold nothing a consent opens). */
const PERSON_PATH: Partial<Record<string, string>> = {
  referral: '/worker', 'chance-request': '/agent', 'action-plan': '/beneficiary', consent: '/person', letter: '/worker',
  timeline: '/agent', 'observation-placement': '/agent', 'tutored-placement': '/agent', contractualisation: '/agent',
};

/** Names compared as people write them: case, accents, hyphens and spaces aside. */
const sameName = (a: unknown, b: unknown) => {
  const norm = (v: unknown) => String(v).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s\-'’]+/g, ' ').trim();
  return norm(a) === norm(b);
};

/**
 * A consent opens the data of the person who gave it only: a consent record whose person is not the
 * one the record is about (name, and birth date when both give it) is refused with a typed error —
 * another worker's consent must never open this one's restrictions. A draft that does not name its
 * person yet is not checked.
 */
export function checkConsentsAbout(name: string, record: unknown, consents: readonly ConsentRecord[]): void {
  const path = PERSON_PATH[name];
  if (!path || consents.length === 0) return;
  const person = valueAt(record, path) as { lastName?: unknown; firstName?: unknown; birthDate?: unknown } | undefined;
  if (!person || typeof person !== 'object' || typeof person.lastName !== 'string' || typeof person.firstName !== 'string') return;
  consents.forEach((consent, i) => {
    const p = consent.person;
    const same = sameName(p.lastName, person.lastName) && sameName(p.firstName, person.firstName)
      && (p.birthDate === undefined || typeof person.birthDate !== 'string' || p.birthDate === person.birthDate);
    if (!same) throw new TremplinProjectionError('consent-other-person', `options.consents[${i}] is about another person than the ${name} record`);
  });
}
