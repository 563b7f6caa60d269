import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndicators, publishIndicators, type Indicators, type PublishedCell } from './indicators.js';

const STATUSES = ['en-cours', 'refus-integration', 'sortie-positive', 'sortie-negative'] as const;
const OUTCOMES = ['amenagement-poste', 'changement-poste-externe', 'changement-poste-interne', 'embauche-cdi', 'inaptitude', 'invalidite', 'reconversion', 'creation-entreprise'] as const;

/** Indicators from counts (publishIndicators reads counts only). */
function figures(status: number[], outcomes: number[], exitedWithDays = 0): Indicators {
  const entries = status.reduce((a, b) => a + b, 0);
  const exits = status[2]! + status[3]!;
  const sh = (count: number, total: number) => ({ count, share: total ? count / total : 0 });
  return {
    entries,
    byStatus: Object.fromEntries(STATUSES.map((s, i) => [s, sh(status[i]!, entries)])) as Indicators['byStatus'],
    exits: {
      total: exits,
      positive: sh(status[2]!, exits),
      negative: sh(status[3]!, exits),
      byOutcome: Object.fromEntries(OUTCOMES.map((o, i) => [o, sh(outcomes[i]!, exits)])) as Indicators['exits']['byOutcome'],
    },
    meanDaysInCellule: exitedWithDays ? 69 : null,
    exitedWithDays,
    refused: [],
  };
}

/** What a reader of the published figures knows of a cell: an exact value or a range. */
const rangeOf = (c: PublishedCell, t: number, cap: number): [number, number] =>
  c.count !== null ? [c.count, c.count] : c.suppressed === 'below-threshold' ? [0, t - 1] : [0, cap];

/**
 * Every value each hidden cell could take given all that is published (counts, shares, totals,
 * and the sums linking the tables): brute force over the status table, range check over exit types.
 */
function feasible(p: ReturnType<typeof publishIndicators>, cap: number) {
  const t = p.threshold;
  const st = STATUSES.map((s) => rangeOf(p.byStatus[s], t, cap));
  const entries = rangeOf(p.entries, t, cap);
  const exits = rangeOf(p.exits.total, t, cap);
  const out = OUTCOMES.map((o) => rangeOf(p.exits.byOutcome[o], t, cap));
  const seen = { status: STATUSES.map(() => new Set<number>()), entries: new Set<number>(), exits: new Set<number>(), out: OUTCOMES.map(() => new Set<number>()) };
  const outcomeValues = (e: number, record: boolean): boolean => {
    const lo = out.reduce((n, r) => n + r[0], 0);
    const hi = out.reduce((n, r) => n + Math.min(r[1], e), 0);
    if (e < lo || e > hi) return false;
    if (record) {
      out.forEach((r, i) => {
        const loOthers = lo - r[0];
        const hiOthers = hi - Math.min(r[1], e);
        for (let v = r[0]; v <= Math.min(r[1], e); v++) if (e - v >= loOthers && e - v <= hiOthers) seen.out[i]!.add(v);
      });
    }
    return true;
  };
  for (let a = st[0]![0]; a <= st[0]![1]; a++)
    for (let b = st[1]![0]; b <= st[1]![1]; b++)
      for (let c = st[2]![0]; c <= st[2]![1]; c++)
        for (let d = st[3]![0]; d <= st[3]![1]; d++) {
          const n = a + b + c + d;
          const e = c + d;
          if (n < entries[0] || n > entries[1] || e < exits[0] || e > exits[1]) continue;
          if (!outcomeValues(e, true)) continue;
          [a, b, c, d].forEach((v, i) => seen.status[i]!.add(v));
          seen.entries.add(n);
          seen.exits.add(e);
        }
  return seen;
}

describe('publishIndicators', () => {
  it('shows counts under the threshold as « < 5 », and hides their shares', () => {
    const p = publishIndicators(figures([31, 1, 9, 3], [4, 1, 3, 0, 2, 1, 0, 1], 12));
    expect(p.exits.byOutcome.invalidite).toEqual({ count: null, share: null, display: '< 5', suppressed: 'below-threshold' });
    expect(p.exits.byOutcome['embauche-cdi']).toMatchObject({ count: null, display: '< 5' });
    // 9 positive exits would give back the 3 negative ones from the 12 exits: one of them is hidden too.
    expect([p.exits.positive.count, p.exits.total.count]).toContain(null);
    expect(p.byStatus['en-cours']).toEqual({ count: 31, share: 31 / 44, display: '31' });
    expect(p.meanDaysInCellule).toBe(69);
    expect(JSON.stringify(p)).not.toMatch(/"count":[0-4],/);
  });

  it('hides a second count where one hidden count would follow from a total', () => {
    // 43 entries, 1 refusal: alone under the threshold, it would be 43 − 31 − 9 − 2… so another count goes too.
    const p = publishIndicators(figures([31, 1, 9, 6], [9, 6, 0, 0, 0, 0, 0, 0]));
    expect(p.byStatus['refus-integration'].display).toBe('< 5');
    const hidden = STATUSES.filter((s) => p.byStatus[s].count === null);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
  });

  it('hides an exit type that the exits by status would give back (negative exits are exactly « Inaptitude » + « Invalidité »)', () => {
    // The action-plan schema ties a negative exit to « Inaptitude » or « Invalidité » and a positive one to the
    // other six types: 10 negative exits and 8 « Inaptitude » published would say 2 « Invalidité ».
    const p = publishIndicators(figures([12, 6, 20, 10], [20, 0, 0, 0, 8, 2, 0, 0]));
    expect(p.exits.byOutcome.invalidite.count).toBeNull();
    const negative = p.exits.negative.count;
    const inaptitude = p.exits.byOutcome.inaptitude.count;
    expect(negative !== null && inaptitude !== null, `negative ${negative} − inaptitude ${inaptitude} gives invalidité`).toBe(false);
    // Same on the positive side: 20 positive exits, all « Aménagement du poste » but for hidden small types.
    const q = publishIndicators(figures([12, 6, 22, 10], [20, 0, 0, 2, 5, 5, 0, 0]));
    const positiveShown = OUTCOMES.filter((o) => !['inaptitude', 'invalidite'].includes(o)).filter((o) => q.exits.byOutcome[o].count === null);
    if (q.exits.positive.count !== null) expect(positiveShown.length === 0 || positiveShown.length >= 2, 'one hidden positive type would follow from the positive exits').toBe(true);
  });

  it('takes its threshold from the caller, and refuses a meaningless one', () => {
    const i = figures([31, 1, 9, 3], [4, 1, 3, 0, 2, 1, 0, 1]);
    expect(publishIndicators(i, { threshold: 13 }).exits.total.display).toBe('< 13');
    expect(publishIndicators(i, { threshold: 1 }).exits.byOutcome.invalidite.count).toBe(1);
    expect(() => publishIndicators(i, { threshold: 0 })).toThrow(RangeError);
    expect(() => publishIndicators(i, { threshold: 2.5 })).toThrow(RangeError);
  });

  it('does not publish a mean over fewer plans than the threshold', () => {
    expect(publishIndicators(figures([3, 0, 2, 1], [2, 0, 0, 0, 0, 1, 0, 0], 3)).meanDaysInCellule).toBeNull();
    expect(publishIndicators(computeIndicators([])).meanDaysInCellule).toBeNull();
  });

  it('never lets a hidden count be derived from what is published (every hidden cell keeps two possible values)', () => {
    const counts = fc.array(fc.nat({ max: 9 }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(counts, fc.array(fc.nat({ max: 7 }), { minLength: 8, maxLength: 8 }), fc.constantFrom(3, 5), (status, weights, threshold) => {
        // Spread the exits over exit types following the weights, so that exit types sum to the exits.
        const exits = status[2]! + status[3]!;
        const outcomes = OUTCOMES.map(() => 0);
        const totalWeight = weights.reduce((a, b) => a + b, 0) || 1;
        let left = exits;
        weights.forEach((w, i) => {
          const n = Math.min(left, Math.floor((exits * w) / totalWeight));
          outcomes[i] = n;
          left -= n;
        });
        outcomes[0]! += left;
        const p = publishIndicators(figures(status, outcomes), { threshold });
        const cap = 4 * 9 + 1;
        const seen = feasible(p, cap);
        STATUSES.forEach((s, i) => {
          if (p.byStatus[s].count === null) expect(seen.status[i]!.size, `${s} of ${status} t=${threshold}`).toBeGreaterThan(1);
        });
        OUTCOMES.forEach((o, i) => {
          if (p.exits.byOutcome[o].count === null) expect(seen.out[i]!.size, `${o} of ${outcomes} t=${threshold}`).toBeGreaterThan(1);
        });
        if (p.exits.total.count === null) expect(seen.exits.size).toBeGreaterThan(1);
        if (p.entries.count === null) expect(seen.entries.size).toBeGreaterThan(1);
        // And the true figures are among the possible ones (the checker itself is sound).
        STATUSES.forEach((_, i) => expect(seen.status[i]!.has(status[i]!)).toBe(true));
      }),
      { numRuns: 400 },
    );
  });
});
