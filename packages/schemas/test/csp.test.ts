import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { examplesOf } from './examples.js';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

/**
 * A browser bundle of the published package run where V8 refuses to compile strings: the same
 * switch a CSP without 'unsafe-eval' turns off in a browser (eval and new Function throw EvalError).
 */
function runWithoutEval(code: string, context: Record<string, unknown>) {
  const sandbox = vm.createContext(context, { codeGeneration: { strings: false, wasm: false } });
  return vm.runInContext(code, sandbox);
}

describe('strict CSP', () => {
  it('the sandbox really forbids new Function (the check can fail)', () => {
    expect(() => runWithoutEval('new Function("return 1")()', {})).toThrow(/Code generation from strings disallowed/);
  });

  it('a browser bundle of @tremplin/schemas validates without eval', async () => {
    const out = await build({
      stdin: {
        contents: `import { validateReferral } from ${JSON.stringify(dist)};
          globalThis.result = [validateReferral(globalThis.good).valid, validateReferral(globalThis.bad).issues.map(i => i.code)];`,
        resolveDir: process.cwd(),
      },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      minify: true,
    });
    const code = out.outputFiles[0]!.text;
    expect(code).not.toMatch(/new Function|\beval\(/);
    const good = examplesOf('referral').valid[0];
    const bad = examplesOf('referral').invalid[0]!.document;
    const context: Record<string, unknown> = { good, bad };
    runWithoutEval(code, context);
    expect(context.result).toEqual([true, ['const']]);
  });

  it('the published ESM has no require() left (bundles without CommonJS shims)', () => {
    expect(readFileSync(dist, 'utf8')).not.toMatch(/\brequire\(/);
  });
});
