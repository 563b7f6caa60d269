import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Entry points: the main one (every record registered); three layers with no record loaded, each a
// chunk boundary for a page: base (reads no record) ⊂ catalogue (records' fields, no validation) ⊂ core
// (validation too); and per record `records/<name>` (registered with its validator) and
// `records/<name>/fields` (without it), so that a page ships the records it shows.
const records = readdirSync('schemas').filter((f) => f.endsWith('.schema.json') && f !== 'common.schema.json').map((f) => f.replace('.schema.json', ''));
const entries = {
  index: 'src/index.ts',
  base: 'src/base.ts',
  'catalogue-entry': 'src/catalogue-entry.ts',
  core: 'src/core.ts',
  'validator-runtime': 'src/validator-runtime.ts',
  projection: 'src/projection/index.ts',
  ...Object.fromEntries(records.map((r) => [`records/${r}`, `src/generated/entries/${r}.ts`])),
  ...Object.fromEntries(records.map((r) => [`records/${r}/fields`, `src/generated/entries/${r}/fields.ts`])),
};
// No sourcemaps in the tarball: they were most of its size. ajv runtime helpers stay external.
const shared = { sourcemap: false, target: 'es2022', external: ['ajv', 'ajv-formats', 'date-fns'] } as const;

export default defineConfig([
  // ESM: one output file per source file (no bundling). A bundler splits code by file, so small
  // files keep what a page does not use (the audience projection, other records) out of its chunks.
  { ...shared, entry: ['src/**/*.ts', 'src/generated/**/*.js', '!src/**/*.test.ts', '!src/**/*.d.ts'], bundle: false, format: ['esm'], clean: true, dts: { entry: entries } },
  // CommonJS (Node): one self-contained file per entry; the record registry is shared between them.
  { ...shared, entry: entries, format: ['cjs'], splitting: false, dts: true },
]);
