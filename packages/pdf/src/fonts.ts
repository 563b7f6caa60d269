import { createRequire } from 'node:module';
import { Font } from '@react-pdf/renderer';

/** The family every document uses: DejaVu covers French (accents, œ, « », ’) and the arrows we print. */
export const FAMILY = 'Tremplin Sans';

const FACES = [
  { file: 'DejaVuSans.ttf', fontWeight: 400, fontStyle: 'normal' },
  { file: 'DejaVuSans-Bold.ttf', fontWeight: 700, fontStyle: 'normal' },
  { file: 'DejaVuSans-Oblique.ttf', fontWeight: 400, fontStyle: 'italic' },
] as const;

let registered = false;
let ready: Promise<void> | undefined;

/**
 * Registers the embedded fonts once per process. React-pdf subsets them into each PDF, so nothing is
 * fetched at run time; registering again per document gains nothing (see the benchmark).
 */
export function registerFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  Font.register({
    family: FAMILY,
    fonts: FACES.map((f) => ({ src: require.resolve(`dejavu-fonts-ttf/ttf/${f.file}`), fontWeight: f.fontWeight, fontStyle: f.fontStyle })),
  });
  // French words must not be cut by an English hyphenation dictionary.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

interface GlyphCache {
  getGlyph(id: number, characters?: number[]): { codePoints: number[] } | null;
}

/**
 * fontkit caches one glyph object per glyph id. Drawing a composite glyph such as « À » loads its
 * component « A » with no code points, and that empty object is then served for every later « A »:
 * react-pdf's text layout drops it, in that document and in every one after ("Affaire" printed
 * "ffaire"). Give a cached glyph its code points when a caller knows them.
 */
function repairGlyphCache(font: GlyphCache): void {
  const original = font.getGlyph;
  font.getGlyph = function getGlyph(this: GlyphCache, id: number, characters: number[] = []) {
    const glyph = original.call(this, id, characters);
    if (glyph && glyph.codePoints.length === 0 && characters.length > 0) glyph.codePoints = characters;
    return glyph;
  };
}

/** Registers and loads the fonts, repaired, once per process. Awaited before every rendering. */
export function prepareFonts(): Promise<void> {
  registerFonts();
  ready ??= (async () => {
    for (const face of FACES) {
      const descriptor = { fontFamily: FAMILY, fontWeight: face.fontWeight, fontStyle: face.fontStyle };
      await Font.load(descriptor);
      repairGlyphCache(Font.getFont(descriptor)!.data as unknown as GlyphCache);
    }
  })();
  return ready;
}
