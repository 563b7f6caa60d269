import { defineConfig } from 'tsup';

// No sourcemaps in the tarball: they were most of its size.
const shared = { sourcemap: false, shims: true, target: 'es2022', external: ['lit', /^lit\//, '@tremplin/schemas', '@tremplin/rules'] } as const;

export default defineConfig([
  // ESM: one output file per source file (no bundling), so that with `sideEffects` a page using only
  // the referral form does not carry the eligibility panel and, with it, the rules and their data.
  { ...shared, entry: ['src/**/*.ts'], bundle: false, format: ['esm'], dts: { entry: { index: 'src/index.ts', define: 'src/define.ts' } } },
  // CommonJS (tools and tests on Node): one file per entry.
  { ...shared, entry: { index: 'src/index.ts', define: 'src/define.ts' }, format: ['cjs'], splitting: false, dts: true },
]);
