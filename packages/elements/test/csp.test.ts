import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, exampleRecord, startHarness, type Harness } from './support/harness.js';

// What a health-software page sends: scripts from itself only, nothing inline, no eval; styles too.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'";
// The same, enforcing Trusted Types: every HTML string handed to the DOM comes from a named policy —
// Lit's templates from `lit-html`, the forms' markup from `tremplin-markup`.
const TRUSTED_TYPES = `${CSP}; require-trusted-types-for 'script'; trusted-types lit-html tremplin-markup`;
const page = (script: string) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>CSP</title></head>
  <body><pre id="result">pending</pre><script type="module" src="/elements.js"></script><script type="module" src="/${script}"></script></body></html>`;

let h: Harness;
beforeAll(async () => {
  const records = Object.fromEntries(['referral', 'chance-request', 'action-plan', 'consent'].map((r) => [r, exampleRecord(r)]));
  const out = await build({
    entryPoints: [fileURLToPath(new URL('./fixtures/csp-page.ts', import.meta.url))],
    bundle: true, format: 'esm', write: false, minify: true, logLevel: 'error',
  });
  h = await startHarness({
    '/': ['text/html', page('app.js')],
    '/trusted-types': ['text/html', page('app.js')],
    '/app.js': ['text/javascript', out.outputFiles[0]!.text],
    '/records.json': ['application/json', JSON.stringify(records)],
    '/control': ['text/html', page('control.js')],
    '/control.js': ['text/javascript', `let v; try { new Function('return 1')(); v = 'allowed'; } catch (e) { v = e.name; } document.getElementById('result').textContent = v;`],
  }, (path) => ({ 'content-security-policy': path === '/trusted-types' ? TRUSTED_TYPES : CSP }));
}, 60_000);
afterAll(() => h?.close());

describe('strict Content-Security-Policy', () => {
  it('the policy does block eval (else the test below proves nothing)', async () => {
    const tab = await h.open('/control');
    await expect.poll(() => tab.textContent('#result')).toBe('EvalError');
  });

  /** Renders and submits every component on a page served with `path`'s policy: what happened, in #result. */
  async function everyComponent(path: string) {
    const tab = await h.open(path);
    await expect.poll(() => tab.textContent('#result'), { timeout: 20_000 }).not.toBe('pending');
    const { results, violations } = JSON.parse((await tab.textContent('#result'))!);
    expect(violations).toEqual([]);
    for (const tag of ['tremplin-referral-form', 'tremplin-chance-request', 'tremplin-action-plan', 'tremplin-form']) {
      expect(results[tag].rendered, tag).toBeGreaterThan(3);
      expect(results[tag], tag).toMatchObject({ ok: true, same: true });
    }
    expect(results.eligibility).toMatch(/^(À compléter|Éligible|Non éligible) — /);
    expect(errorsOf(tab)).toEqual([]);
    return tab;
  }

  it('every component renders and submits, with no violation', async () => {
    await everyComponent('/');
  });

  it('and under Trusted Types, through the named policies', async () => {
    const tab = await everyComponent('/trusted-types');
    // The policy is enforced: a bare string into innerHTML is refused (else this test proves nothing).
    expect(await tab.evaluate(() => { try { document.createElement('div').innerHTML = '<b>x</b>'; return 'allowed'; } catch (e) { return (e as Error).name; } })).toBe('TypeError');
  });
});
