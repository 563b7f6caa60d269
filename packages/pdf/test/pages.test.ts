import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS, renderToBuffer } from '../src/index.js';
import { sampleOf } from './samples.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/pages/', import.meta.url));

/** Share of non-white pixels on page 1, read from a small greyscale rendering (PGM). */
function inkRatio(pdf: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'tremplin-ink-'));
  execFileSync('pdftoppm', ['-gray', '-r', '24', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'page')]);
  const pgm = readFileSync(join(dir, 'page.pgm'));
  // P5 header: magic, width, height, maxval, then one byte per pixel.
  const header = pgm.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)!;
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (const p of pixels) if (p < 200) ink++;
  return ink / pixels.length;
}

describe.each(DOCUMENTS)('%s', (document) => {
  it('renders its sample to a non-blank page, kept as a PNG for review', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tremplin-pages-'));
    const pdf = join(dir, `${document}.pdf`);
    writeFileSync(pdf, await renderToBuffer(document, sampleOf(document), { audience: 'occupational-health', printedOn: '2026-11-24' }));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(FIXTURES, document)]);
    const ratio = inkRatio(pdf);
    expect(ratio).toBeGreaterThan(0.01);
    expect(ratio).toBeLessThan(0.6);
  });
});
