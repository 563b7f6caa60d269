import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, exampleRecord, html, splitBundle, startHarness, type Harness } from './support/harness.js';

// Review of "the English words in a chunk of their own": a form switched to English before they are here.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    '/employer': ['text/html', html(`<form id="host"><tremplin-referral-form id="f" name="referral" audience="employer" as-of="2026-11-26"></tremplin-referral-form></form>`)],
    // The referral form alone, code-split: its English words are a chunk a test can hold back or fail.
    ...(await splitBundle('../fixtures/referral-entry.ts', '/split')),
    // The generic form with its record loaded on demand: both the record and the English words can fail.
    ...(await splitBundle('../fixtures/lazy-entry.ts', '/lazy')),
    '/lazy-english': ['text/html', '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>en</title></head><body><tremplin-form id="f" record="referral" locale="en"></tremplin-form><script type="module" src="/lazy/lazy-entry.js"></script></body></html>'],
    '/english': ['text/html', '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>en</title></head><body><tremplin-referral-form id="f" locale="en"></tremplin-referral-form><script type="module" src="/split/referral-entry.js"></script></body></html>'],
  });
}, 60_000);
afterAll(() => h?.close());

describe('English words loaded on demand', () => {
  it('a form switched fr → en says every message in English once its words are here (no French verdict kept)', async () => {
    const page = await h.open('/employer');
    const out = await page.evaluate(async (r) => {
      const el = document.getElementById('f') as any;
      el.value = r;
      await el.updateComplete;
      await el.submit(); // refused: the errors are shown
      await el.updateComplete;
      el.locale = 'en';
      await el.updateComplete;
      return { text: el.shadowRoot.textContent as string, message: el.validationMessage as string };
    }, { ...exampleRecord('referral'), healthSituation: 42 });
    expect(out.text).toContain('Some information you may not read');
    expect(out.text).not.toContain('Des informations que vous ne pouvez pas lire');
    expect(out.message).not.toContain('Des informations');
    expect(errorsOf(page)).toEqual([]);
  });
});

describe('English words that fail to load', () => {
  it('the failure is said in place of the form; switched to French the form is back, and back in English the words are tried again', async () => {
    const page = await h.browser.newPage();
    let fail = true;
    await page.route(/\/split\/i18n-en-[^/]*\.js$/, (route) => (fail ? route.abort() : route.continue()));
    await page.goto(`${h.server.origin}/english`);
    await page.waitForFunction(() => customElements.get('tremplin-referral-form') !== undefined);
    const state = () => page.evaluate(async () => {
      const el = document.getElementById('f') as any;
      await el.updateComplete;
      const root = el.shadowRoot;
      return { fields: root.querySelectorAll('input, select, textarea').length, text: (root.textContent as string).replace(/\s+/g, ' ').slice(0, 300), lang: root.querySelector('form')?.getAttribute('lang') ?? null };
    });
    const failed = await state();
    expect(failed.fields).toBe(0);
    expect(failed.text).toMatch(/Tremplin/);
    await page.evaluate(() => { (document.getElementById('f') as any).locale = 'fr'; });
    const french = await state();
    expect(french.fields).toBeGreaterThan(5);
    expect(french.lang).toBe('fr');
    fail = false;
    await page.evaluate(() => { (document.getElementById('f') as any).locale = 'en'; });
    const english = await state();
    expect(english.fields).toBeGreaterThan(5);
    expect(english).toMatchObject({ lang: 'en' });
    expect(english.text).toMatch(/Worker|Next|Required|required/);
    await page.close();
  });
});

describe('the audience projection and the English words both fail to load', () => {
  it('switched to French, the projection\'s failure is still said: an audience set then gets an error, not a blank form', async () => {
    const page = await h.browser.newPage();
    let english = false;
    let englishFailed = false;
    // The projection is held until the English words are asked for, then fails; the English words fail after it.
    await page.route(/\/lazy\/projection-support-[^/]*\.js$/, async (route) => {
      while (!english) await new Promise((resolve) => setTimeout(resolve, 10));
      return route.abort();
    });
    await page.route(/\/lazy\/i18n-en-[^/]*\.js$/, async (route) => {
      english = true;
      await new Promise((resolve) => setTimeout(resolve, 300));
      englishFailed = true;
      return route.abort();
    });
    await page.goto(`${h.server.origin}/lazy-english`);
    await page.waitForFunction(() => customElements.get('tremplin-form') !== undefined);
    const state = () => page.evaluate(async () => {
      const el = document.getElementById('f') as any;
      await el.updateComplete;
      const root = el.shadowRoot;
      return { fields: root.querySelectorAll('input, select, textarea').length, text: (root.textContent as string).replace(/\s+/g, ' ').slice(0, 300) };
    });
    await expect.poll(() => englishFailed, { timeout: 5_000 }).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await state()).text).toMatch(/Tremplin: /);
    await page.evaluate(() => {
      const el = document.getElementById('f') as any;
      el.locale = 'fr';
      el.setAttribute('as-of', '2026-11-26');
      el.audience = 'employer';
    });
    const after = await state();
    expect(after.fields).toBe(0);
    expect(after.text).toMatch(/Tremplin: .*projection-support/);
    await page.close();
  });
});
