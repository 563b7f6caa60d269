import type { Referral } from '../generated/types.js';
import type { Draft } from '../draft.js';
import { inclusiveDays, plusDays, today, type IsoDate } from '../dates.js';

/** Days the worker has to call the cellule after the referral (seminar on cellules de maintien, 2020, step 3). */
export const FIRST_CONTACT_DAYS = 15;

/**
 * The date by which the worker should have contacted the cellule: referral date + 15 days.
 * @example firstContactDeadline({ referralDate: '2026-03-02', ... }) // '2026-03-17'
 */
export function firstContactDeadline(referral: Pick<Referral, 'referralDate'>): IsoDate | undefined {
  return plusDays(referral.referralDate, FIRST_CONTACT_DAYS);
}

/** Facts read by the `visites` rule set. */
export interface VisitFacts {
  employmentSector?: 'prive' | 'public';
  stoppageInProgress?: boolean;
  stoppageCause?: 'maladie' | 'accident-du-travail' | 'maladie-professionnelle' | 'maternite';
  stoppageDays?: number;
  /** The 2022 thresholds apply by when the stoppage began (décret 2022-372, art. 4), not by asOf. */
  stoppageStartDate?: IsoDate;
  returnDate?: IsoDate;
}

const PUBLIC_CONTRACTS = new Set(['fonctionnaire', 'contractuel-public']);

/**
 * Facts for the `visites` rule set from a referral, complete or still being typed. An ongoing
 * stoppage is measured up to `asOf` (today by default) or to its expected end when one is given.
 */
export function referralToFacts(referral: Draft<Referral>, options: { asOf?: IsoDate } = {}): VisitFacts {
  const facts: VisitFacts = {};
  const contract = referral.job?.contract;
  if (contract) facts.employmentSector = PUBLIC_CONTRACTS.has(contract) ? 'public' : 'prive';
  const stoppage = referral.stoppage;
  if (!stoppage) return facts;
  if (stoppage.inProgress !== undefined) facts.stoppageInProgress = stoppage.inProgress;
  // Invalidity is not the cause of a stoppage: the cause stays unknown, so the rules ask for it.
  if (stoppage.risk && stoppage.risk !== 'invalidite') facts.stoppageCause = stoppage.risk;
  if (stoppage.startDate) {
    facts.stoppageStartDate = stoppage.startDate;
    const end = stoppage.expectedEndDate ?? options.asOf ?? today();
    const days = inclusiveDays(stoppage.startDate, end);
    if (days !== undefined && days > 0) facts.stoppageDays = days;
    if (stoppage.expectedEndDate) facts.returnDate = plusDays(stoppage.expectedEndDate, 1);
  }
  return facts;
}
