import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIENCES, AUDIENCE_LABELS, DOCUMENTS, renderToBuffer, type DocumentName } from '../src/index.js';
import { examples, fold, pdfText, consentFor } from './support.js';
import { sampleOf } from './samples.js';

// veraPDF is not packaged for Debian nor npm here: Typst's own PDF/UA-1 checks run on every
// `pdfStandard: 'ua-1'` render (it refuses what would break the standard), and these tests read the
// structure tree back with poppler.
const dir = mkdtempSync(join(tmpdir(), 'tremplin-a11y-'));
function poppler(pdf: Buffer, ...args: string[]): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  // poppler warns that MarkInfo /Suspects is a boolean (it is, per the PDF spec): not our concern here.
  return execFileSync('pdfinfo', [...args, file], { maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8');
}

/** Documents whose sample holds a table, and a list (term lists for label / value pairs included). */
const WITH_TABLE = new Set<DocumentName>(['action-plan', 'commission-tracking', 'decision-report', 'indicators', 'timeline', 'observation-placement', 'tutored-placement']);
const WITHOUT_LIST = new Set<DocumentName>(['letter', 'indicators', 'timeline', 'decision-report']);

describe.each(DOCUMENTS)('%s is tagged', (document) => {
  it.each(AUDIENCES)('%s copy: structure tree with headings, tables with header cells, lists; footer as an artifact', async (audience) => {
    const pdf = await renderToBuffer(document, sampleOf(document), { audience, printedOn: '2026-11-24', consents: [consentFor(sampleOf(document) as Record<string, unknown>, examples('consent')[0]!) as never] });
    expect(poppler(pdf)).toMatch(/^Tagged:\s+yes$/m);
    expect(pdf.toString('latin1')).toContain('/Lang (fr-FR)');
    const tree = poppler(pdf, '-struct-text');
    expect(tree).toMatch(/^ {2}H1 /m);
    if (document !== 'letter' && document !== 'indicators' && document !== 'timeline') expect(tree).toMatch(/^\s+H2 /m);
    if (WITH_TABLE.has(document)) {
      expect(tree).toMatch(/^\s+Table /m);
      expect(tree).toMatch(/^\s+TH /m);
    }
    if (!WITHOUT_LIST.has(document)) expect(tree).toMatch(/^\s+LI /m);
    // The footer is printed on the page but is no part of the structure: an artifact.
    const footer = fold(AUDIENCE_LABELS[audience].fr);
    expect(pdfText(pdf)).toContain(footer);
    expect(fold(tree)).not.toContain(footer);
    expect(tree).not.toMatch(/page 1 \/ 1/);
  });
});

describe('table cells', () => {
  it('a cell of several lines stays one cell: each row has as many cells as the table has columns', async () => {
    const decision = sampleOf('decision-report') as { conditions: unknown[] };
    // The occupational-health copy: every condition, and no trace table (it has a trace of its own below).
    const tree = poppler(await renderToBuffer('decision-report', { ...decision, trace: [] }, { audience: 'occupational-health', printedOn: '2026-11-24' }), '-struct-text');
    expect((tree.match(/^\s+TR\b/gm) ?? []).length).toBe(decision.conditions.length + 1);
    expect((tree.match(/^\s+TD\b/gm) ?? []).length).toBe(decision.conditions.length * 3);
  });
});

describe('PDF/UA-1 on request', () => {
  it.each(DOCUMENTS)('%s: written as PDF/UA-1 (identified in its metadata), in English when asked', async (document) => {
    const pdf = await renderToBuffer(document, sampleOf(document), { audience: 'employer', locale: 'en', printedOn: '2026-11-24', pdfStandard: 'ua-1' });
    const bytes = pdf.toString('latin1');
    expect(bytes).toMatch(/pdfuaid:part/);
    expect(bytes).toContain('/Lang (en-GB)');
    expect(poppler(pdf)).toMatch(/^Tagged:\s+yes$/m);
  });

  it('refuses another standard with a typed error', async () => {
    await expect(renderToBuffer('referral', sampleOf('referral'), { audience: 'worker', pdfStandard: 'a-2b' as never })).rejects.toMatchObject({ code: 'invalid-options' });
  });
});
