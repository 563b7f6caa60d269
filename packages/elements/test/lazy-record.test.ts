import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, exampleRecord, startHarness, type Harness, splitBundle } from './support/harness.js';

// `<tremplin-form record>` on a page that imported no record: the record (and the projection) load
// by import(); before they are here the form shows no field and is never valid, so nothing medical
// can show or leave through a class not yet known.
let h: Harness;
const page = (body: string) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>lazy</title></head><body>${body}<script type="module" src="/lazy/lazy-entry.js"></script></body></html>`;


beforeAll(async () => {
  h = await startHarness({
    ...(await splitBundle('../fixtures/lazy-entry.ts', '/lazy')),
    '/employer': ['text/html', page(`<form id="host"><tremplin-form id="f" record="referral" name="referral" audience="employer" as-of="2026-11-26"></tremplin-form></form>`)],
    '/consent': ['text/html', page(`<tremplin-form id="f" record="consent"></tremplin-form>`)],
  });
}, 60_000);
afterAll(() => h?.close());

describe('a record loaded on demand', () => {
  it('renders no field before its record is loaded, then the fields its audience may read', async () => {
    // The referral's chunk is held back until the form has been seen while it loads.
    const p = await h.browser.newPage();
    let held: Route | undefined;
    await p.route(/\/lazy\/referral-[^/]*\.js$/, (route) => { held = route; });
    await p.goto(`${h.server.origin}/employer`);
    await p.waitForFunction(() => customElements.get('tremplin-form') !== undefined);
    await expect.poll(() => held !== undefined).toBe(true);
    expect(await p.evaluate(() => (window as any).loadedAtStart)).toEqual({ referral: false, consent: false });
    const record = exampleRecord('referral');
    const before = await p.evaluate(async (r) => {
      const el = document.getElementById('f') as any;
      (window as any).loads = [];
      el.addEventListener('tremplin-load', (e: any) => (window as any).loads.push(e.detail.valid));
      el.value = r; // set while loading: judged once the record is here
      await new Promise((resolve) => setTimeout(resolve, 50));
      return {
        controls: el.shadowRoot.querySelectorAll('input, select, textarea').length,
        valid: el.valid,
        posted: new FormData(document.getElementById('host') as HTMLFormElement).get('referral'),
        message: el.validationMessage,
      };
    }, record);
    expect(before).toEqual({ controls: 0, valid: false, posted: '{}', message: 'Le formulaire se charge…' });
    await held!.continue();
    const after = await p.evaluate(async () => {
      const el = document.getElementById('f') as any;
      await el.updateComplete;
      const root = el.shadowRoot;
      return {
        controls: root.querySelectorAll('input, select, textarea').length,
        worker: !!root.getElementById('f/worker/lastName'),
        health: !!root.getElementById('f/healthSituation'),
        valid: el.valid,
        posted: JSON.parse(new FormData(document.getElementById('host') as HTMLFormElement).get('referral') as string),
      };
    });
    expect(after.controls).toBeGreaterThan(10);
    expect(after).toMatchObject({ worker: true, health: false, valid: true });
    expect(after.posted.healthSituation).toBeUndefined();
    expect(after.posted.worker).toEqual(record.worker);
    // The host heard « not valid yet » when it set the value, then the verdict once the record was here.
    expect(await p.evaluate(() => (window as any).loads)).toEqual([false, true]);
    await p.close();
  });

  it('validates with the loaded record\'s own validator', async () => {
    const p = await h.open('/consent');
    const result = await p.evaluate(async () => {
      const el = document.getElementById('f') as any;
      await el.updateComplete;
      return { valid: el.valid, issues: el.issues.length, controls: el.shadowRoot.querySelectorAll('input, select, textarea').length };
    });
    expect(result.valid).toBe(false);
    expect(result.issues).toBeGreaterThan(0);
    expect(result.controls).toBeGreaterThan(0);
    expect(errorsOf(p)).toEqual([]);
  });
});
