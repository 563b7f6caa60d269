import type { ActionPlan } from '../generated/types.js';
import type { Draft } from '../draft.js';
import { monthsBetween, today, type IsoDate } from '../dates.js';

/** Facts read by the `chance-plan` rule set (limits of a running CHANCE programme). */
export interface ChancePlanFacts {
  context?: 'cellule-pdp' | 'chance' | 'reclassement';
  onSiteVisits?: number;
  supportMonths?: number;
  firstMeetingHeld?: boolean;
}

/**
 * Facts for the `chance-plan` rule set from an action plan, complete or still being typed. Support
 * runs from `startDate` to the exit date, or to `asOf` (today by default) while it goes on.
 */
export function actionPlanToFacts(plan: Draft<ActionPlan>, options: { asOf?: IsoDate } = {}): ChancePlanFacts {
  const meetings = plan.meetings ?? [];
  const facts: ChancePlanFacts = {
    onSiteVisits: meetings.filter((m) => m?.kind === 'visite-sur-site').length,
    firstMeetingHeld: meetings.some((m) => m?.kind === 'premiere-reunion'),
  };
  if (plan.context) facts.context = plan.context;
  if (plan.startDate) {
    const months = monthsBetween(plan.startDate, plan.exit?.date ?? options.asOf ?? today());
    if (months !== undefined && months >= 0) facts.supportMonths = months;
  }
  return facts;
}
