import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decideRecord } from './decide-record.js';
import { TremplinRulesError } from './errors.js';

const examples = (name: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../schemas/examples/${name}.examples.json`, import.meta.url)), 'utf8'));

describe('decideRecord', () => {
  it('decides a CHANCE request, a pending agreement making it incomplete', () => {
    const d = decideRecord('chance-request', examples('chance-request').valid[0], { asOf: '2026-11-24' });
    expect(d.outcome).toBe('incomplete');
    expect(d.missingFacts).toEqual(['providerAgreement']);
  });

  it('checks an action plan against the CHANCE limits', () => {
    expect(decideRecord('action-plan', examples('action-plan').valid[1], { asOf: '2026-11-24' }).outcome).toBe('eligible');
  });

  it('finds the visits due from a referral, the day the stoppage passes 30 days', () => {
    const referral = examples('referral').valid[0];
    expect(decideRecord('referral', referral, { asOf: '2026-02-03' }).steps).toEqual([]);
    // The stoppage began in 2026, after décret 2022-372 applies (stoppages beginning after 31 March 2022):
    // more than 30 days opens both the pré-reprise (R4624-29) and the rendez-vous de liaison (D1226-8-1).
    const d = decideRecord('referral', referral, { asOf: '2026-02-04' });
    expect(d.steps.map((s) => s.id).sort()).toEqual(['pre-reprise', 'rendez-vous-de-liaison']);
    expect(d.missingFacts).not.toContain('stoppageStartDate');
  });

  it('refuses an invalid record with its validation issues in both languages', () => {
    try {
      decideRecord('referral', examples('referral').invalid[0].document);
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(TremplinRulesError);
      const e = error as TremplinRulesError;
      expect(e.code).toBe('invalid-record');
      expect(e.issues[0]).toMatchObject({ fact: '/consent/given', message: { fr: expect.stringContaining('accord'), en: expect.stringContaining('consented') } });
    }
  });
});
