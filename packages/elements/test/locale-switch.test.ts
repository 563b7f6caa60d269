import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, exampleRecord, html, startHarness, type Harness } from './support/harness.js';

// Review of "the English words in a chunk of their own": a form switched to English before they are here.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    '/employer': ['text/html', html(`<form id="host"><tremplin-referral-form id="f" name="referral" audience="employer" as-of="2026-11-26"></tremplin-referral-form></form>`)],
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
