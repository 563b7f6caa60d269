import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

// No sourcemaps in the tarball: they were most of its size.
// Each element's own side-effect entry (`@tremplin/elements/define/<tag>`), typed like the others.
const perElement = Object.fromEntries(readdirSync('src/define').map((file) => [`define/${file.replace(/\.ts$/, '')}`, `src/define/${file}`]));
const shared = { sourcemap: false, shims: true, target: 'es2022', external: ['lit', /^lit\//, '@tremplin/schemas', '@tremplin/rules'], esbuildPlugins: [minifyCssLiterals] };

export default defineConfig([
  // ESM: one output file per source file (no bundling), so that with `sideEffects` a page using only
  // the referral form does not carry the eligibility panel and, with it, the rules and their data.
  { ...shared, entry: ['src/**/*.ts'], bundle: false, format: ['esm'], dts: { entry: { index: 'src/index.ts', define: 'src/define.ts', ...perElement } } },
  // CommonJS (tools and tests on Node): one file per entry. The per-element entries register elements in
  // a browser page, so they are ESM only (as the standalone bundle).
  { ...shared, entry: { index: 'src/index.ts', define: 'src/define.ts' }, format: ['cjs'], splitting: false, dts: true },
]);
