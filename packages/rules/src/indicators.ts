import { inclusiveDays, validators, type ActionPlan, type ValidationIssue } from '@tremplin/schemas';

type Status = ActionPlan['status'];
type Outcome = NonNullable<ActionPlan['exit']>['outcome'];

const STATUSES: Status[] = ['en-cours', 'refus-integration', 'sortie-positive', 'sortie-negative'];
const OUTCOMES: Outcome[] = ['amenagement-poste', 'changement-poste-externe', 'changement-poste-interne', 'embauche-cdi', 'inaptitude', 'invalidite', 'reconversion', 'creation-entreprise'];
/** Exit types a negative exit must have (action-plan.schema.json, allOf); a positive exit has one of the others. */
const NEGATIVE_OUTCOMES: Outcome[] = ['inaptitude', 'invalidite'];

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
  /** Plans the mean is computed over (exited, with a positive duration); absent in figures made by hand: the mean is then not published. */
  exitedWithDays?: number;
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
    exitedWithDays: exited,
    refused,
  };
}

// ---- publication with small-count suppression ----------------------------------------------

/** A published count: its value, or why it is not given. */
export interface PublishedCell {
  /** null when suppressed. */
  count: number | null;
  /** count / total; null when the count or its total is suppressed (a share and a total give the count back). */
  share: number | null;
  /** What a table prints: the count, `< 5` (under the threshold), or `—` (hidden so that another cannot be derived). */
  display: string;
  suppressed?: 'below-threshold' | 'complementary';
}

export interface PublishedIndicators {
  threshold: number;
  entries: PublishedCell;
  byStatus: Record<Status, PublishedCell>;
  exits: { total: PublishedCell; positive: PublishedCell; negative: PublishedCell; byOutcome: Record<Outcome, PublishedCell> };
  /** null when fewer than `threshold` plans have exited: a mean over a handful of people is theirs. */
  meanDaysInCellule: number | null;
  /** How many plans were left out as invalid (their issues stay with the caseworker). */
  refused: number;
}

/** Default threshold: the usual French statistical-secrecy rule of thumb (no cell under 5 people). */
export const DEFAULT_SMALL_COUNT_THRESHOLD = 5;

type Cell = { count: number; lo: number; hi: number; hidden?: PublishedCell['suppressed'] };

/**
 * Indicators ready to publish (to an employer, a commission, a funder): every count under
 * `threshold`, zero included, is shown as `< threshold` (a visible zero next to a small total would
 * pin the other counts), and other counts are hidden too (`—`, complementary suppression) wherever
 * the published totals, shares and the tables' sums would give a hidden count back: between the
 * statuses and their total, positive and negative exits and theirs, and the exit types. A share
 * is given only when both its count and its total are.
 * @example
 * const published = publishIndicators(computeIndicators(plans), { threshold: 5 });
 * published.exits.byOutcome.invalidite.display; // '< 5' when 1 to 4 plans ended in invalidity
 */
export function publishIndicators(indicators: Indicators, options: { threshold?: number } = {}): PublishedIndicators {
  const t = options.threshold ?? DEFAULT_SMALL_COUNT_THRESHOLD;
  if (!Number.isInteger(t) || t < 1 || t > 1000) throw new RangeError('threshold must be an integer from 1 to 1000');

  const cells = new Map<string, Cell>();
  const add = (name: string, count: number) => cells.set(name, { count, lo: count, hi: count });
  add('entries', indicators.entries);
  for (const s of STATUSES) add(`status:${s}`, indicators.byStatus[s].count);
  add('exits', indicators.exits.total);
  for (const o of OUTCOMES) add(`outcome:${o}`, indicators.exits.byOutcome[o].count);
  const outcomeSum = OUTCOMES.reduce((n, o) => n + indicators.exits.byOutcome[o].count, 0);

  // What a reader knows: each equation's members sum to its total (the exit-type table sums to the
  // exits when every exited plan has its exit; assume the reader knows it, whether or not it holds).
  const statuses = STATUSES.map((s) => `status:${s}`);
  const exitCells = ['status:sortie-positive', 'status:sortie-negative'];
  const outcomes = OUTCOMES.map((o) => `outcome:${o}`);
  const equations: Array<{ members: string[]; total: string }> = [
    { members: statuses, total: 'entries' },
    { members: exitCells, total: 'exits' },
    { members: ['status:en-cours', 'status:refus-integration', 'exits'], total: 'entries' },
  ];
  if (outcomeSum === indicators.exits.total) equations.push({ members: outcomes, total: 'exits' });
  // The action-plan schema ties a negative exit to « Inaptitude » or « Invalidité » and a positive one to
  // the other types: a reader who knows it subtracts, e.g. 10 negative − 8 « Inaptitude » = 2 « Invalidité ».
  const negativeOutcomes = NEGATIVE_OUTCOMES.map((o) => `outcome:${o}`);
  const positiveOutcomes = outcomes.filter((o) => !negativeOutcomes.includes(o));
  const sumOf = (names: string[]) => names.reduce((n, name) => n + cells.get(name)!.count, 0);
  if (sumOf(negativeOutcomes) === indicators.byStatus['sortie-negative'].count) equations.push({ members: negativeOutcomes, total: 'status:sortie-negative' });
  if (sumOf(positiveOutcomes) === indicators.byStatus['sortie-positive'].count) equations.push({ members: positiveOutcomes, total: 'status:sortie-positive' });

  const hide = (name: string, why: NonNullable<Cell['hidden']>) => {
    const c = cells.get(name)!;
    c.hidden = why;
    // A reader knows « < t » is 0 to t − 1, and nothing of a complementary cell.
    [c.lo, c.hi] = why === 'below-threshold' ? [0, t - 1] : [0, Number.POSITIVE_INFINITY];
  };
  if (t > 1) for (const [name, c] of cells) if (c.count < t) hide(name, 'below-threshold');

  /** Narrows the ranges a reader can infer from the equations; returns a hidden cell pinned to one value, if any. */
  const pinned = (): { name: string; eq: (typeof equations)[number] } | undefined => {
    const range = new Map([...cells].map(([n, c]) => [n, [c.lo, c.hi] as [number, number]]));
    for (let pass = 0; pass < 20; pass++) {
      let changed = false;
      for (const eq of equations) {
        // members − total = 0: each variable's range from the others'.
        const terms = [...eq.members.map((m) => [m, 1] as const), [eq.total, -1] as const];
        for (const [name, sign] of terms) {
          let lo = 0;
          let hi = 0;
          for (const [other, s] of terms) {
            if (other === name) continue;
            const [a, b] = range.get(other)!;
            // sign·x = −Σ s·y
            if (s * sign > 0) { lo -= b; hi -= a; } else { lo += a; hi += b; }
          }
          const [a, b] = range.get(name)!;
          const next: [number, number] = [Math.max(a, lo), Math.min(b, hi)];
          if (next[0] !== a || next[1] !== b) { range.set(name, next); changed = true; }
        }
      }
      if (!changed) break;
    }
    for (const eq of equations) {
      for (const name of [...eq.members, eq.total]) {
        const c = cells.get(name)!;
        const [a, b] = range.get(name)!;
        if (c.hidden && a === b) return { name, eq };
      }
    }
    return undefined;
  };

  for (let guard = 0; guard < cells.size; guard++) {
    const found = pinned();
    if (!found) break;
    // Hide the smallest visible count of an equation holding the cell; failing that, of the
    // equations linked to those (a count may be pinned through a chain of sums).
    let reach = new Set([found.name]);
    let candidates: string[] = [];
    for (let hop = 0; hop < equations.length && candidates.length === 0; hop++) {
      const next = new Set(equations.filter((e) => [...e.members, e.total].some((n) => reach.has(n))).flatMap((e) => [...e.members, e.total]));
      candidates = [...next].filter((n) => !cells.get(n)!.hidden).sort((x, y) => cells.get(x)!.count - cells.get(y)!.count);
      reach = next;
    }
    if (candidates.length === 0) break;
    hide(candidates[0]!, 'complementary');
  }

  const published = (name: string, totalName?: string): PublishedCell => {
    const c = cells.get(name)!;
    if (c.hidden) return { count: null, share: null, display: c.hidden === 'below-threshold' ? `< ${t}` : '—', suppressed: c.hidden };
    const total = totalName ? cells.get(totalName)! : undefined;
    const share = total && !total.hidden ? (total.count ? c.count / total.count : 0) : null;
    return { count: c.count, share, display: String(c.count) };
  };
  const exitedWithDays = indicators.meanDaysInCellule === null ? 0 : (indicators.exitedWithDays ?? 0);
  return {
    threshold: t,
    entries: published('entries'),
    byStatus: Object.fromEntries(STATUSES.map((s) => [s, published(`status:${s}`, 'entries')])) as Record<Status, PublishedCell>,
    exits: {
      total: published('exits'),
      positive: published('status:sortie-positive', 'exits'),
      negative: published('status:sortie-negative', 'exits'),
      byOutcome: Object.fromEntries(OUTCOMES.map((o) => [o, published(`outcome:${o}`, 'exits')])) as Record<Outcome, PublishedCell>,
    },
    meanDaysInCellule: exitedWithDays >= t ? indicators.meanDaysInCellule : null,
    refused: indicators.refused.length,
  };
}

