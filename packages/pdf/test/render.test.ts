import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS, renderToBuffer, renderToStream, TremplinPdfError } from '../src/index.js';
import { computeIndicators, decide, getRuleset } from '@tremplin/rules';
import type { RecordName } from '@tremplin/schemas';
import { main } from '../src/cli.js';
import { examples, pdfText } from './support.js';

const referral = examples('referral')[0]!;

async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return e as TremplinPdfError;
  }
  throw new Error('no error');
}

describe('renderToBuffer', () => {
  it('refuses an invalid record, naming the failing fields', async () => {
    const e = await failure(renderToBuffer('referral', { ...referral, referralDate: '02/03/2026', consent: { given: false } }, { audience: 'employer' }));
    expect(e).toBeInstanceOf(TremplinPdfError);
    expect(e.code).toBe('invalid-record');
    expect(e.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['/referralDate', '/consent/given']));
  });

  it('refuses an unknown document and a missing audience: there is no default copy', async () => {
    expect((await failure(renderToBuffer('memo' as never, referral, { audience: 'employer' }))).code).toBe('unknown-document');
    expect((await failure(renderToBuffer(Object.create(null) as never, referral, { audience: 'employer' }))).code).toBe('unknown-document');
    expect((await failure(renderToBuffer('referral', referral, {} as never))).code).toBe('invalid-audience');
    expect((await failure(renderToBuffer('referral', referral, { audience: 'boss' as never }))).code).toBe('invalid-audience');
  });

  it('writes metadata in French and a stream for HTTP', async () => {
    const pdf = await renderToBuffer('referral', referral, { audience: 'worker' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/Lang (fr-FR)');
    const stream = await renderToStream('referral', referral, { audience: 'worker' });
    const chunks: Buffer[] = [];
    for await (const c of stream as AsyncIterable<Buffer>) chunks.push(Buffer.from(c));
    expect(pdfText(Buffer.concat(chunks))).toContain('Fiche de signalement');
  });
});

describe('long tables', () => {
  it('repeat their header row on every page and break rows across pages', async () => {
    const plan = examples('action-plan')[0]!;
    // Row 30 holds a 3,900-character result: taller than a page, it must break across pages.
    const actions = Array.from({ length: 60 }, (_, i) => ({ ...(plan.actions as object[])[0], title: `Action numéro ${i}`, result: i === 30 ? `Début ${'résultat '.repeat(430)}Fin du résultat` : 'Fait' }));
    const pdf = await renderToBuffer('action-plan', { ...plan, actions }, { audience: 'worker', printedOn: '2026-11-24' });
    const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-raw', '-', '-'], { input: pdf }).toString('utf8');
    expect(page(1)).toContain('Intitulé');
    expect(page(2)).toContain('Intitulé');
    expect(page(3)).toContain('Intitulé');
    expect(pdfText(pdf)).toContain('Action numéro 59');
    expect(pdfText(pdf)).toContain('Fin du résultat');
  });
});

describe('limits: refused with a typed error, never truncated', () => {
  const plan = examples('action-plan')[0]!;
  const big = { ...plan, actions: Array.from({ length: 100 }, (_, i) => ({ ...(plan.actions as object[])[0], title: `Action ${i} `.repeat(20) })) };

  it('more pages than limits.maxPages', async () => {
    const e = await failure(renderToBuffer('action-plan', big, { audience: 'worker', limits: { maxPages: 2 } }));
    expect(e.code).toBe('too-many-pages');
    expect(e.message).toMatch(/would print \d+ pages, above the limit of 2/);
  });

  it('more data than limits.maxDataBytes', async () => {
    const e = await failure(renderToBuffer('action-plan', big, { audience: 'worker', limits: { maxDataBytes: 10_000 } }));
    expect(e.code).toBe('too-large');
    expect(e.message.length).toBeLessThan(300);
  });

  it('bad limits and options', async () => {
    expect((await failure(renderToBuffer('referral', referral, { audience: 'worker', limits: { maxPages: 0 } }))).code).toBe('invalid-options');
    expect((await failure(renderToBuffer('referral', referral, { audience: 'worker', printedOn: 'hier' }))).code).toBe('invalid-options');
  });
});

describe('tremplin-pdf', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tremplin-pdf-cli-'));
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    const sink = (into: string[]) => ({ write: (s: string) => (into.push(s), true) }) as unknown as NodeJS.WritableStream;
    return { out, err, io: { stdout: sink(out), stderr: sink(err), readStdin: () => JSON.stringify(referral) } };
  };

  it('writes a PDF from a file and from stdin', async () => {
    const file = join(dir, 'referral.json');
    writeFileSync(file, JSON.stringify(referral));
    const a = io();
    expect(await main(['referral', file, '--audience', 'employer', '-o', join(dir, 'a.pdf')], a.io)).toBe(0);
    expect(pdfText(readFileSync(join(dir, 'a.pdf')))).toContain('Exemplaire de l’employeur');
    const b = io();
    expect(await main(['referral', '-', '--audience', 'worker', '-o', join(dir, 'b.pdf'), '--lang', 'en'], b.io)).toBe(0);
    expect(pdfText(readFileSync(join(dir, 'b.pdf')))).toContain('Referral form');
  });

  it.each(DOCUMENTS)('renders %s from its sample record file', async (document) => {
    const sample =
      document === 'decision-report' ? decide(getRuleset('crpe'), { unfitnessRiskIdentified: true }, { asOf: '2026-11-24' })
      : document === 'indicators' ? computeIndicators(examples('action-plan'))
      : examples(document as RecordName)[0];
    const file = join(dir, `${document}.json`);
    writeFileSync(file, JSON.stringify(sample));
    const r = io();
    expect(await main([document, file, '--audience', 'commission', '-o', join(dir, `${document}.pdf`)], r.io)).toBe(0);
    expect(pdfText(readFileSync(join(dir, `${document}.pdf`)))).toContain('Exemplaire de la commission');
  });

  it('takes consent records from files (--consent), the date (--on) and PDF/UA-1 (--pdf-ua)', async () => {
    const file = join(dir, 'referral-consent.json');
    const consent = join(dir, 'consent.json');
    writeFileSync(file, JSON.stringify(referral));
    writeFileSync(consent, JSON.stringify(examples('consent')[0]));
    const restriction = (referral.restrictions as string[])[0]!;
    const without = io();
    expect(await main(['referral', file, '--audience', 'employer', '--on', '2026-11-24', '-o', join(dir, 'without.pdf')], without.io)).toBe(0);
    expect(pdfText(readFileSync(join(dir, 'without.pdf')))).not.toContain(restriction);
    const withConsent = io();
    expect(await main(['referral', file, '--audience', 'employer', '--on', '2026-11-24', '--consent', consent, '--pdf-ua', '-o', join(dir, 'with.pdf')], withConsent.io)).toBe(0);
    const pdf = readFileSync(join(dir, 'with.pdf'));
    expect(pdfText(pdf)).toContain(restriction);
    expect(pdf.toString('latin1')).toMatch(/pdfuaid:part/);
    const bad = io();
    expect(await main(['referral', file, '--audience', 'employer', '--consent', join(dir, 'missing.json'), '-o', join(dir, 'x.pdf')], bad.io)).toBe(1);
  });

  it('exits 1 on an invalid record, listing the failing fields', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...referral, employer: { name: 'X', siret: '123' } }));
    const c = io();
    expect(await main(['referral', file, '--audience', 'employer', '-o', join(dir, 'c.pdf')], c.io)).toBe(1);
    expect(c.err.join('')).toContain('/employer/siret');
  });

  it('exits 2 on bad usage (no audience, unknown document)', async () => {
    expect(await main(['referral', 'x.json', '-o', 'x.pdf'], io().io)).toBe(2);
    expect(await main(['memo', 'x.json', '--audience', 'worker', '-o', 'x.pdf'], io().io)).toBe(2);
  });
});
