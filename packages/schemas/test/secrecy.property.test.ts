/**
 * The proof of issue #10: for every record type, records whose every free string is a unique
 * marker, random consent records (given before or after the document, withdrawn or not, any scope)
 * and random free-text releases (right or stale text, either audience, before or after the
 * document). For employer and commission, no marker of a medical, inferred-medical or unreleased
 * free-text field reaches projectFor's value or the FHIR export, and no such field is present at
 * all — unless a consent record in force covers it; what may be shown is shown.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectFor, RECORD_NAMES, toFhirQuestionnaireResponse, valueAt, type ConsentRecord } from '../src/index.js';
import { alignedLeaves, allowed, arbitraryOf, leaves, loadSchemas, markRecord, metaOf, patternOf, scopesInForce, sha256, type ReleaseLike } from './secrecy-oracle.js';

/** Records per type (each projected for two audiences and exported twice): 10,000, the proof (about 2 ms each on a shared core); TREMPLIN_SECRECY_RUNS lowers it for a quick local run. */
const RUNS = Number(process.env.TREMPLIN_SECRECY_RUNS ?? 10_000);
const ASOF = '2026-06-15';
const MARKER = /mk\d+q/g;
const AUDIENCES = ['employer', 'commission'] as const;
const schemas = loadSchemas(fileURLToPath(new URL('../schemas', import.meta.url)));

const day = (offset: number) => new Date(Date.parse(`${ASOF}T00:00:00Z`) + offset * 864e5).toISOString().slice(0, 10);

const consentArb = fc.array(
  fc.record({
    given: fc.integer({ min: -60, max: 20 }),
    withdrawn: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    employer: fc.boolean(),
    commission: fc.option(fc.boolean(), { nil: undefined }),
  }),
  { maxLength: 3 },
).map((list) => list.map((c, i): ConsentRecord => ({
  person: { lastName: 'Martin', firstName: 'Sophie' },
  // Distinct minutes: "the latest consent" is never a tie.
  givenAt: `${day(c.given)}T10:${String(10 + i).padStart(2, '0')}:00+01:00`,
  collectedBy: { name: 'Dr Lefèvre' },
  scope: { referralToCellule: true, shareRestrictionsWithEmployer: c.employer, ...(c.commission === undefined ? {} : { shareRestrictionsWithCommission: c.commission }) },
  ...(c.withdrawn === undefined ? {} : { withdrawal: { withdrawnAt: `${day(c.given + c.withdrawn)}T09:00:00Z` } }),
})));

/** The person a record is about, as its consents name them. */
function personOf(record: Record<string, unknown>): ConsentRecord['person'] | undefined {
  for (const key of ['worker', 'agent', 'beneficiary', 'person']) {
    const p = record[key] as { lastName?: unknown; firstName?: unknown } | undefined;
    if (p && typeof p.lastName === 'string' && typeof p.firstName === 'string') return { lastName: p.lastName, firstName: p.firstName };
  }
  return undefined;
}

const releaseArb = fc.array(
  fc.record({ pick: fc.nat(), audience: fc.constantFrom('employer', 'commission'), sameText: fc.boolean(), at: fc.integer({ min: -30, max: 10 }) }),
  { maxLength: 4 },
);

describe.each(RECORD_NAMES)('%s: no medical, inferred or unreleased free-text value reaches employer or commission', (name) => {
  const meta = metaOf(schemas, name);
  const record = arbitraryOf(schemas, name);

  it(`holds for ${RUNS} generated records`, () => {
    let sharedByConsent = 0;
    let released = 0;
    fc.assert(
      fc.property(record, consentArb, releaseArb, (raw, generated, picks) => {
        const { record: base, markers } = markRecord(raw, meta);
        // Consents are the record's own person's (another person's consent is refused, see project.test.ts).
        const consents = generated.map((c) => ({ ...c, person: personOf(base) ?? c.person }));
        const texts = leaves(base).filter(([p, v]) => typeof v === 'string' && meta.get(patternOf(p))?.freeText);
        const textReleases: ReleaseLike[] = texts.length === 0 ? [] : picks.map((r) => {
          const [path, text] = texts[r.pick % texts.length]!;
          return { path, audience: r.audience, sha256: sha256(r.sameText ? String(text) : `${String(text)} modifié`), by: { name: 'Dr Lefèvre' }, at: `${day(r.at)}T08:00:00Z` };
        });
        const input = textReleases.length ? { ...base, textReleases } : base;
        const scopes = scopesInForce(consents, ASOF);

        for (const audience of AUDIENCES) {
          const ok = (path: string, value: unknown) => allowed(meta, audience, path, value, scopes, textReleases, ASOF);
          const p = projectFor(name, input, { audience, consents, asOf: ASOF });
          const out = JSON.stringify(p.value);
          const shown = alignedLeaves(p.value, input);
          const shownAt = new Map(shown);
          for (const [path, value] of shown) expect(ok(path, value), `${audience} got ${path}`).toBe(true);
          for (const [marker] of out.matchAll(MARKER)) expect(ok(markers.get(marker)!, valueAt(input, markers.get(marker)!)), `${audience} got marker of ${markers.get(marker)}`).toBe(true);
          // Nothing over-withheld: what the audience may read is there.
          for (const [path, value] of leaves(base)) {
            if (!ok(path, value)) continue;
            expect(shownAt.get(path), `${audience} lacks ${path}`).toBe(value);
            const m = meta.get(patternOf(path))!;
            if (m.cls === 'medical') sharedByConsent++;
            if (m.freeText) released++;
          }

          const fhir = JSON.stringify(toFhirQuestionnaireResponse(name, input, { audience, consents, asOf: ASOF, status: 'in-progress' }));
          for (const [marker] of fhir.matchAll(MARKER)) expect(ok(markers.get(marker)!, valueAt(input, markers.get(marker)!)), `FHIR ${audience} got marker of ${markers.get(marker)}`).toBe(true);
          const shownPatterns = new Set(leaves(p.value).map(([path]) => patternOf(path)));
          for (const [, linkId] of fhir.matchAll(/"linkId":"([^"]+)","(?:text":"[^"]*","answer|answer)/g)) {
            expect(shownPatterns.has(linkId!) || shownPatterns.has(`${linkId}/*`), `FHIR ${audience} answered ${linkId}`).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
    // The generator reaches the gates, so the test can see a wrong opening or closing.
    if (name === 'referral' && RUNS >= 1000) expect(sharedByConsent).toBeGreaterThan(0);
    if (RUNS >= 1000 && ['action-plan', 'commission-tracking', 'observation-placement'].includes(name)) expect(released).toBeGreaterThan(0);
  }, Math.max(120_000, RUNS * 60)); // a large record type takes up to ~18 ms a record on a busy shared core
});
