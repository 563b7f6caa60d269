import { describe, expect, it } from 'vitest';
import {
  isTremplinProjectionError, isVisible, projectFor, releaseOf, TremplinProjectionError, type ConsentRecord,
} from '../index.js';
import examples from '../../examples/referral.examples.json' with { type: 'json' };
import planExamples from '../../examples/action-plan.examples.json' with { type: 'json' };

const referral = examples.valid[0] as Record<string, unknown>;

const consent = (over: Partial<ConsentRecord> = {}, scope: Partial<ConsentRecord['scope']> = {}): ConsentRecord => ({
  person: { lastName: 'Martin', firstName: 'Sophie' },
  givenAt: '2026-02-26T10:15:00+01:00',
  collectedBy: { name: 'Dr Lefèvre', role: 'Médecin du travail' },
  ...over,
  scope: { referralToCellule: true, shareRestrictionsWithEmployer: true, ...scope },
});

const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
};

describe('projectFor', () => {
  it('keeps medical fields from the employer and says why, leaving the input untouched', () => {
    const before = structuredClone(referral);
    const p = projectFor('referral', referral, { audience: 'employer', asOf: '2026-03-02' });
    expect(referral).toEqual(before);
    expect(p.value).not.toBe(referral);
    expect(p.value.healthSituation).toBeUndefined();
    expect(p.value.restrictions).toBeUndefined();
    expect((p.value.stoppage as Record<string, unknown>).risk).toBeUndefined();
    expect((p.value.employer as Record<string, unknown>).name).toBe('Boulangerie Dupain');
    expect(p.withheld).toContainEqual({ path: '/healthSituation', reason: 'medical', label: { fr: 'Situation de santé', en: 'Health situation' } });
    expect(p.withheld.find((w) => w.path === '/restrictions')?.reason).toBe('consent-missing');
    expect(p.released).toEqual([]);
    expect(p.audience).toBe('employer');
    expect(p.asOf).toBe('2026-03-02');
  });

  it('shows everything to the worker and to occupational health', () => {
    for (const audience of ['worker', 'occupational-health'] as const) {
      const p = projectFor('referral', referral, { audience });
      expect(p.value).toEqual(referral);
      expect(p.withheld).toEqual([]);
    }
  });

  it('opens restrictions to the employer with a consent in force, and names it once', () => {
    const p = projectFor('referral', referral, { audience: 'employer', consents: [consent()], asOf: '2026-03-02' });
    expect(p.value.restrictions).toEqual(referral.restrictions);
    expect(p.value.healthSituation).toBeUndefined();
    expect(p.released).toEqual([{
      path: '/restrictions', label: expect.any(Object), by: 'consent',
      consent: { givenAt: '2026-02-26T10:15:00+01:00', scope: 'shareRestrictionsWithEmployer', collectedBy: 'Dr Lefèvre' },
    }]);
  });

  it('does not let the employer consent open the commission copy', () => {
    const employerOnly = projectFor('referral', referral, { audience: 'commission', consents: [consent()], asOf: '2026-03-02' });
    expect(employerOnly.value.restrictions).toBeUndefined();
    expect(employerOnly.withheld.find((w) => w.path === '/restrictions')?.reason).toBe('consent-not-given');
    const both = projectFor('referral', referral, { audience: 'commission', consents: [consent({}, { shareRestrictionsWithCommission: true })], asOf: '2026-03-02' });
    expect(both.value.restrictions).toEqual(referral.restrictions);
  });

  it('ignores a consent dated after the document', () => {
    const p = projectFor('referral', referral, { audience: 'employer', consents: [consent({ givenAt: '2026-03-03T08:00:00Z' })], asOf: '2026-03-02' });
    expect(p.value.restrictions).toBeUndefined();
    expect(p.withheld.find((w) => w.path === '/restrictions')?.reason).toBe('consent-not-yet-given');
  });

  it('closes with a withdrawal dated on or before the document, not after', () => {
    const withdrawn = (withdrawnAt: string) => consent({ withdrawal: { withdrawnAt } });
    const closed = projectFor('referral', referral, { audience: 'employer', consents: [withdrawn('2026-03-02T18:00:00+01:00')], asOf: '2026-03-02' });
    expect(closed.value.restrictions).toBeUndefined();
    expect(closed.withheld.find((w) => w.path === '/restrictions')?.reason).toBe('consent-withdrawn');
    const later = projectFor('referral', referral, { audience: 'employer', consents: [withdrawn('2026-03-10T09:00:00Z')], asOf: '2026-03-02' });
    expect(later.value.restrictions).toEqual(referral.restrictions);
  });

  it('closes with a withdrawal written on an earlier consent record after the latest one was given', () => {
    // Given 26 Feb, renewed 1 Mar, then the worker withdraws on 2 Mar on the first record: nothing is shared.
    const renewed = consent({ givenAt: '2026-03-01T09:00:00Z' });
    const withdrawnLater = consent({ withdrawal: { withdrawnAt: '2026-03-02T08:00:00Z' } });
    const p = projectFor('referral', referral, { audience: 'employer', consents: [withdrawnLater, renewed], asOf: '2026-03-05' });
    expect(p.value.restrictions).toBeUndefined();
    expect(p.withheld.find((w) => w.path === '/restrictions')?.reason).toBe('consent-withdrawn');
    // A withdrawal older than the renewal is replaced by it.
    const withdrawnBefore = consent({ withdrawal: { withdrawnAt: '2026-02-27T08:00:00Z' } });
    expect(projectFor('referral', referral, { audience: 'employer', consents: [withdrawnBefore, renewed], asOf: '2026-03-05' }).value.restrictions).toEqual(referral.restrictions);
  });

  it('lets the consent that grants less count when two given at the same instant disagree, whatever their order', () => {
    const refused = consent({}, { shareRestrictionsWithEmployer: false });
    for (const consents of [[consent(), refused], [refused, consent()]]) {
      expect(projectFor('referral', referral, { audience: 'employer', consents, asOf: '2026-03-02' }).value.restrictions).toBeUndefined();
    }
  });

  it('refuses a consent given by another person than the one the record is about (a typed error, never a silent opening)', () => {
    const worker = referral.worker as { lastName: string; firstName: string };
    const other = consent({ person: { lastName: 'Durand', firstName: 'Paul' } });
    const e = thrown(() => projectFor('referral', referral, { audience: 'employer', consents: [consent({ person: { lastName: worker.lastName, firstName: worker.firstName } }), other], asOf: '2026-03-02' }));
    expect(isTremplinProjectionError(e) && (e as TremplinProjectionError).code).toBe('consent-other-person');
    expect((e as Error).message).not.toContain('Durand');
    expect(() => isVisible('employer', 'referral', '/restrictions/0', { consents: [other], asOf: '2026-03-02', record: referral })).toThrow(TremplinProjectionError);
    // The same person written differently (case, accents) is the same person.
    const same = consent({ person: { lastName: worker.lastName.toUpperCase(), firstName: worker.firstName.normalize('NFD') } });
    expect(projectFor('referral', referral, { audience: 'employer', consents: [same], asOf: '2026-03-02' }).value.restrictions).toEqual(referral.restrictions);
  });

  it('lets the latest consent given replace the earlier ones', () => {
    const refused = consent({ givenAt: '2026-03-01T09:00:00Z' }, { shareRestrictionsWithEmployer: false });
    const p = projectFor('referral', referral, { audience: 'employer', consents: [consent(), refused], asOf: '2026-03-02' });
    expect(p.value.restrictions).toBeUndefined();
  });

  it('withholds free text unless its author released that very text to that audience', () => {
    const plan = structuredClone(planExamples.valid[0]) as Record<string, unknown> & { meetings: Array<Record<string, unknown>> };
    const report = plan.meetings[1]!.report as string;
    const hidden = projectFor('action-plan', plan, { audience: 'employer', asOf: '2026-05-01' });
    expect((hidden.value.meetings as Array<Record<string, unknown>>)[1]!.report).toBeUndefined();
    expect(hidden.withheld.find((w) => w.path === '/meetings/1/report')?.reason).toBe('free-text');

    const release = releaseOf(report, '/meetings/1/report', { audience: 'employer', by: { name: 'Dr Lefèvre', role: 'Médecin du travail' }, at: '2026-04-21T10:00:00+02:00' });
    const withRelease = { ...plan, textReleases: [release] };
    const released = projectFor('action-plan', withRelease, { audience: 'employer', asOf: '2026-05-01' });
    expect((released.value.meetings as Array<Record<string, unknown>>)[1]!.report).toBe(report);
    expect(released.value.textReleases).toBeUndefined(); // digests of other texts do not travel
    expect(released.released).toContainEqual(expect.objectContaining({ path: '/meetings/1/report', by: 'release', release: { by: 'Dr Lefèvre', role: 'Médecin du travail', at: '2026-04-21T10:00:00+02:00' } }));

    const commission = projectFor('action-plan', withRelease, { audience: 'commission', asOf: '2026-05-01' });
    expect((commission.value.meetings as Array<Record<string, unknown>>)[1]!.report).toBeUndefined();

    const edited = structuredClone(withRelease);
    edited.meetings[1]!.report = `${report} Dossier MDPH déposé.`;
    const afterEdit = projectFor('action-plan', edited, { audience: 'employer', asOf: '2026-05-01' });
    expect((afterEdit.value.meetings as Array<Record<string, unknown>>)[1]!.report).toBeUndefined();
    expect(afterEdit.withheld.find((w) => w.path === '/meetings/1/report')?.reason).toBe('release-outdated');

    const early = projectFor('action-plan', withRelease, { audience: 'employer', asOf: '2026-04-20' });
    expect(early.withheld.find((w) => w.path === '/meetings/1/report')?.reason).toBe('release-not-yet-made');
  });

  it('never lets a release open a medical text: only a consent scope can', () => {
    const record = { ...referral, textReleases: [releaseOf(referral.healthSituation as string, '/healthSituation', { audience: 'employer', by: { name: 'Dr L' }, at: '2026-03-01T10:00:00Z' })] };
    expect(projectFor('referral', record, { audience: 'employer', consents: [consent()], asOf: '2026-03-02' }).value.healthSituation).toBeUndefined();
  });

  it('withholds a draft\'s stray keys from employer and commission', () => {
    const p = projectFor('referral', { worker: { lastName: 'M' }, diagnosis: 'x' }, { audience: 'employer', asOf: '2026-03-02' });
    expect(p.value).toEqual({ worker: { lastName: 'M' } });
    expect(p.withheld).toEqual([{ path: '/diagnosis', reason: 'unknown-field' }]);
  });

  it('rejects bad input with typed, bounded errors that do not echo it', () => {
    const secret = 'Lombalgie'.repeat(100);
    const cases: Array<[() => unknown, string]> = [
      [() => projectFor('nope' as never, referral, { audience: 'employer' }), 'unknown-record'],
      [() => projectFor('referral', referral, { audience: secret as never }), 'unknown-audience'],
      [() => projectFor('referral', referral, { audience: 'employer', consents: ['partage-restrictions-employeur'] as never }), 'bare-consent'],
      [() => projectFor('referral', referral, { audience: 'employer', consents: new Set(['x']) as never }), 'bare-consent'],
      [() => projectFor('referral', referral, { audience: 'employer', consents: [{ ...consent(), scope: { referralToCellule: true, shareRestrictionsWithEmployer: true, [secret]: true } }] as never }), 'unknown-scope'],
      [() => projectFor('referral', referral, { audience: 'employer', consents: [{ person: secret }] as never }), 'invalid-consent'],
      [() => projectFor('referral', referral, { audience: 'employer', consents: [consent({ givenAt: secret })] }), 'invalid-consent'],
      // eslint-disable-next-line no-sparse-arrays -- a hole in the array is checked like any entry
      [() => projectFor('referral', referral, { audience: 'employer', consents: [consent(), , consent()] as never }), 'invalid-consent'],
      [() => projectFor('referral', referral, { audience: 'employer', asOf: '2026-02-30' }), 'bad-date'],
      [() => projectFor('referral', secret, { audience: 'employer' }), 'bad-record'],
      [() => projectFor('referral', referral, undefined as never), 'bad-options'],
    ];
    for (const [f, code] of cases) {
      const error = thrown(f);
      expect(error).toBeInstanceOf(TremplinProjectionError);
      expect(isTremplinProjectionError(error)).toBe(true);
      expect((error as TremplinProjectionError).code).toBe(code);
      expect((error as Error).message.length).toBeLessThanOrEqual(300);
      expect((error as Error).message).not.toContain('LombalgieLombalgie');
    }
  });

  it('recognises its error across copies of the package by its registry symbol', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('tremplin.projection-error')]: true });
    expect(isTremplinProjectionError(foreign)).toBe(true);
    expect(isTremplinProjectionError(new Error('x'))).toBe(false);
  });
});

describe('isVisible, on the same rule', () => {
  it('answers per field as projectFor does', () => {
    expect(isVisible('employer', 'referral', '/stoppage/risk')).toBe(false);
    expect(isVisible('employer', 'referral', '/employer/name')).toBe(true);
    expect(isVisible('employer', 'referral', '/restrictions/0')).toBe(false);
    expect(isVisible('employer', 'referral', '/restrictions/0', { consents: [consent()], asOf: '2026-03-02' })).toBe(true);
    expect(isVisible('commission', 'referral', '/restrictions/0', { consents: [consent()], asOf: '2026-03-02' })).toBe(false);
    expect(isVisible('worker', 'referral', '/healthSituation')).toBe(true);
  });

  it('hides free text unless given the record that releases it', () => {
    expect(isVisible('employer', 'action-plan', '/actions/1/result')).toBe(false);
    const plan = planExamples.valid[0] as { actions: Array<{ result?: string }> };
    const textReleases = [releaseOf(plan.actions[1]!.result!, '/actions/1/result', { audience: 'employer', by: { name: 'Dr L' }, at: '2026-03-01T10:00:00Z' })];
    expect(isVisible('employer', 'action-plan', '/actions/1/result', { record: { ...plan, textReleases }, asOf: '2026-03-02' })).toBe(true);
    expect(isVisible('employer', 'action-plan', '/actions/1/result', { record: plan, asOf: '2026-03-02' })).toBe(false);
  });

  it('refuses scope names: only consent records open a field', () => {
    expect(isVisible('employer', 'referral', '/employer/name', new Set())).toBe(true);
    expect(isTremplinProjectionError(thrown(() => isVisible('employer', 'referral', '/restrictions/0', new Set(['partage-restrictions-employeur']))))).toBe(true);
  });
});
