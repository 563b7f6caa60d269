import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../test-support/chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
let server: ViteDevServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  server = await createServer({ root, configFile: `${root}vite.config.ts`, server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  await server.listen();
  origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('playground (what `pnpm demo` serves)', () => {
  it('shows a form with its live decision, and downloads the PDF for an audience', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(origin);
    const panel = page.locator('tremplin-eligibility');
    await expect.poll(() => panel.locator('[part="outcome"]').textContent(), { timeout: 60_000 }).toMatch(/^À compléter/);

    await page.selectOption('#record', 'chance-request');
    await page.click('#sample');
    await expect.poll(() => panel.locator('[part="outcome"]').textContent()).toMatch(/^À compléter — .*prestataire/);
    await page.locator('#form').locator('[id="f/grade"]').fill('Adjoint technique principal');
    await expect.poll(() => page.evaluate(() => (document.getElementById('form') as any).value.grade)).toBe('Adjoint technique principal');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Exemplaire de l’employeur/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('chance-request-employer.pdf');
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    await page.selectOption('#locale', 'en');
    await expect.poll(() => panel.locator('[part="outcome"]').textContent()).toMatch(/^Incomplete/);
    // The switch translates the page itself, not only the components.
    expect(await page.locator('#decision-title').textContent()).toBe('Live decision');
    expect(await page.locator('#clear').textContent()).toBe('Clear');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(errors).toEqual([]);
  });

  it('"Vider" empties a form filled with the sample; the DSFR theme switches the forms\' look', async () => {
    const page = await browser.newPage();
    await page.goto(origin);
    await page.click('#sample');
    await expect.poll(() => page.evaluate(() => Object.keys((document.getElementById('form') as any).value).length)).toBeGreaterThan(3);
    await page.click('#clear');
    expect(await page.evaluate(() => (document.getElementById('form') as any).value)).toEqual({});
    const background = () => page.evaluate(() => getComputedStyle(document.getElementById('form')!.shadowRoot!.getElementById('f/worker/lastName')!).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.selectOption('#theme', 'dsfr');
    await expect.poll(background).toBe('rgb(238, 238, 238)');
  });

  it('the action-plan sample is judged by the rule set it belongs to (a CHANCE plan): eligible', async () => {
    const page = await browser.newPage();
    await page.goto(origin);
    await page.selectOption('#record', 'action-plan');
    await page.click('#sample');
    await expect.poll(() => page.locator('tremplin-eligibility [part="outcome"]').textContent()).toMatch(/^Éligible/);
  });

  it('answers a bad record with a 400 naming the fields', async () => {
    const response = await fetch(`${origin}/api/pdf/referral?audience=employer`, { method: 'POST', body: '{"worker":{}}' });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.code).toBe('invalid-record');
    expect(body.issues.map((i: { path: string }) => i.path)).toContain('/worker/lastName');
  });
});
