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

describe('the CSS literal minifier', () => {
  it('keeps a literal with non-ASCII text (a French content string) the same CSS: no \\XXXX escape inside a template literal', async () => {
    const { build } = await import('esbuild');
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    // @ts-expect-error a .mjs build script without types
    const { minifyCssLiterals } = await import('../scripts/minify-css-literals.mjs');
    const dir = join(mkdtempSync(join(tmpdir(), 'css-')), 'src');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.ts'), 'const css = (s: TemplateStringsArray) => s[0];\nexport const out = css`\n  .a::before { content: "→ é"; }\n`;\n');
    const result = await build({ entryPoints: [join(dir, 'a.ts')], bundle: true, format: 'esm', write: false, logLevel: 'silent', plugins: [minifyCssLiterals] });
    const { out } = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0]!.text).toString('base64')}`);
    expect(out).toBe('.a:before{content:"→ é"}');
  });
});
