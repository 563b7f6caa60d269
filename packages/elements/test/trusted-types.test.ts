import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, exampleRecord, startHarness, type Harness } from './support/harness.js';

// A page that enforces Trusted Types on top of a strict CSP: every HTML string handed to the DOM must come
// from a named policy. Lit's templates use `lit-html`; the forms' markup, `tremplin-markup`.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html tremplin-markup";
const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>TT</title></head>
  <body><pre id="result">pending</pre><script type="module" src="/elements.js"></script><script type="module" src="/app.js"></script></body></html>`;

let h: Harness;
beforeAll(async () => {
  const records = Object.fromEntries(['referral', 'chance-request', 'action-plan', 'consent'].map((r) => [r, exampleRecord(r)]));
  const out = await build({ entryPoints: [fileURLToPath(new URL('./fixtures/csp-page.ts', import.meta.url))], bundle: true, format: 'esm', write: false, minify: true, logLevel: 'error' });
  h = await startHarness({
    '/': ['text/html', page],
    '/app.js': ['text/javascript', out.outputFiles[0]!.text],
    '/records.json': ['application/json', JSON.stringify(records)],
  }, () => ({ 'content-security-policy': CSP }));
}, 60_000);
afterAll(() => h?.close());

describe('Trusted Types', () => {
  it('every component renders and submits through named policies, with no violation', async () => {
    const tab = await h.open('/');
    await expect.poll(() => tab.textContent('#result'), { timeout: 20_000 }).not.toBe('pending');
    const { results, violations } = JSON.parse((await tab.textContent('#result'))!);
    expect(violations).toEqual([]);
    for (const tag of ['tremplin-referral-form', 'tremplin-chance-request', 'tremplin-action-plan', 'tremplin-form']) {
      expect(results[tag].rendered, tag).toBeGreaterThan(3);
      expect(results[tag], tag).toMatchObject({ ok: true, same: true });
    }
    expect(errorsOf(tab)).toEqual([]);
    // The policy is enforced: a bare string into innerHTML is refused (else this test proves nothing).
    expect(await tab.evaluate(() => { try { document.createElement('div').innerHTML = '<b>x</b>'; return 'allowed'; } catch (e) { return (e as Error).name; } })).toBe('TypeError');
  });
});
