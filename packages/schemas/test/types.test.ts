import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ALL_RECORDS, examplesOf } from './examples.js';

const typesFile = fileURLToPath(new URL('../src/generated/types.ts', import.meta.url));
const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());

/** Type-checks a snippet that imports the generated types; returns the diagnostics' texts. */
function typecheck(source: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'tremplin-types-'));
  const file = join(dir, 'check.ts');
  writeFileSync(file, source.replace('TYPES', typesFile.replace(/\.ts$/, '.js')));
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('generated types', () => {
  it('accept every valid example', () => {
    const lines = [`import type * as T from 'TYPES';`];
    for (const name of ALL_RECORDS) {
      examplesOf(name).valid.forEach((doc, i) => {
        lines.push(`export const ${pascal(name).toLowerCase()}${i}: T.${pascal(name)} = ${JSON.stringify(doc)};`);
      });
    }
    expect(typecheck(lines.join('\n'))).toEqual([]);
  }, 60_000);

  it('refuse a document of the wrong shape (the check can fail)', () => {
    const doc = { ...examplesOf('chance-request').valid[0]!, status: 'vacataire', unknownField: 1 };
    const diagnostics = typecheck(`import type * as T from 'TYPES';\nexport const x: T.ChanceRequest = ${JSON.stringify(doc)};`);
    expect(diagnostics.join('\n')).toMatch(/vacataire|unknownField/);
  }, 60_000);
});
