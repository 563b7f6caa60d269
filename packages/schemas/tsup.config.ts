import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // No sourcemaps in the tarball: they were most of its size.
  sourcemap: false,
  target: 'es2022',
  // ajv runtime helpers stay external: hosts share one copy with their own ajv.
  external: ['ajv', 'ajv-formats', 'date-fns'],
});
