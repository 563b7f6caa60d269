import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // ajv runtime helpers stay external: hosts share one copy with their own ajv.
  external: ['ajv', 'ajv-formats', 'date-fns'],
});
