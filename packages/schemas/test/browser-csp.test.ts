import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../test-support/chromium.js';
import { serveFiles, type StaticServer } from '../../../test-support/static-server.js';
import { examplesOf } from './examples.js';

// What a health-software page would send: scripts only from itself, nothing inline, no eval.
const CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";
const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

const page = (script: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>CSP</title></head><body><pre id="result">pending</pre><script type="module" src="/${script}"></script></body></html>`;

async function bundle(contents: string): Promise<string> {
  const out = await build({ stdin: { contents, resolveDir: process.cwd() }, bundle: true, format: 'esm', platform: 'browser', write: false, minify: true });
  return out.outputFiles[0]!.text;
}

let server: StaticServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  const good = examplesOf('referral').valid[0];
  const bad = examplesOf('referral').invalid[1]!.document;
  const files: Record<string, [string, string]> = {
    '/': ['text/html', page('app.js')],
    '/control': ['text/html', page('control.js')],
    '/app.js': ['text/javascript', await bundle(`
      import { validateReferral } from ${JSON.stringify(dist)};
      const good = ${JSON.stringify(good)}, bad = ${JSON.stringify(bad)};
      const r = validateReferral(bad);
      document.getElementById('result').textContent = JSON.stringify({ good: validateReferral(good).valid, bad: r.issues.map((i) => [i.path, i.code, i.message]) });
    `)],
    // Control: the same page policy must block string compilation, or the test above proves nothing.
    '/control.js': ['text/javascript', `let verdict;
      try { new Function('return 1')(); verdict = 'allowed'; } catch (e) { verdict = e.name; }
      document.getElementById('result').textContent = verdict;`],
  };
  server = await serveFiles(files, () => ({ 'content-security-policy': CSP }));
  origin = server.origin;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function resultOf(path: string) {
  const tab = await browser.newPage();
  const violations: string[] = [];
  tab.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
  await tab.goto(`${origin}${path}`);
  await tab.waitForFunction(() => document.getElementById('result')?.textContent !== 'pending', undefined, { timeout: 10_000 });
  const text = (await tab.textContent('#result')) ?? '';
  await tab.close();
  return { text, violations };
}

describe('in Chromium, under a CSP without unsafe-eval or unsafe-inline', () => {
  it('the policy blocks new Function (control)', async () => {
    const { text } = await resultOf('/control');
    expect(text).toBe('EvalError');
  });

  it('validateReferral validates and explains in French', async () => {
    const { text, violations } = await resultOf('/');
    const result = JSON.parse(text);
    expect(result.good).toBe(true);
    expect(result.bad).toContainEqual(['/employer/siret', 'format', 'SIRET : doit être un numéro SIRET valide (14 chiffres, clé de contrôle)']);
    expect(violations).toEqual([]);
  });
});
