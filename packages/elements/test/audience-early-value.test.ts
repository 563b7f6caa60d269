import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, exampleRecord, html, startHarness, type Harness } from './support/harness.js';

// Review of "events of an audience form carry the projected record": attacks on the moments the audience
// or the record is not known yet, while a value is already there.
const MARKER = 'MARKER-MEDICAL-LOMBALGIE';
const record = { ...exampleRecord('referral'), healthSituation: MARKER, restrictions: [`${MARKER}-restriction`] };

const listen = `window.heard = [];
for (const type of ['tremplin-load', 'tremplin-change', 'tremplin-invalid', 'tremplin-submit'])
  document.addEventListener(type, (e) => window.heard.push({ type, detail: JSON.stringify(e.detail) }));`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    // A value set before the elements are defined (a framework, a script loaded after the page):
    // the element replays it when it upgrades.
    '/early': ['text/html', html(`<form id="host"><tremplin-referral-form id="f" name="referral" audience="employer" as-of="2026-11-26"></tremplin-referral-form></form>
      <script>${listen} document.getElementById('f').value = ${JSON.stringify(record)};</script>`)],
    '/early-generic': ['text/html', html(`<form id="host"><tremplin-form id="f" name="referral" record="referral" audience="employer" as-of="2026-11-26"></tremplin-form></form>
      <script>${listen} document.getElementById('f').value = ${JSON.stringify(record)};</script>`)],
    '/blank': ['text/html', html(`<div id="slot"></div><script>${listen}</script>`)],
  });
}, 60_000);
afterAll(() => h?.close());

describe('audience events: value known before the audience', () => {
  it('a value set before the element is defined never leaves in tremplin-load of an employer referral form', async () => {
    const page = await h.open('/early');
    await page.evaluate(() => (document.getElementById('f') as any).updateComplete);
    const heard = await page.evaluate(() => (window as any).heard as Array<{ type: string; detail: string }>);
    expect(heard.map((e) => e.type)).toContain('tremplin-load');
    for (const event of heard) expect(event.detail, event.type).not.toContain(MARKER);
    expect(errorsOf(page)).toEqual([]);
  });

  it('same with <tremplin-form record="referral" audience="employer">', async () => {
    const page = await h.open('/early-generic');
    await page.evaluate(() => (document.getElementById('f') as any).updateComplete);
    const heard = await page.evaluate(() => (window as any).heard as Array<{ type: string; detail: string }>);
    for (const event of heard) expect(event.detail, event.type).not.toContain(MARKER);
  });

  it('a form given its audience, then its value, then its record (as a framework sets properties) never releases the whole record', async () => {
    const page = await h.open('/blank');
    await page.evaluate(async (r) => {
      const el = document.createElement('tremplin-form') as any;
      el.id = 'f';
      document.getElementById('slot')!.append(el);
      el.audience = 'employer';
      el.value = r;
      el.record = 'referral';
      await el.updateComplete;
    }, record);
    const heard = await page.evaluate(() => (window as any).heard as Array<{ type: string; detail: string }>);
    expect(heard.map((e) => e.type)).toContain('tremplin-load');
    for (const event of heard) expect(event.detail, event.type).not.toContain(MARKER);
  });
});
