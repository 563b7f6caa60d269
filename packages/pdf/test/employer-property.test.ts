import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldInfo } from '@tremplin/schemas';
import { renderToBuffer } from '../src/index.js';
import { consentFor, examples, pdfText } from './support.js';

const RUNS = 1000;
// Every medical free-text value carries a unique marker; none may reach an employer's copy. Restrictions
// follow the consent record in force.
const marker = fc.stringMatching(/^[A-Z]{4}[0-9]{4}$/).map((s) => `MED${s}`);
const base = examples('referral')[0]!;
const consentRecord = examples('consent')[0]!;

const referral = fc.record({
  health: marker,
  comments: marker,
  restrictions: fc.array(marker, { minLength: 1, maxLength: 4 }),
  rqth: fc.constantFrom('reconnue', 'en-cours', 'non', 'inconnue'),
  risk: fc.constantFrom('maladie', 'accident-du-travail', 'maladie-professionnelle', 'invalidite'),
  shareRestrictions: fc.boolean(),
  lastName: fc.stringMatching(/^[A-Z][a-zéèàç' -]{1,30}$/),
});

describe(`employer copies of ${RUNS} generated referrals`, () => {
  it('never print a medical value, and print restrictions only with consent', async () => {
    const riskLabels = fieldInfo('referral', '/stoppage/risk')!.options!.map((o) => o.fr);
    await fc.assert(
      fc.asyncProperty(referral, async (r) => {
        const record = {
          ...base,
          worker: { ...(base.worker as object), lastName: r.lastName },
          stoppage: { inProgress: true, startDate: '2026-01-05', risk: r.risk },
          healthSituation: r.health,
          comments: r.comments,
          restrictions: r.restrictions,
          rqth: { status: r.rqth },
        };
        const consent = { ...consentFor(record, consentRecord), scope: { referralToCellule: true, shareRestrictionsWithEmployer: r.shareRestrictions } };
        const text = pdfText(await renderToBuffer('referral', record, { audience: 'employer', printedOn: '2026-11-24', consents: [consent as never] }));
        expect(text).toContain(r.lastName.replace(/\s+/g, ' ').trim());
        expect(text).not.toContain(r.health);
        expect(text).not.toContain(r.comments);
        for (const label of riskLabels) expect(text).not.toContain(`Risque ${label}`);
        expect(text).not.toContain('Statut RQTH');
        for (const restriction of r.restrictions) {
          if (r.shareRestrictions) expect(text).toContain(restriction);
          else expect(text).not.toContain(restriction);
        }
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
