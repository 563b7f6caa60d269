import { describe, expect, it } from 'vitest';
import { confidentialityOf, fieldInfo, listFields, type RecordName } from '@tremplin/schemas';
import { renderToBuffer, AUDIENCES, AUDIENCE_LABELS, formatValue } from '../src/index.js';
import { examples, fold, pdfText } from './support.js';

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

describe.each(RECORDS)('%s', (name) => {
  const record = examples(name)[0]!;
  const values = printedValues(name, record).filter((v) => distinctive(v.text));
  const consentsShared = name === 'referral';

  it.each(AUDIENCES)('the %s copy prints what it may and nothing else, with its profile in the footer', async (audience) => {
    const text = pdfText(await renderToBuffer(name, record, { audience, printedOn: '2026-11-24' }));
    // The profile is in the footer; « sans données médicales » only while nothing medical was shared.
    const sharedOnConsent = values.some(({ path }) => confidentialityOf(name, path) === 'medical' && consentsShared && fieldInfo(name, path)?.shareableWith !== undefined) && (audience === 'employer' || audience === 'commission');
    expect(text).toContain(fold(AUDIENCE_LABELS[audience].fr.replace(sharedOnConsent ? / — sans données médicales$/ : /$^/, '')));
    if (sharedOnConsent) {
      expect(text).not.toContain('sans données médicales');
      expect(text).toMatch(/Communiqué avec l’accord de l’agent : .*consentement « partage-restrictions-employeur »/);
    }
    expect(text).toMatch(/page 1 \/ \d/);
    for (const { path, text: value } of values) {
      const medical = confidentialityOf(name, path) === 'medical';
      const openedByConsent = consentsShared && fieldInfo(name, path)?.shareableWith !== undefined;
      const shown = !medical || audience === 'worker' || audience === 'occupational-health' || openedByConsent;
      if (shown) expect(text, `${audience} ${path}`).toContain(fold(value));
      else expect(text, `${audience} ${path}`).not.toContain(fold(value));
    }
  });
});

describe('consent decides the restrictions', () => {
  const referral = examples('referral')[0]!;
  const restriction = (referral.restrictions as string[])[0]!;

  it('an employer copy prints restrictions only when the worker agreed to share them', async () => {
    const withConsent = pdfText(await renderToBuffer('referral', referral, { audience: 'employer' }));
    expect(withConsent).toContain(restriction);
    const without = { ...referral, consent: { ...(referral.consent as object), scope: ['signalement-cellule'] } };
    const text = pdfText(await renderToBuffer('referral', without, { audience: 'employer' }));
    expect(text).not.toContain(restriction);
    // The heading is named only as withheld (footer and last section), never as a printed field.
    const title = fold(listFields('referral').find(([p]) => p === '/restrictions')![1].title!.fr);
    expect(text).not.toContain(`${title} :`);
    expect(text).toMatch(new RegExp(`Non communiqué à ce destinataire : [^.]*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('a consent given in a separate record opens them too', async () => {
    const without = { ...referral, consent: { ...(referral.consent as object), scope: ['signalement-cellule'] } };
    const text = pdfText(await renderToBuffer('referral', without, { audience: 'employer', consents: ['partage-restrictions-employeur'] }));
    expect(text).toContain(restriction);
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
