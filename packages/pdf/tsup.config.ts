import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts', 'batch-worker': 'src/batch-worker.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  // No sourcemaps in the tarball: they were most of its size.
  sourcemap: false,
  // import.meta.url (fonts, the batch worker) becomes {} in CommonJS unless shimmed.
  shims: true,
  target: 'es2022',
  external: ['@react-pdf/renderer', '@tremplin/schemas', '@tremplin/rules', 'react', 'date-fns', 'dejavu-fonts-ttf'],
});
