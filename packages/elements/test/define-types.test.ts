import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The built types of the per-element entries, as a host's TypeScript sees them (skipLibCheck off).
const dist = (path: string) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url));

function typecheck(source: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'tremplin-define-types-'));
  const file = join(dir, 'check.ts');
  writeFileSync(file, source);
  const program = ts.createProgram([file], {
    strict: true, noEmit: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], skipLibCheck: false, types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const TAGS = ['tremplin-form', 'tremplin-referral-form', 'tremplin-chance-request', 'tremplin-action-plan', 'tremplin-eligibility', 'tremplin-indicators'];

describe('the per-element entries, typed', () => {
  it('a page importing only define/<tag> gets its element typed by tag name (document.createElement, querySelector)', () => {
    const source = [
      ...TAGS.map((tag) => `import '${dist(`define/${tag}.js`)}';`),
      `const panel = document.createElement('tremplin-eligibility'); panel.asOf = '2026-11-24';`,
      `const form = document.querySelector('tremplin-referral-form'); void form?.submit;`,
      `const figures = document.createElement('tremplin-indicators'); void figures.plans;`,
      `const generic = document.createElement('tremplin-form'); void generic.validator;`,
      `const plan = document.createElement('tremplin-action-plan'); void plan.value;`,
      `const request = document.createElement('tremplin-chance-request'); void request.value;`,
    ].join('\n');
    expect(typecheck(source)).toEqual([]);
  }, 60_000);

  it('and the same page importing the main entry too type-checks (one declaration per tag)', () => {
    const source = [
      `import { TremplinEligibility } from '${dist('index.js')}';`,
      ...TAGS.map((tag) => `import '${dist(`define/${tag}.js`)}';`),
      `const panel: TremplinEligibility = document.createElement('tremplin-eligibility'); void panel;`,
    ].join('\n');
    expect(typecheck(source)).toEqual([]);
  }, 60_000);
});
