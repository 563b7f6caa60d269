import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, exampleRecord, startHarness, type Harness, splitBundle } from './support/harness.js';

// The audience projection (and the consent record's validator) is a chunk loaded beside a record
// form: a form with no audience draws its fields before it arrives, a form with an audience draws
// nothing until it is here, and valueFor waits for it (updateComplete).
let h: Harness;
const page = (body: string) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>projection</title></head><body>${body}<script type="module" src="/ref/referral-entry.js"></script></body></html>`;

beforeAll(async () => {
  h = await startHarness({
    ...(await splitBundle('../fixtures/referral-entry.ts', '/ref')),
    '/author': ['text/html', page(`<tremplin-referral-form id="f"></tremplin-referral-form>`)],
    '/employer': ['text/html', page(`<form id="host"><tremplin-referral-form id="f" name="referral" audience="employer" as-of="2026-11-26"></tremplin-referral-form></form>`)],
    '/later': ['text/html', page(`<form id="host"><tremplin-referral-form id="f" name="referral" as-of="2026-11-26"></tremplin-referral-form></form>`)],
  });
}, 60_000);
afterAll(() => h?.close());

/** A tab whose projection chunk is held until `release` is called. */
async function heldProjection(path: string) {
  const p = await h.browser.newPage();
  let held: Route | undefined;
  await p.route(/\/ref\/projection-support-[^/]*\.js$/, (route) => { held = route; });
  await p.goto(`${h.server.origin}${path}`);
  await p.waitForFunction(() => customElements.get('tremplin-referral-form') !== undefined);
  await expect.poll(() => held !== undefined).toBe(true);
  return { p, release: () => held!.continue() };
}

describe('the audience projection, loaded beside the record', () => {
  it('a form with no audience draws its fields before the projection arrives; valueFor waits for it', async () => {
    const { p, release } = await heldProjection('/author');
    const before = await p.evaluate(async () => {
      const el = document.getElementById('f') as any;
      await new Promise((resolve) => setTimeout(resolve, 50));
      let error: unknown;
      try {
        el.valueFor('employer');
      } catch (e) {
        error = { name: (e as Error).name, code: (e as { code?: string }).code };
      }
      return { controls: el.shadowRoot.querySelectorAll('input, select, textarea').length > 10, worker: !!el.shadowRoot.getElementById('f/worker/lastName'), error };
    });
    expect(before).toEqual({ controls: true, worker: true, error: { name: 'TremplinProjectionError', code: 'record-not-loaded' } });
    await release();
    const record = exampleRecord('referral');
    const projected = await p.evaluate(async (r) => {
      const el = document.getElementById('f') as any;
      el.value = r;
      await el.updateComplete;
      return el.valueFor('employer');
    }, record);
    expect(projected.healthSituation).toBeUndefined();
    expect(projected.worker).toEqual(record.worker);
    expect(errorsOf(p)).toEqual([]);
    await p.close();
  });

  it('a form with an audience draws nothing and posts nothing until the projection arrives', async () => {
    const { p, release } = await heldProjection('/employer');
    const record = exampleRecord('referral');
    const before = await p.evaluate(async (r) => {
      const el = document.getElementById('f') as any;
      el.value = r;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return {
        controls: el.shadowRoot.querySelectorAll('input, select, textarea').length,
        text: el.shadowRoot.textContent,
        valid: el.valid,
        posted: new FormData(document.getElementById('host') as HTMLFormElement).get('referral'),
      };
    }, record);
    expect(before).toMatchObject({ controls: 0, valid: false, posted: '{}' });
    expect(before.text).not.toContain(record.healthSituation);
    await release();
    const after = await p.evaluate(async () => {
      const el = document.getElementById('f') as any;
      await el.updateComplete;
      return {
        worker: !!el.shadowRoot.getElementById('f/worker/lastName'),
        health: !!el.shadowRoot.getElementById('f/healthSituation'),
        posted: JSON.parse(new FormData(document.getElementById('host') as HTMLFormElement).get('referral') as string),
      };
    });
    expect(after).toMatchObject({ worker: true, health: false });
    expect(after.posted.healthSituation).toBeUndefined();
    expect(after.posted.worker).toEqual(record.worker);
    expect(errorsOf(p)).toEqual([]);
    await p.close();
  });

  it('an audience set on a valid form while the projection loads makes it invalid at once, until the projection is here', async () => {
    const { p, release } = await heldProjection('/later');
    const record: Record<string, unknown> = { ...exampleRecord('referral'), healthSituation: 'MARKER-medical-lombalgie' };
    const during = await p.evaluate(async (r) => {
      const el = document.getElementById('f') as any;
      const host = document.getElementById('host') as HTMLFormElement;
      el.value = r;
      await new Promise((resolve) => setTimeout(resolve, 300)); // the validator is here: valid, with no audience
      const before = el.valid;
      el.audience = 'employer';
      const now = el.valid; // at once, before the next render
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { before, now, valid: el.valid, hostValid: host.checkValidity(), posted: new FormData(host).get('referral'), controls: el.shadowRoot.querySelectorAll('input, select, textarea').length };
    }, record);
    expect(during).toEqual({ before: true, now: false, valid: false, hostValid: false, posted: '{}', controls: 0 });
    await release();
    const after = await p.evaluate(async () => {
      const el = document.getElementById('f') as any;
      await el.updateComplete;
      const host = document.getElementById('host') as HTMLFormElement;
      return { valid: el.valid, hostValid: host.checkValidity(), posted: new FormData(host).get('referral') as string };
    });
    expect(after.valid).toBe(true);
    expect(after.hostValid).toBe(true);
    expect(after.posted).not.toContain('MARKER');
    expect(JSON.parse(after.posted).worker).toEqual(record.worker);
    expect(errorsOf(p)).toEqual([]);
    await p.close();
  });
});
