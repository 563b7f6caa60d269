import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { examples, pdfText } from './support.js';

// tsup turns import.meta.url into {} in CommonJS unless shimmed: the templates and the worker are found
// from it, so only rendering through the CommonJS build proves the shim works.
describe('CommonJS build', () => {
  it('renders a document, templates and fonts found from the .cjs file', async () => {
    const pdf = createRequire(import.meta.url)('../dist/index.cjs') as typeof import('../src/index.js');
    const buffer = await pdf.renderToBuffer('referral', examples('referral')[0], { audience: 'worker', printedOn: '2026-11-24' });
    expect(pdfText(buffer)).toContain('Fiche de signalement');
  });
});
