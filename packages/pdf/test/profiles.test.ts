import { describe, expect, it } from 'vitest';
import { confidentialityOf, fieldInfo, listFields, type RecordName } from '@tremplin/schemas';
import { renderToBuffer, AUDIENCES, AUDIENCE_LABELS, formatValue } from '../src/index.js';
import { examples, fold, pdfText, consentFor } from './support.js';

const RECORDS: RecordName[] = ['referral', 'chance-request', 'action-plan', 'commission-tracking', 'observation-placement', 'contractualisation', 'tutored-placement', 'vacant-posts', 'consent'];

/** Every scalar of a record with its path, as the document would print it (fr). */
function printedValues(name: RecordName, value: unknown, path = ''): Array<{ path: string; text: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => printedValues(name, v, `${path}/${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => printedValues(name, v, `${path}/${k}`));
  const text = formatValue(fieldInfo(name, path), value, 'fr');
  return [{ path, text }];
}

// Short values (« Oui », a number) also occur elsewhere on the page: only distinctive ones prove anything.
const distinctive = (t: string) => t.length >= 12;

const consent = examples('consent')[0]! as { scope: Record<string, unknown>; person?: unknown };

describe.each(RECORDS)('%s', (name) => {
  const record = examples(name)[0]!;
  const values = printedValues(name, record).filter((v) => distinctive(v.text));

  it.each(AUDIENCES)('the %s copy prints what it may and nothing else, with its profile in the footer', async (audience) => {
    const text = pdfText(await renderToBuffer(name, record, { audience, printedOn: '2026-11-24', consents: [consentFor(record, consent) as never] }));
    expect(text).toContain(fold(AUDIENCE_LABELS[audience].fr));
    expect(text).toMatch(/page 1 \/ \d/);
    const shownOf = ({ path }: { path: string }) => {
      const info = fieldInfo(name, path);
      const medical = confidentialityOf(name, path) === 'medical';
      const reader = audience === 'worker' || audience === 'occupational-health';
      const scope = audience === 'employer' || audience === 'commission' ? info?.shareableWith?.[audience] : undefined;
      const openedByConsent = scope !== undefined && consent.scope[scope] === true;
      return reader || ((!medical || openedByConsent) && !info?.freeText);
    };
    // A hidden value may legitimately appear elsewhere: as a shown value (the same date twice) or a label.
    const elsewhere = new Set([...values.filter(shownOf).map((v) => v.text), ...listFields(name).map(([, f]) => f.title?.fr ?? '')]);
    for (const v of values) {
      if (shownOf(v)) expect(text, `${audience} ${v.path}`).toContain(fold(v.text));
      else if (!elsewhere.has(v.text)) expect(text, `${audience} ${v.path}`).not.toContain(fold(v.text));
    }
  });
});

describe('the consent in force on the document’s date decides the restrictions', () => {
  const referral = examples('referral')[0]!;
  const restriction = (referral.restrictions as string[])[0]!;
  const title = fold(listFields('referral').find(([p]) => p === '/restrictions')![1].title!.fr);
  const render = async (consents: unknown[]) => pdfText(await renderToBuffer('referral', referral, { audience: 'employer', printedOn: '2026-11-24', consents: consents as never }));

  it('an employer copy prints restrictions with a consent that shares them, and names that consent', async () => {
    const text = await render([consent]);
    expect(text).toContain(restriction);
    expect(text).toMatch(/Communiqué par autorisation : Restrictions d'aptitude — accord de l’agent du 26 février 2026 à 10:15 : Partage des restrictions/);
  });

  it.each([
    ['no consent record', [], 'sans accord de l’agent'],
    ['a consent that does not share them', [{ ...consent, scope: { referralToCellule: true, shareRestrictionsWithEmployer: false } }], 'l’accord ne couvre pas ce destinataire'],
    ['a withdrawn consent', [{ ...consent, withdrawal: { withdrawnAt: '2026-06-01T09:00:00+02:00' } }], 'accord retiré'],
    ['a consent given after the document', [{ ...consent, givenAt: '2026-12-01T10:00:00+01:00' }], 'accord postérieur à ce document'],
  ])('%s: no restriction, and the copy says why', async (_, consents, why) => {
    const text = await render(consents);
    expect(text).not.toContain(restriction);
    // The label is named only as withheld (footer and last section), never as a printed field.
    expect(text).not.toContain(`${title} :`);
    expect(text).toContain(`${title} (${why})`);
  });

  it('scope names are refused: only consent records open a medical field', async () => {
    await expect(render(['shareRestrictionsWithEmployer'])).rejects.toMatchObject({ code: 'invalid-options' });
  });
});
describe('documents in English', () => {
  it('labels, dates and profile', async () => {
    const text = pdfText(await renderToBuffer('referral', examples('referral')[0]!, { audience: 'worker', locale: 'en', printedOn: '2026-11-24' }));
    expect(text).toContain('Referral form');
    expect(text).toContain('2 March 2026');
    expect(text).toContain('Worker’s copy');
  });
});

describe('an action plan closed by a negative exit', () => {
  // « Sortie négative » exists only for the exits « Inaptitude » and « Invalidité »: it is as medical as they are.
  const plan = { ...examples('action-plan')[0]!, status: 'sortie-negative', exit: { date: '2026-06-30', outcome: 'invalidite' } };
  it.each(['employer', 'commission'] as const)('the %s copy prints neither the status nor the exit type, and says they were withheld', async (audience) => {
    const text = pdfText(await renderToBuffer('action-plan', plan, { audience, printedOn: '2026-11-24' }));
    expect(text).not.toMatch(/Sortie négative|Invalidité|Inaptitude/);
    expect(text).toContain('Statut de l’accompagnement (révèle l’état de santé)'.replace('’accompagnement', "'accompagnement"));
  });
  it('the occupational-health copy prints both', async () => {
    const text = pdfText(await renderToBuffer('action-plan', plan, { audience: 'occupational-health', printedOn: '2026-11-24' }));
    expect(text).toContain('Sortie négative');
    expect(text).toContain('Invalidité');
  });
});
