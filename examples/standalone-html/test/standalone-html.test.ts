// The static page, served as plain files under a strict CSP, in Chromium: the standalone bundle must
// define every element with no bundler, no bare import and no violation, and the form must submit.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../test-support/chromium.js';
import { serveFiles, type StaticServer } from '../../../test-support/static-server.js';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'";
const here = (p: string) => readFileSync(fileURLToPath(new URL(`../${p}`, import.meta.url)));
const bundlePath = createRequire(import.meta.url).resolve('@tremplin/elements/standalone');
const sample = JSON.parse(readFileSync(fileURLToPath(new URL('../../../packages/schemas/examples/chance-request.examples.json', import.meta.url)), 'utf8')).valid[0];

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveFiles({
    '/': ['text/html', here('index.html')],
    '/page.js': ['text/javascript', here('page.js')],
    '/page.css': ['text/css', here('page.css')],
    '/tremplin-elements.js': ['text/javascript', readFileSync(bundlePath)],
    // Control: the same policy must block an inline script, else the test below proves nothing.
    '/control': ['text/html', '<!doctype html><title>c</title><pre id="r">blocked</pre><script>document.getElementById("r").textContent = "ran"</script>'],
  }, () => ({ 'content-security-policy': CSP }));
  browser = await launchChromium();
}, 60_000);
afterAll(async () => { await browser?.close(); await server?.close(); });

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(server.origin + path);
  return { page, errors };
}

describe('the standalone bundle', () => {
  it('is one self-contained ES module: no import of another file or package', () => {
    const code = readFileSync(bundlePath, 'utf8');
    expect(code).not.toMatch(/\bimport\s*[\w{*][^;]*?from\s*["']/);
    expect(code).not.toMatch(/\bimport\(\s*["']/);
    expect(code).not.toMatch(/new Function\(|\beval\(/);
  });
});

describe('examples/standalone-html (static files, strict CSP, Chromium)', () => {
  it('the policy blocks inline scripts', async () => {
    const { page } = await open('/control');
    expect(await page.textContent('#r')).toBe('blocked');
    await page.close();
  });

  it('defines the elements, shows the decision and hands the submitted record to the page, with no violation', async () => {
    const { page, errors } = await open('/');
    await page.waitForFunction(() => customElements.get('tremplin-chance-request') && customElements.get('tremplin-eligibility'), null, { timeout: 30_000 });
    await page.evaluate(() => document.getElementById('request')!.shadowRoot !== null);
    await page.evaluate(() => (document.getElementById('request') as unknown as { submit(): Promise<boolean> }).submit());
    await expect.poll(() => page.textContent('#status')).toMatch(/erreur\(s\) à corriger/);

    await page.evaluate((v) => { (document.getElementById('request') as unknown as { value: unknown }).value = v; }, sample);
    await page.evaluate(() => (document.getElementById('request') as unknown as { submit(): Promise<boolean> }).submit());
    await expect.poll(() => page.textContent('#status')).toBe('Dossier valide envoyé.');
    expect(JSON.parse((await page.textContent('#record'))!)).toEqual(sample);

    const outcome = await page.evaluate(() => document.querySelector('tremplin-eligibility')!.shadowRoot?.querySelector('[part="outcome"]')?.textContent ?? '');
    expect(outcome).toMatch(/^(À compléter|Éligible|Non éligible) — /);
    expect(errors).toEqual([]);
    await page.close();
  });
});
