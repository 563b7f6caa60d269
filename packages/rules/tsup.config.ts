import { defineConfig } from 'tsup';

export default defineConfig({
  // index: engine and rule sets, for browsers and Node. node: batch, workers and CLI (Node only).
  entry: { index: 'src/index.ts', node: 'src/node.ts', reference: 'src/reference.ts', worker: 'src/batch/worker.ts', cli: 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', node: 'src/node.ts', reference: 'src/reference.ts' } },
  clean: true,
  // import.meta.url (the worker's URL) becomes {} in CommonJS unless shimmed.
  shims: true,
  // No sourcemaps in the tarball: they doubled its size for code that is readable as shipped.
  sourcemap: false,
  target: 'es2022',
  external: ['@tremplin/schemas', 'json-rules-engine', 'date-fns'],
});
