import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decide, factsReference, formatDecision, getRuleset, getRulesetData, RULESET_IDS } from '../src/index.js';
import { main } from '../src/cli/main.js';
// @ts-expect-error -- plain ESM script without types
import { renderFactsReference } from '../scripts/facts-reference.mjs';

function run(args: string[]) {
  const out: string[] = [];
  const sink = () => Object.assign(new PassThrough(), { write: (s: string) => (out.push(String(s)), true) });
  return main(args, { stdin: new PassThrough(), stdout: sink() as never, stderr: sink() as never }).then((code) => ({ code, stdout: out.join('') }));
}

describe('facts reference', () => {
  it('lists every declared fact of every rule set, each read by a condition', () => {
    for (const id of RULESET_IDS) {
      const ref = factsReference(id);
      expect(ref.facts.map((f) => f.name)).toEqual(Object.keys(getRuleset(id).data.facts)); // amending versions' facts included
      for (const f of ref.facts) expect(f.readBy.length, `${id}.${f.name}`).toBeGreaterThan(0);
    }
  });

  it('gives enum values, bounds, units, sources and the conditions reading a fact', () => {
    const chance = factsReference('chance').facts.find((f) => f.name === 'medicalIncapacity');
    expect(chance).toMatchObject({ type: 'enum', values: ['aucune', 'partielle', 'totale'], source: 'chance-request: /medicalOpinion/incapacity' });
    expect(chance?.readBy.map((r) => r.condition)).toContain('avis-medical-incapacite');
    const crpe = factsReference('crpe').facts.find((f) => f.name === 'plannedMonths');
    expect(crpe).toMatchObject({ minimum: 0, maximum: 60, unit: { fr: 'mois', en: 'months' } });
  });

  it('counts a fact read through a computed fact (essai-encadre: total days = requested + used)', () => {
    const ref = factsReference('essai-encadre');
    const total = ref.derived.find((d) => d.name === 'totalWorkingDays');
    expect(total?.sum).toEqual(['requestedWorkingDays', 'workingDaysAlreadyUsed']);
    const used = ref.facts.find((f) => f.name === 'workingDaysAlreadyUsed')!;
    const condition = getRulesetData('essai-encadre').versions[0]!.conditions!.find((c) => JSON.stringify(c.when).includes('totalWorkingDays'))!;
    expect(used.readBy.map((r) => r.condition)).toContain(condition.id);
  });

  it('names forbidden facts apart', () => {
    expect(factsReference('reclassement-conditions').forbidden.map((f) => f.name)).toContain('disciplinaryRecord');
  });

  it('refuses an unknown rule set with the usual typed error', () => {
    expect(() => factsReference('nope' as never)).toThrow(expect.objectContaining({ code: 'unknown-ruleset' }));
  });

  it('docs/facts-reference.md is up to date (run `pnpm run docs` after changing rule data)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../../docs/facts-reference.md', import.meta.url)), 'utf8');
    expect(committed).toBe(renderFactsReference());
  });
});

describe('tremplin rules <id> --facts', () => {
  it('prints each fact with its type, values, label and source', async () => {
    const r = await run(['rules', 'chance', '--facts']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('medicalIncapacity  (enum)  aucune | partielle | totale');
    expect(r.stdout).toContain('Incapacité constatée par l\'avis médical');
    expect(r.stdout).toContain('source : chance-request: /medicalOpinion/incapacity');
  });

  it('in English, with units', async () => {
    const r = await run(['rules', 'crpe', '--facts', '--lang', 'en']);
    expect(r.stdout).toContain('plannedMonths  (number, months)  0 … 60');
    expect(r.stdout).toContain('read by: ');
  });

  it('needs a rule set name, and knows them', async () => {
    expect((await run(['rules', '--facts'])).code).toBe(2);
    expect((await run(['rules', 'nope', '--facts'])).code).toBe(1);
  });
});

describe('facts by their label in a printed decision', () => {
  it('names what is missing and what was set aside by label, not by key', () => {
    const d = decide(getRuleset('chance'), { stoppageInProgress: true, insuredRisk: true, employerSigned: true, agentSigned: true,
      medicalIncapacity: 'partielle', occupationalHealthAgreement: 'accorde' }, { asOf: '2026-11-24' });
    const text = formatDecision(d, 'fr');
    expect(text).toContain('manque : Accord du prestataire après analyse technique');
    expect(text).not.toContain('providerAgreement');
    expect(formatDecision(d, 'en')).toContain("missing: Provider's agreement after technical analysis");
    const r = decide(getRuleset('reclassement-conditions'), { unfitnessLasting: true, disciplinaryRecord: 'blâme' }, { asOf: '2026-11-24' });
    expect(formatDecision(r, 'fr')).toMatch(/Faits écartés \(ne doivent pas peser\) : [^\n]*[A-Z][a-zé]+ /);
    expect(formatDecision(r, 'fr')).not.toContain('disciplinaryRecord');
  });
});
