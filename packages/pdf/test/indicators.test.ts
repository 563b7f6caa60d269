import { describe, expect, it } from 'vitest';
import { computeIndicators } from '@tremplin/rules';
import { renderToBuffer } from '../src/index.js';
import { examples, pdfText } from './support.js';

describe('indicators page', () => {
  it('the cellule\'s own copy prints statuses, exits with their shares, the positive-exit share and the mean days', async () => {
    const [ongoing, exited] = examples('action-plan') as Array<Record<string, unknown>>;
    const negative = { ...exited, status: 'sortie-negative', exit: { date: '2025-07-30', outcome: 'inaptitude' } };
    const indicators = computeIndicators([ongoing, exited, exited, negative, { not: 'a plan' }]);
    const text = pdfText(await renderToBuffer('indicators', indicators, { audience: 'occupational-health', printedOn: '2026-11-24' }));
    expect(text).toContain('4 entrées');
    expect(text).toContain('Sortie positive 2 50,00 %');
    expect(text).toContain('Inaptitude 1 33,33 %');
    expect(text).toContain('2 sorties positives sur un total de 3, soit 66,67 %.');
    expect(text).toMatch(/Nombre moyen de jours au sein de la cellule : \d+ j/);
    expect(text).toContain('1 plan(s) invalide(s) non comptés.');
  });

  it('a published copy (commission, employer) hides small counts and what would give them back', async () => {
    const [ongoing, exited] = examples('action-plan') as Array<Record<string, unknown>>;
    const indicators = computeIndicators([ongoing, exited, exited]);
    for (const audience of ['commission', 'employer'] as const) {
      const text = pdfText(await renderToBuffer('indicators', indicators, { audience, printedOn: '2026-11-24' }));
      expect(text).toContain('< 5 entrées');
      expect(text).not.toMatch(/Sortie positive 2\b/);
      expect(text).toContain('secret statistique');
      expect(text).not.toMatch(/Nombre moyen de jours au sein de la cellule : \d/);
    }
    const open = pdfText(await renderToBuffer('indicators', indicators, { audience: 'commission', indicatorsThreshold: 1, printedOn: '2026-11-24' }));
    expect(open).toContain('3 entrées');
  });

  it('refuses anything that is not computeIndicators() output', async () => {
    await expect(renderToBuffer('indicators', { entries: 'many' }, { audience: 'worker' })).rejects.toMatchObject({ code: 'invalid-record' });
  });
});
