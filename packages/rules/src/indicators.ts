import { inclusiveDays, validators, type ActionPlan, type ValidationIssue } from '@tremplin/schemas';

type Status = ActionPlan['status'];
type Outcome = NonNullable<ActionPlan['exit']>['outcome'];

const STATUSES: Status[] = ['en-cours', 'refus-integration', 'sortie-positive', 'sortie-negative'];
const OUTCOMES: Outcome[] = ['amenagement-poste', 'changement-poste-externe', 'changement-poste-interne', 'embauche-cdi', 'inaptitude', 'invalidite', 'reconversion', 'creation-entreprise'];

export interface Share {
  count: number;
  /** count / total, 0 when the total is 0; kept unrounded. */
  share: number;
}

/** The figures a cellule de maintien reports (seminar on cellules de maintien, 2020: statuses, exits, mean days). */
export interface Indicators {
  /** Action plans counted: every valid plan is an entry into the cellule. */
  entries: number;
  byStatus: Record<Status, Share>;
  exits: {
    total: number;
    positive: Share;
    negative: Share;
    byOutcome: Record<Outcome, Share>;
  };
  /** Mean days from the start of support to the exit, both counted, over plans that have exited. */
  meanDaysInCellule: number | null;
  /** Plans left out because they are not valid action plans: never silently dropped. */
  refused: Array<{ index: number; issues: ValidationIssue[] }>;
}

const share = (count: number, total: number): Share => ({ count, share: total ? count / total : 0 });

/**
 * The outcome indicators of a set of action plans, as the cellules report them.
 * @example
 * const { byStatus, exits, meanDaysInCellule } = computeIndicators(plans);
 * exits.positive.share; // 0.75 — 9 positive exits out of 12
 */
export function computeIndicators(plans: Iterable<unknown>): Indicators {
  const valid: ActionPlan[] = [];
  const refused: Indicators['refused'] = [];
  let index = 0;
  for (const plan of plans) {
    const result = validators['action-plan'](plan);
    if (result.valid) valid.push(result.value);
    else refused.push({ index, issues: result.issues });
    index++;
  }
  const statusCounts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const outcomeCounts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  let days = 0;
  let exited = 0;
  for (const plan of valid) {
    statusCounts[plan.status]++;
    if (plan.exit && (plan.status === 'sortie-positive' || plan.status === 'sortie-negative')) {
      outcomeCounts[plan.exit.outcome]++;
      const d = inclusiveDays(plan.startDate, plan.exit.date);
      if (d !== undefined && d > 0) {
        days += d;
        exited++;
      }
    }
  }
  const exits = statusCounts['sortie-positive'] + statusCounts['sortie-negative'];
  return {
    entries: valid.length,
    byStatus: Object.fromEntries(STATUSES.map((s) => [s, share(statusCounts[s], valid.length)])) as Record<Status, Share>,
    exits: {
      total: exits,
      positive: share(statusCounts['sortie-positive'], exits),
      negative: share(statusCounts['sortie-negative'], exits),
      byOutcome: Object.fromEntries(OUTCOMES.map((o) => [o, share(outcomeCounts[o], exits)])) as Record<Outcome, Share>,
    },
    meanDaysInCellule: exited ? days / exited : null,
    refused,
  };
}
