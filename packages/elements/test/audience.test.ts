import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, exampleRecord, html, startHarness, type Harness } from './support/harness.js';

// The audience of a form limits what leaves it, through @tremplin/schemas' one projection (projectFor):
// with audience="employer" the medical fields are neither on screen nor in FormData nor in tremplin-submit.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    '/employer': ['text/html', html(`<form id="host"><tremplin-referral-form id="f" name="referral" audience="employer" as-of="2026-11-26"></tremplin-referral-form></form>`)],
  });
}, 60_000);
afterAll(() => h?.close());

const record = exampleRecord('referral');

describe('audience projection', () => {
  it('FormData and tremplin-submit carry the projected record; valueFor gives any audience\'s view', async () => {
    const page = await h.open('/employer');
    expect(record.healthSituation).toBeTruthy();
    await page.evaluate((r) => {
      document.getElementById('host')!.addEventListener('submit', (e) => e.preventDefault());
      document.addEventListener('tremplin-submit', (e: any) => { (window as any).submitted = e.detail.value; });
      (document.getElementById('f') as any).value = r;
    }, record);
    await page.evaluate(() => (document.getElementById('f') as any).updateComplete);
    const posted = JSON.parse(await page.evaluate(() => new FormData(document.getElementById('host') as HTMLFormElement).get('referral') as string));
    expect(posted.healthSituation).toBeUndefined();
    expect(posted.worker).toEqual(record.worker);
    expect(await page.evaluate(() => (document.getElementById('f') as any).submit())).toBe(true);
    const submitted = await page.evaluate(() => (window as any).submitted);
    expect(submitted.healthSituation).toBeUndefined();
    expect(submitted.comments).toBeUndefined();
    const views = await page.evaluate(() => {
      const el = document.getElementById('f') as any;
      return { oh: el.valueFor('occupational-health').healthSituation, employer: el.valueFor('employer').healthSituation };
    });
    expect(views).toEqual({ oh: record.healthSituation, employer: undefined });
    expect(errorsOf(page)).toEqual([]);
  });
});
