import type { ActionPlan } from '../generated/types.js';
import { monthsBetween, today, type IsoDate } from '../dates.js';

/** Facts read by the `chance-plan` rule set (limits of a running CHANCE programme). */
export interface ChancePlanFacts {
  context?: 'cellule-pdp' | 'chance' | 'reclassement';
  onSiteVisits?: number;
  supportMonths?: number;
  firstMeetingHeld?: boolean;
}

/**
 * Facts for the `chance-plan` rule set from an action plan. Support runs from `startDate` to the
 * exit date, or to `asOf` (today by default) while it goes on.
 */
export function actionPlanToFacts(plan: ActionPlan, options: { asOf?: IsoDate } = {}): ChancePlanFacts {
  const meetings = plan.meetings ?? [];
  const facts: ChancePlanFacts = {
    context: plan.context,
    onSiteVisits: meetings.filter((m) => m.kind === 'visite-sur-site').length,
    firstMeetingHeld: meetings.some((m) => m.kind === 'premiere-reunion'),
  };
  const months = monthsBetween(plan.startDate, plan.exit?.date ?? options.asOf ?? today());
  if (months !== undefined && months >= 0) facts.supportMonths = months;
  return facts;
}
