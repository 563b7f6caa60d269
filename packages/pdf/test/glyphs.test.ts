import { describe, expect, it } from 'vitest';
import { renderToBuffer } from '../src/index.js';
import { examples, pdfText } from './support.js';

// With react-pdf, fontkit served an empty cached « A » once a document had drawn « À »: letters vanished
// from every later document ("Affaire" → "ffaire"). Kept as a regression test of the reused Typst compiler.
describe('glyphs across documents', () => {
  it('a letter with « À » does not eat the « A » of the next documents', async () => {
    const [convocation, , etude] = examples('letter');
    const first = pdfText(await renderToBuffer('letter', convocation, { audience: 'worker' }));
    expect(first).toContain('À cet effet');
    for (let i = 0; i < 2; i++) {
      const text = pdfText(await renderToBuffer('letter', etude, { audience: 'worker' }));
      expect(text).toContain('Affaire suivie par');
      expect(text).toContain('service SSIAD.');
      expect(text).toContain('La directrice du CCAS');
    }
  });
});
