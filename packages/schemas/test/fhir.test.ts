import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { RECORD_NAMES, toFhirQuestionnaire, toFhirQuestionnaireResponse, TremplinFhirError, type RecordName } from '../src/index.js';
import { examplesOf } from './examples.js';

type Check = (value: unknown) => string[];
let check: { questionnaire: Check; response: Check };

beforeAll(() => {
  const fhir = JSON.parse(gunzipSync(readFileSync(new URL('./fhir/fhir.schema.json.gz', import.meta.url))).toString('utf8'));
  delete fhir.$schema; // draft-06; the keywords used are the same in ajv's default draft
  delete fhir.id;
  delete fhir.discriminator;
  const ajv = new Ajv({ strict: false, allErrors: true });
  const compile = (definition: string): Check => {
    const validate = ajv.compile({ ...fhir, oneOf: undefined, $ref: `#/definitions/${definition}` });
    return (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
  };
  check = { questionnaire: compile('Questionnaire'), response: compile('QuestionnaireResponse') };
}, 120_000);

describe('FHIR R4 export', () => {
  it('the official schema does refuse a malformed resource (else the tests below prove nothing)', () => {
    expect(check.questionnaire({ resourceType: 'Questionnaire', status: 'ongoing', item: [{ linkId: 1, type: 'text' }] })).not.toEqual([]);
    expect(check.response({ resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'x', answer: [{ valueBoolean: 'yes' }] }] })).not.toEqual([]);
  });

  it.each(RECORD_NAMES.map((n) => [n]))('%s: the Questionnaire and every example response are valid FHIR R4', (name) => {
    for (const locale of ['fr', 'en'] as const) {
      expect(check.questionnaire(toFhirQuestionnaire(name as RecordName, { locale }))).toEqual([]);
    }
    for (const record of examplesOf(name as RecordName).valid) {
      expect(check.response(toFhirQuestionnaireResponse(name as RecordName, record, { audience: 'occupational-health', authored: '2026-11-24T10:00:00+01:00' }))).toEqual([]);
    }
  });

  it('maps the referral: required, types, codes and the stoppage enableWhen', () => {
    const q = toFhirQuestionnaire('referral');
    expect(q.item[0]).toEqual({ linkId: '/referralDate', type: 'date', required: true, text: 'Date du signalement' });
    const stoppage = q.item.find((i) => i.linkId === '/stoppage')!;
    const start = stoppage.item!.find((i) => i.linkId === '/stoppage/startDate')!;
    expect(start.enableWhen).toEqual([{ question: '/stoppage/inProgress', operator: '=', answerBoolean: true }]);
    const contract = q.item.find((i) => i.linkId === '/job')!.item!.find((i) => i.linkId === '/job/contract')!;
    expect(contract.answerOption![0]).toEqual({ valueCoding: { system: 'https://tremplin.dev/fhir/CodeSystem/referral/job/contract', code: 'cdi', display: 'CDI' } });
  });

  it('answers repeat under one linkId for lists, and every value of the record is in the response', () => {
    const plan = examplesOf('action-plan').valid[0] as { actions: unknown[] };
    const response = toFhirQuestionnaireResponse('action-plan', plan, { audience: 'occupational-health' });
    expect(response.item.filter((i) => i.linkId === '/actions')).toHaveLength(plan.actions.length);
    const leaves = (v: unknown): number => (Array.isArray(v) ? v.reduce((n: number, x) => n + (x && typeof x === 'object' ? leaves(x) : 1), 0)
      : v && typeof v === 'object' ? Object.values(v).reduce((n: number, x) => n + leaves(x), 0) : 1);
    const answers = (items: { answer?: unknown[]; item?: unknown[] }[]): number => items.reduce((n, i) => n + (i.answer?.length ?? 0) + answers((i.item ?? []) as never), 0);
    expect(answers(response.item as never)).toBe(leaves(plan));
  });

  it('refuses an invalid completed record with its issues; takes a draft in progress without its bad values', () => {
    expect(() => toFhirQuestionnaireResponse('referral', { worker: { lastName: 'Martin' } }, { audience: 'occupational-health' })).toThrow(TremplinFhirError);
    try {
      toFhirQuestionnaireResponse('referral', {}, { audience: 'occupational-health' });
    } catch (error) {
      expect((error as TremplinFhirError).issues.map((i) => i.path)).toContain('/worker');
    }
    const draft = toFhirQuestionnaireResponse('referral', { worker: { lastName: 'Martin' }, employer: { headcount: 'beaucoup', name: 'ACME' } }, { audience: 'occupational-health', status: 'in-progress' });
    expect(check.response(draft)).toEqual([]);
    expect(JSON.stringify(draft)).not.toContain('beaucoup');
    expect(JSON.stringify(draft)).toContain('ACME');
  });

  it('exports for an audience through projectFor: the employer gets no medical, inferred or unreleased free-text value', () => {
    const referral = examplesOf('referral').valid[0] as Record<string, unknown>;
    const withheld: string[] = [];
    const employer = toFhirQuestionnaireResponse('referral', referral, { audience: 'employer', asOf: '2026-03-02', onWithheld: (w) => withheld.push(...w.map((i) => i.path)) });
    expect(check.response(employer)).toEqual([]);
    const text = JSON.stringify(employer);
    expect(text).not.toContain('Lombalgie');
    expect(text).not.toContain('/stoppage/risk');
    expect(text).not.toContain('Pas de port de charges');
    expect(text).toContain('Boulangerie Dupain');
    expect(withheld).toEqual(expect.arrayContaining(['/healthSituation', '/restrictions', '/stoppage/risk']));
    expect(JSON.stringify(toFhirQuestionnaireResponse('referral', referral, { audience: 'occupational-health' }))).toContain('Lombalgie');
  });

  it('has no default audience: an export names who it is for', () => {
    const referral = examplesOf('referral').valid[0];
    expect(() => toFhirQuestionnaireResponse('referral', referral, {} as never)).toThrow(/audience/);
  });
});
