import { createRequire } from 'node:module';
import { Font } from '@react-pdf/renderer';

/** The family every document uses: DejaVu covers French (accents, œ, « », ’) and the arrows we print. */
export const FAMILY = 'Tremplin Sans';

let registered = false;

/**
 * Registers the embedded fonts once per process. React-pdf subsets them into each PDF, so nothing is
 * fetched at run time; registering again per document would re-parse the files (see the benchmark).
 */
export function registerFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  Font.register({
    family: FAMILY,
    fonts: [
      { src: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf') },
      { src: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'), fontWeight: 'bold' },
      { src: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'), fontStyle: 'italic' },
    ],
  });
  // French words must not be cut by an English hyphenation dictionary.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
