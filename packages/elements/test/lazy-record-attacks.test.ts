import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleRecord, startHarness, type Harness, splitBundle } from './support/harness.js';

// `<tremplin-form record>` while its record loads, attacked: whatever the host does meanwhile (value,
// draft, consents, record switched, element removed) or however the load ends, nothing medical is
// shown or leaves an employer form, `updateComplete` settles and a failure is said on the form.
let h: Harness;
const MEDICAL = 'MARKER-medical-lombalgie';
const page = (body: string) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>lazy</title></head><body>${body}<script type="module" src="/lazy/lazy-entry.js"></script></body></html>`;
const referralChunk = /\/lazy\/referral-[^/]*\.js$/;


beforeAll(async () => {
  h = await startHarness({
    ...(await splitBundle('../fixtures/lazy-entry.ts', '/lazy')),
    '/employer': ['text/html', page(`<form id="host"><tremplin-form id="f" record="referral" name="referral" audience="employer" as-of="2026-11-26"></tremplin-form></form>`)],
    '/two': ['text/html', page(`<form id="host"><tremplin-form id="f" record="referral" name="a" audience="employer" as-of="2026-11-26"></tremplin-form>
      <tremplin-form id="g" record="referral" name="b" audience="employer" as-of="2026-11-26"></tremplin-form></form>`)],
    '/switch': ['text/html', page(`<tremplin-form id="c" record="consent"></tremplin-form><tremplin-form id="f" record="referral" audience="employer" as-of="2026-11-26"></tremplin-form>`)],
    '/weird': ['text/html', page(`<form id="host"><tremplin-form id="p" record="__proto__" name="p" audience="employer"></tremplin-form>
      <tremplin-form id="k" record="constructor" name="k" audience="employer"></tremplin-form></form>`)],
  });
}, 60_000);
afterAll(() => h?.close());

/** A tab on `path` whose referral chunk is held (or failed) until the test says so. */
async function openHeld(path: string, init?: string): Promise<{ p: Page; held: () => Route }> {
  const p = await h.browser.newPage();
  if (init) await p.addInitScript(init);
  let held: Route | undefined;
  await p.route(referralChunk, (route) => { held = route; });
  await p.goto(`${h.server.origin}${path}`);
  await p.waitForFunction(() => customElements.get('tremplin-form') !== undefined);
  await expect.poll(() => held !== undefined).toBe(true);
  return { p, held: () => held! };
}

/** Everything that left or could be read from form #f: FormData, events, valueFor, the rendered text. */
const exits = (p: Page, id = 'f') => p.evaluate(({ id }) => {
  const el = document.getElementById(id) as any;
  const host = document.getElementById('host') as HTMLFormElement | null;
  let valueFor: unknown;
  try { valueFor = el.valueFor('employer'); } catch (e) { valueFor = [(e as any).name, (e as any).code]; }
  return {
    posted: host ? new FormData(host).get(el.name) : null,
    valueFor: JSON.stringify(valueFor),
    text: el.shadowRoot.innerHTML as string,
    fired: JSON.stringify((window as any).fired ?? []),
    valid: el.valid as boolean,
  };
}, { id });

// Records every submit the forms fire, with what they carry; the page's own form never navigates.
const listen = `addEventListener('tremplin-submit', (e) => ((window.fired ??= []).push(e.detail.value)), true);
addEventListener('submit', (e) => e.preventDefault(), true);`;

describe('an employer form whose record is loading', () => {
  it('shows, posts, fires and answers nothing medical before or after its record loads, with a value and a draft set meanwhile', async () => {
    const referral: Record<string, unknown> = { ...exampleRecord('referral'), healthSituation: MEDICAL };
    const draftStore = `window.draftStore = { load: async () => ({ value: ${JSON.stringify(referral)}, savedAt: '2026-11-26T10:00:00Z' }), save: async () => {}, remove: async () => {} };`;
    const { p, held } = await openHeld('/employer', listen + draftStore);
    const during = await p.evaluate(async () => {
      const el = document.getElementById('f') as any;
      el.draftStore = (window as any).draftStore;
      el.draftKey = 'k';
      await new Promise((resolve) => setTimeout(resolve, 50));
      // A submit while loading is refused (it waits for the record to show its errors).
      (window as any).early = el.submit();
      return { controls: el.shadowRoot.querySelectorAll('input, select, textarea').length };
    });
    expect(during).toEqual({ controls: 0 });
    const before = await exits(p);
    expect(before.posted).toBe('{}');
    expect(before.valueFor).toBe(JSON.stringify(['TremplinProjectionError', 'record-not-loaded']));
    expect(before.text).not.toContain(MEDICAL);
    await held().continue();
    const after = await p.evaluate(async () => {
      const el = document.getElementById('f') as any;
      await el.updateComplete;
      const early = await (window as any).early;
      await el.submit();
      return { early, health: !!el.shadowRoot.getElementById('f/healthSituation'), restored: el.value.healthSituation };
    });
    expect(after.early).toBe(false);
    expect(after.health).toBe(false);
    expect(after.restored).toBe(MEDICAL); // the draft is restored whole: only what leaves is projected
    const out = await exits(p);
    for (const leak of [out.posted, out.valueFor, out.text, out.fired]) expect(leak).not.toContain(MEDICAL);
    expect(JSON.parse(out.posted as string).worker).toEqual(referral.worker);
    expect(JSON.parse(out.fired)).toHaveLength(1);
    await p.close();
  });

  it('fails closed with consents that are not consent records, set while loading', async () => {
    const { p, held } = await openHeld('/employer');
    await p.evaluate((r) => {
      const el = document.getElementById('f') as any;
      el.value = r;
      el.consents = [{ scope: { shareRestrictionsWithEmployer: true } }];
    }, { ...exampleRecord('referral'), healthSituation: MEDICAL });
    await held().continue();
    await p.evaluate(() => (document.getElementById('f') as any).updateComplete);
    const out = await exits(p);
    expect(out.posted).toBe('{}');
    expect(out.text).toContain('role="alert"');
    expect(out.text).not.toContain(MEDICAL);
    await p.close();
  });

  it('two forms of one record load it once each and both project', async () => {
    const { p, held } = await openHeld('/two');
    await p.evaluate((r) => { for (const id of ['f', 'g']) (document.getElementById(id) as any).value = r; }, { ...exampleRecord('referral'), healthSituation: MEDICAL });
    await held().continue();
    await p.evaluate(() => Promise.all(['f', 'g'].map((id) => (document.getElementById(id) as any).updateComplete)));
    for (const id of ['f', 'g']) {
      const out = await exits(p, id);
      expect(out.valid).toBe(true);
      expect(out.posted).not.toBe('{}');
      for (const leak of [out.posted, out.valueFor, out.text]) expect(leak).not.toContain(MEDICAL);
    }
    await p.close();
  });
});

describe('a record load that goes wrong', () => {
  it('a failed load is said on the form, posts nothing and lets updateComplete settle', async () => {
    const { p, held } = await openHeld('/employer');
    await p.evaluate((r) => { (document.getElementById('f') as any).value = r; }, { ...exampleRecord('referral'), healthSituation: MEDICAL });
    await held().abort();
    const settled = await p.evaluate(() => Promise.race([
      (document.getElementById('f') as any).updateComplete.then(() => 'settled'),
      new Promise((resolve) => setTimeout(() => resolve('hung'), 5000)),
    ]));
    expect(settled).toBe('settled');
    const out = await exits(p);
    expect(out.text).toContain('role="alert"');
    expect(out.posted).toBe('{}');
    expect(out.valid).toBe(false);
    expect(out.text).not.toContain(MEDICAL);
    await p.close();
  });

  it('a form removed while its record loads settles once the record is here', async () => {
    const { p, held } = await openHeld('/employer');
    const waiting = p.evaluate(() => {
      const el = document.getElementById('f') as any;
      el.remove();
      return el.updateComplete.then(() => 'settled');
    });
    await held().continue();
    expect(await waiting).toBe('settled');
    await p.close();
  });

  it('a record switched while the first one loads shows the second, not the first one\'s failure', async () => {
    const { p, held } = await openHeld('/switch');
    await p.evaluate(async () => {
      await (document.getElementById('c') as any).updateComplete; // consent is loaded
      (document.getElementById('f') as any).record = 'consent';
    });
    await held().abort(); // the referral the form no longer shows fails to load
    const out = await p.evaluate(async () => {
      const el = document.getElementById('f') as any;
      const settled = await Promise.race([el.updateComplete.then(() => 'settled'), new Promise((resolve) => setTimeout(() => resolve('hung'), 5000))]);
      return { settled, alert: el.shadowRoot.querySelector('[role="alert"]')?.textContent ?? null, controls: el.shadowRoot.querySelectorAll('input, select, textarea').length };
    });
    expect(out).toMatchObject({ settled: 'settled', alert: null });
    expect(out.controls).toBeGreaterThan(0);
    await p.close();
  });

  it('a record switched to one already loaded settles without waiting for the first one', async () => {
    const { p, held } = await openHeld('/switch');
    const out = await p.evaluate(async () => {
      await (document.getElementById('c') as any).updateComplete;
      const el = document.getElementById('f') as any;
      el.record = 'consent';
      return Promise.race([el.updateComplete.then(() => 'settled'), new Promise((resolve) => setTimeout(() => resolve('hung'), 3000))]);
    });
    expect(out).toBe('settled');
    await held().continue();
    await p.close();
  });

  it('record names from Object.prototype are unknown records: said, never valid, nothing posted', async () => {
    const p = await h.open('/weird');
    const out = await p.evaluate(async () => Promise.all(['p', 'k'].map(async (id) => {
      const el = document.getElementById(id) as any;
      el.value = { healthSituation: 'MARKER-medical-lombalgie' };
      await el.updateComplete;
      return { alert: !!el.shadowRoot.querySelector('[role="alert"]'), valid: el.valid, posted: new FormData(document.getElementById('host') as HTMLFormElement).get(id) };
    })));
    expect(out).toEqual([{ alert: true, valid: false, posted: '{}' }, { alert: true, valid: false, posted: '{}' }]);
    await p.close();
  });
});
