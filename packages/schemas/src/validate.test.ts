import { describe, expect, it } from 'vitest';
import { validators, validateReferral } from './index.js';
import { ALL_RECORDS, examplesOf } from '../test/examples.js';

describe.each(ALL_RECORDS)('%s examples', (name) => {
  const examples = examplesOf(name);
  const validate = validators[name];

  it('has at least two valid and two invalid documents', () => {
    expect(examples.valid.length).toBeGreaterThanOrEqual(2);
    expect(examples.invalid.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples.valid.map((doc, i) => [i, doc] as const))('valid #%i validates', (_i, doc) => {
    const result = validate(doc);
    expect(result.issues).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.each(examples.invalid.map((ex) => [ex.reason, ex] as const))('invalid: %s', (_reason, ex) => {
    const result = validate(ex.document);
    expect(result.valid).toBe(false);
    const found = result.issues.map((i) => ({ path: i.path, code: i.code }));
    for (const expected of ex.expect) expect(found).toContainEqual(expected);
    // Nothing reported that the example does not announce: errors stay precise.
    expect(found).toHaveLength(ex.expect.length);
  });
});

describe('messages', () => {
  const bad = examplesOf('referral').invalid[1]!.document;

  it('are French by default and name the field', () => {
    const { issues } = validateReferral(bad);
    const startDate = issues.find((i) => i.path === '/stoppage/startDate');
    expect(startDate?.message).toBe("Début de l'arrêt : ce champ est obligatoire");
    const siret = issues.find((i) => i.path === '/employer/siret');
    expect(siret?.message).toBe('SIRET : doit être un numéro SIRET valide (14 chiffres, clé de contrôle)');
  });

  it('are English on request', () => {
    const { issues } = validateReferral(bad, { locale: 'en' });
    expect(issues.find((i) => i.path === '/stoppage/startDate')?.message).toBe('Stoppage start: this field is required');
  });

  it('name the expected option for const and contains', () => {
    const doc = structuredClone(examplesOf('referral').valid[1]!) as Record<string, any>;
    doc.consent.given = false;
    doc.consent.scope = ['contact-partenaires'];
    const { issues } = validateReferral(doc);
    expect(issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        'Le salarié a donné son accord : doit valoir oui',
        'Portée de l\'accord : doit contenir « Signalement à la cellule »',
      ]),
    );
  });

  it('list enum choices by their labels', () => {
    const doc = structuredClone(examplesOf('referral').valid[1]!) as Record<string, any>;
    doc.job.contract = 'stage';
    const issue = validateReferral(doc, { locale: 'en' }).issues[0]!;
    expect(issue.code).toBe('enum');
    expect(issue.message).toContain('Permanent contract (CDI)');
  });
});
