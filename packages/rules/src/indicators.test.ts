import { describe, expect, it } from 'vitest';
import { plusDays } from '@tremplin/schemas';
import { computeIndicators } from './indicators.js';

const plan = (status: string, exit?: { outcome: string; days: number }) => ({
  beneficiary: { lastName: 'X', firstName: 'Y' },
  context: 'cellule-pdp',
  objective: 'meme-poste-amenage',
  startDate: '2020-06-01',
  actions: [],
  status,
  // An exit `days` long, both ends counted.
  ...(exit ? { exit: { date: plusDays('2020-06-01', exit.days - 1), outcome: exit.outcome } } : {}),
});

/**
 * The seed's mid-term review of a cellule (seminar on cellules de maintien, 2020). Its two tables
 * disagree: the status table counts 2 negative exits (43 entries: 31 in progress, 1 refusal, 2 negative,
 * 9 positive), the exit table 3 (12 exits: « 9 sorties positives sur un total de 12 »). No one set of
 * plans gives both, so each table is checked on plans consistent with it. The days are ours: the seed
 * gives only their mean, 69.
 */
const SEED_EXITS: Array<[string, string, number]> = [
  ['sortie-positive', 'amenagement-poste', 40], ['sortie-positive', 'amenagement-poste', 50], ['sortie-positive', 'amenagement-poste', 60], ['sortie-positive', 'amenagement-poste', 70],
  ['sortie-positive', 'changement-poste-externe', 80],
  ['sortie-positive', 'changement-poste-interne', 65], ['sortie-positive', 'changement-poste-interne', 75], ['sortie-positive', 'changement-poste-interne', 85],
  ['sortie-negative', 'inaptitude', 60], ['sortie-negative', 'inaptitude', 70],
  ['sortie-negative', 'invalidite', 90],
  ['sortie-positive', 'creation-entreprise', 83],
];
const exitTablePlans = SEED_EXITS.map(([status, outcome, days]) => plan(status, { outcome, days }));
const statusTablePlans = [
  ...Array.from({ length: 31 }, () => plan('en-cours')),
  plan('refus-integration'),
  ...exitTablePlans.filter((p) => p.exit?.outcome !== 'invalidite'),
];

describe('computeIndicators', () => {
  const i = computeIndicators(exitTablePlans);
  const s = computeIndicators(statusTablePlans);

  it('gives the seed\'s status table: 43 entries, 72.09 % in progress, 2.33 % refusals, 4.65 % / 20.93 % exits', () => {
    expect(s.entries).toBe(43);
    const pct = (x: { share: number }) => Math.round(x.share * 10000) / 100;
    expect(s.byStatus['en-cours'].count).toBe(31);
    expect(pct(s.byStatus['en-cours'])).toBe(72.09);
    expect(pct(s.byStatus['refus-integration'])).toBe(2.33);
    expect(pct(s.byStatus['sortie-negative'])).toBe(4.65);
    expect(pct(s.byStatus['sortie-positive'])).toBe(20.93);
  });

  it('gives the seed\'s exit table: 9 positive exits out of 12, i.e. 75 %, and the share of each exit type', () => {
    expect(i.exits.total).toBe(12);
    expect(i.exits.positive).toEqual({ count: 9, share: 0.75 });
    const pct = (o: keyof typeof i.exits.byOutcome) => Math.round(i.exits.byOutcome[o].share * 10000) / 100;
    expect(pct('amenagement-poste')).toBe(33.33);
    expect(pct('changement-poste-interne')).toBe(25);
    expect(pct('inaptitude')).toBe(16.67);
    expect(pct('changement-poste-externe')).toBe(8.33);
    expect(i.exits.byOutcome['embauche-cdi'].count).toBe(0);
  });

  it('gives the mean days in the cellule over exited plans (69 here, as in the seed)', () => {
    expect(i.meanDaysInCellule).toBeCloseTo(69, 5);
  });

  it('keeps invalid plans out of the figures, but lists them', () => {
    const j = computeIndicators([statusTablePlans[0], { status: 'en-cours' }, 42]);
    expect(j.entries).toBe(1);
    expect(j.refused.map((r) => r.index)).toEqual([1, 2]);
  });

  it('answers zeros, not NaN, for no plans', () => {
    const j = computeIndicators([]);
    expect(j.byStatus['en-cours'].share).toBe(0);
    expect(j.meanDaysInCellule).toBeNull();
  });
});
