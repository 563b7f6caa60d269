import { describe, expect, it } from 'vitest';
import { confidentialityOf, fieldInfo, getSchema, listFields, RECORD_NAMES } from './index.js';

describe('field catalogue', () => {
  it.each(RECORD_NAMES)('%s: every field has a confidentiality class and a French and English title', (name) => {
    const fields = listFields(name);
    expect(fields.length).toBeGreaterThan(3);
    for (const [pattern, info] of fields) {
      expect(info.confidentiality, `${name}${pattern}`).toMatch(/^(medical|personal|professional)$/);
      expect(info.title?.fr, `${name}${pattern}`).toBeTruthy();
      expect(info.title?.en, `${name}${pattern}`).toBeTruthy();
    }
  });

  it('classes the doctor\'s observations and restrictions as medical', () => {
    expect(confidentialityOf('referral', '/healthSituation')).toBe('medical');
    expect(confidentialityOf('referral', '/restrictions/3')).toBe('medical');
    expect(confidentialityOf('chance-request', '/medicalOpinion/details')).toBe('medical');
    expect(confidentialityOf('action-plan', '/actions/0/medicalDetails')).toBe('medical');
    expect(confidentialityOf('referral', '/employer/name')).toBe('professional');
  });

  it('makes a field as confidential as its most confidential container', () => {
    expect(confidentialityOf('commission-tracking', '/cases/0/history/therapeuticPartTime/0/end')).toBe('medical');
    expect(confidentialityOf('chance-request', '/signatures/agent/date')).toBe('personal');
    expect(confidentialityOf('chance-request', '/signatures/employer/date')).toBe('professional');
  });

  it('treats an unknown path as medical', () => {
    expect(confidentialityOf('referral', '/nowhere')).toBe('medical');
  });

  it('resolves array indexes to their pattern', () => {
    expect(fieldInfo('action-plan', '/actions/12/status')?.options?.map((o) => o.value)).toEqual(['a-faire', 'en-cours', 'faite', 'abandonnee']);
  });

  it('gives each schema an $id and a French title', () => {
    for (const name of RECORD_NAMES) {
      const schema = getSchema(name);
      expect(schema.$id).toBe(`https://tremplin.dev/schemas/${name}.schema.json`);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(typeof schema.title).toBe('string');
    }
  });
});
