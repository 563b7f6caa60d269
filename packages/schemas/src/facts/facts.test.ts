import { describe, expect, it } from 'vitest';
import { actionPlanToFacts, chanceRequestToFacts, firstContactDeadline, referralToFacts } from './index.js';
import { monthsBetween, inclusiveDays } from '../dates.js';
import { examplesOf } from '../../test/examples.js';
import type { ActionPlan, ChanceRequest, Referral } from '../generated/types.js';

const referral = examplesOf('referral').valid[0] as unknown as Referral;

describe('referral', () => {
  it('first contact is due 15 days after the referral, across month ends', () => {
    expect(firstContactDeadline({ referralDate: '2026-03-02' })).toBe('2026-03-17');
    expect(firstContactDeadline({ referralDate: '2026-02-20' })).toBe('2026-03-07');
  });

  it('measures an ongoing stoppage up to asOf, both days counted', () => {
    expect(referralToFacts(referral, { asOf: '2026-02-03' })).toEqual({
      employmentSector: 'prive',
      stoppageInProgress: true,
      stoppageCause: 'maladie',
      stoppageDays: 30,
      stoppageStartDate: '2026-01-05',
    });
  });

  it('leaves the cause unknown when the risk is invalidity, and sees public contracts', () => {
    const facts = referralToFacts({ ...referral, job: { ...referral.job, contract: 'fonctionnaire' }, stoppage: { inProgress: true, startDate: '2026-01-05', risk: 'invalidite' } }, { asOf: '2026-01-05' });
    expect(facts.stoppageCause).toBeUndefined();
    expect(facts.employmentSector).toBe('public');
    expect(facts.stoppageDays).toBe(1);
  });
});

describe('chance request', () => {
  it('maps the five conditions and leaves unknowns absent', () => {
    expect(chanceRequestToFacts(examplesOf('chance-request').valid[1] as unknown as ChanceRequest)).toEqual({
      stoppageInProgress: false,
      employerSigned: false,
      agentSigned: true,
    });
  });
});

describe('action plan', () => {
  it('counts on-site visits and the months of support up to the exit', () => {
    expect(actionPlanToFacts(examplesOf('action-plan').valid[1] as unknown as ActionPlan)).toEqual({
      context: 'chance',
      onSiteVisits: 2,
      firstMeetingHeld: true,
      supportMonths: 9.5, // 9 months to 1 Feb, then 14 of February's 28 days
    });
  });
});

describe('dates', () => {
  it('12 months exactly is 12, one more day is more', () => {
    expect(monthsBetween('2025-03-15', '2026-03-15')).toBe(12);
    expect(monthsBetween('2025-03-15', '2026-03-16')).toBeGreaterThan(12);
    // date-fns' month-end rule, the same addMonths uses: 31 Jan + 1 month is 29 Feb.
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(monthsBetween('2024-01-30', '2024-02-28')).toBeLessThan(1);
  });

  it('counts both ends of a period', () => {
    expect(inclusiveDays('2026-01-01', '2026-01-30')).toBe(30);
    expect(inclusiveDays('2026-01-01', 'nope')).toBeUndefined();
  });
});

describe('drafts (records still being typed)', () => {
  it('maps only what a partial record says, never throwing on absent parts', () => {
    expect(chanceRequestToFacts({})).toEqual({});
    expect(chanceRequestToFacts({ stoppage: { inProgress: true }, signatures: { agent: { signed: false } } }))
      .toEqual({ stoppageInProgress: true, agentSigned: false });
    expect(referralToFacts({})).toEqual({});
    expect(referralToFacts({ job: { contract: 'fonctionnaire' }, stoppage: {} })).toEqual({ employmentSector: 'public' });
    expect(actionPlanToFacts({ meetings: [{}, { kind: 'visite-sur-site' }] })).toEqual({ onSiteVisits: 1, firstMeetingHeld: false });
  });

  it('keeps a pending agreement absent, as for a complete request', () => {
    expect(chanceRequestToFacts({ occupationalHealthAgreement: { status: 'en-attente' } })).toEqual({});
  });
});
