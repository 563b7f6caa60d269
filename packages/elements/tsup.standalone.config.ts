import { defineConfig } from 'tsup';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

// The standalone ESM bundle for pages without a bundler: one file, Lit, schemas and rules included,
// that registers every element. `<script type="module" src="…/tremplin-elements.js">` is all a page
// needs; the same code as the package's (no eval, no inline styles), so it runs under a strict CSP.
// Exported as `@tremplin/elements/standalone` (types: define.d.ts). It is ESM only, for browsers, so
// .attw.json leaves that entry out of attw's CommonJS checks.
export default defineConfig({
  entry: { 'tremplin-elements': 'src/define.ts' },
  outDir: 'dist',
  format: ['esm'],
  platform: 'browser',
  target: 'es2022',
  noExternal: [/.*/],
  splitting: false,
  minify: true,
  sourcemap: false, // tarballs ship no sourcemaps (checked by the consumer test)
  dts: false,
  clean: false, // the package build empties dist first; this config adds one file to it
  define: { 'process.env.NODE_ENV': '"production"' },
  esbuildPlugins: [minifyCssLiterals],
});
