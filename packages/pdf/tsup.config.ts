import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts', 'batch-worker': 'src/batch-worker.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  // No sourcemaps in the tarball: they were most of its size.
  sourcemap: false,
  target: 'es2022',
  // The CommonJS build resolves templates/, fonts and the worker from import.meta.url.
  shims: true,
  external: ['@myriaddreamin/typst-ts-node-compiler', '@tremplin/schemas', '@tremplin/rules', 'date-fns', 'dejavu-fonts-ttf', '@embedpdf/fonts-sc'],
});
