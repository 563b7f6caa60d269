import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { secrecyReview } from '../src/index.js';
// @ts-expect-error plain-JS build script, no types
import { BEGIN, DOC, END, renderClassesTable, withTable } from '../scripts/classes-table.mjs';

describe('secrecy review table', () => {
  it('docs/schemas.md holds the table generated from the schemas (run scripts/classes-table.mjs after a build)', () => {
    const doc = readFileSync(DOC, 'utf8');
    expect(doc).toContain(BEGIN);
    expect(doc).toContain(END);
    expect(doc).toBe(withTable(doc, renderClassesTable(secrecyReview('en'))));
  });

  it('gives every medical field a reason, and lists the inferences the review found', () => {
    const rows = secrecyReview('en');
    for (const row of rows.filter((r) => r.confidentiality === 'medical')) expect(row.why, `${row.record}${row.path}`).not.toBe('');
    const medical = (record: string, path: string) => rows.find((r) => r.record === record && r.path === path)?.confidentiality;
    expect(medical('referral', '/partners/*')).toBe('medical');
    expect(medical('referral', '/visit/type')).toBe('medical');
    expect(medical('action-plan', '/exit/outcome')).toBe('medical');
    expect(medical('action-plan', '/actions/*/category')).toBe('medical');
    expect(medical('vacant-posts', '/temporaryNeeds/*/absenceReason')).toBe('medical');
    expect(medical('consent', '/scope/partnersContacted/*')).toBe('medical');
    // « Sortie négative » exists only for the exits « Inaptitude » and « Invalidité » (action-plan allOf): it says as much as they do.
    expect(medical('action-plan', '/status')).toBe('medical');
    // Same inference as the referral's visit: a medical visit dated during a leave is a pré-reprise visit.
    expect(medical('letter', '/visitDate')).toBe('medical');
    // Participants name people with their function (« conseillère Cap emploi »): free text, like the partners they may reveal.
    expect(rows.find((r) => r.record === 'action-plan' && r.path === '/meetings/*/participants/*')?.freeText).toBe(true);
    expect(rows.find((r) => r.record === 'action-plan' && r.path === '/actions/*/title')?.freeText).toBe(true);
    expect(rows.find((r) => r.record === 'referral' && r.path === '/worker/address')?.freeText).toBe(false);
  });

  it('changes when a class changes (the table cannot go stale silently)', () => {
    const rows = secrecyReview('en');
    const altered = rows.map((r) => (r.record === 'referral' && r.path === '/partners' ? { ...r, confidentiality: 'personal' as const } : r));
    expect(renderClassesTable(altered)).not.toBe(renderClassesTable(rows));
  });
});
