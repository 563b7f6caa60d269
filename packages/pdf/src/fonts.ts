import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The fonts embedded (subset) in every PDF, all from npm packages under licences that allow it:
 * DejaVu Sans (Latin, Greek, Cyrillic, Arabic, Hebrew, arrows; Bitstream Vera licence) and Noto Sans
 * Hans (CJK ideographs of GB 2312, kana; SIL OFL 1.1). Nothing is read from the system.
 */
const FACES = [
  ['dejavu-fonts-ttf/package.json', 'ttf/DejaVuSans.ttf'],
  ['dejavu-fonts-ttf/package.json', 'ttf/DejaVuSans-Bold.ttf'],
  ['dejavu-fonts-ttf/package.json', 'ttf/DejaVuSans-Oblique.ttf'],
  // This package exports only its JS entry (dist/): its fonts sit beside it.
  ['@embedpdf/fonts-sc', '../fonts/NotoSansHans-Regular.otf'],
  ['@embedpdf/fonts-sc', '../fonts/NotoSansHans-Bold.otf'],
] as const;

let blobs: Buffer[] | undefined;

/** The font files, read once per process. */
export function fontBlobs(): Buffer[] {
  if (!blobs) {
    const require = createRequire(import.meta.url);
    blobs = FACES.map(([entry, file]) => readFileSync(join(dirname(require.resolve(entry)), file)));
  }
  return blobs;
}

/** Sorted, merged [first, last] code-point ranges. */
type Ranges = Array<[number, number]>;

/** The code points a TrueType / OpenType font maps (cmap formats 4 and 12). */
function coverageOf(font: Buffer): Ranges {
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const rec = 12 + i * 16;
    if (font.toString('latin1', rec, rec + 4) === 'cmap') cmap = font.readUInt32BE(rec + 8);
  }
  if (cmap < 0) return [];
  const ranges: Ranges = [];
  const subtables = font.readUInt16BE(cmap + 2);
  let best = -1;
  let bestFormat = 0;
  for (let i = 0; i < subtables; i++) {
    const platform = font.readUInt16BE(cmap + 4 + i * 8);
    const offset = cmap + font.readUInt32BE(cmap + 8 + i * 8);
    const format = font.readUInt16BE(offset);
    if ((platform === 3 || platform === 0) && (format === 12 || (format === 4 && bestFormat !== 12))) {
      best = offset;
      bestFormat = format;
    }
  }
  if (bestFormat === 12) {
    const groups = font.readUInt32BE(best + 12);
    for (let g = 0; g < groups; g++) ranges.push([font.readUInt32BE(best + 16 + g * 12), font.readUInt32BE(best + 20 + g * 12)]);
  } else if (bestFormat === 4) {
    const segs = font.readUInt16BE(best + 6) / 2;
    for (let s = 0; s < segs; s++) {
      const end = font.readUInt16BE(best + 14 + s * 2);
      const start = font.readUInt16BE(best + 16 + segs * 2 + s * 2);
      if (start !== 0xffff) ranges.push([start, end]);
    }
  }
  return ranges;
}

let covered: Ranges | undefined;

function coverage(): Ranges {
  if (!covered) {
    const all = fontBlobs().flatMap(coverageOf).sort((a, b) => a[0] - b[0]);
    covered = [];
    for (const r of all) {
      const last = covered[covered.length - 1];
      if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
      else covered.push([r[0], r[1]]);
    }
  }
  return covered;
}

function isCovered(cp: number): boolean {
  const ranges = coverage();
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Line breaks, tabs and invisible joiners need no glyph. */
const NO_GLYPH = /[\s\u200B-\u200D\uFE0E\uFE0F]/u;

/** The first character of `text` that no embedded font can draw, or undefined. */
export function unsupportedCharacter(text: string): string | undefined {
  for (const ch of text) {
    if (NO_GLYPH.test(ch)) continue;
    if (!isCovered(ch.codePointAt(0)!)) return ch;
  }
  return undefined;
}
