import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What the build ships: the CSS of every `css` literal minified (scripts/minify-css-literals.mjs), as
// it is sent to every page; a literal the plugin stopped matching would ship its indentation again.
const dist = (p: string) => readFileSync(fileURLToPath(new URL(`../dist/${p}`, import.meta.url)), 'utf8');

describe('the built package', () => {
  it.each(['styles.js', 'components/indicators.js', 'components/eligibility.js'])('ships minified CSS in %s', (file) => {
    const literals = [...dist(file).matchAll(/css`([^`]*)`/g)].map((m) => m[1]!);
    expect(literals.length).toBeGreaterThan(0);
    for (const css of literals) {
      expect(css).not.toMatch(/\n\s/);
      expect(css).not.toMatch(/;\s*}/);
    }
  });
});
