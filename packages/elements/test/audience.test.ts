import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, exampleRecord, field, html, startHarness, type Harness } from './support/harness.js';

// The audience of a form limits what leaves it, through @tremplin/schemas' one projection (projectFor):
// with audience="employer" the medical fields are neither on screen nor in FormData nor in tremplin-submit.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    '/employer': ['text/html', html(`<form id="host"><tremplin-referral-form id="f" name="referral" audience="employer" as-of="2026-11-26"></tremplin-referral-form></form>`)],
    '/plan': ['text/html', html(`<form id="host"><tremplin-action-plan id="f" name="plan" audience="employer" as-of="2026-11-26"></tremplin-action-plan></form>`)],
    '/panel': ['text/html', html(`<tremplin-referral-form id="f" audience="employer" as-of="2026-11-26"></tremplin-referral-form>
      <tremplin-eligibility id="followed" for="f" as-of="2026-11-26"></tremplin-eligibility>
      <tremplin-eligibility id="own" record="referral" audience="occupational-health" as-of="2026-11-26"></tremplin-eligibility>
      <tremplin-eligibility id="unknown" record="referral" audience="boss" as-of="2026-11-26"></tremplin-eligibility>`)],
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

  it('tremplin-change and tremplin-load carry what the audience may read; form.value stays the whole record', async () => {
    const page = await h.open('/employer');
    await page.evaluate((r) => {
      const w = window as any;
      w.heard = [];
      for (const type of ['tremplin-change', 'tremplin-load']) document.addEventListener(type, (e: any) => w.heard.push({ type, value: JSON.parse(JSON.stringify(e.detail.value)) }));
      (document.getElementById('f') as any).value = r;
    }, record);
    await page.evaluate(() => (document.getElementById('f') as any).updateComplete);
    await field(page, 'tremplin-referral-form', '/worker/lastName').fill('Marqueur');
    const heard = await page.evaluate(() => (window as any).heard as Array<{ type: string; value: any }>);
    expect(heard.map((e) => e.type)).toContain('tremplin-load');
    expect(heard.map((e) => e.type)).toContain('tremplin-change');
    for (const event of heard) {
      expect(event.value.healthSituation, event.type).toBeUndefined();
      expect(event.value.comments, event.type).toBeUndefined();
      expect(JSON.stringify(event.value)).not.toContain(String(record.healthSituation).slice(0, 20));
    }
    expect(heard.at(-1)!.value.worker.lastName).toBe('Marqueur');
    const whole = await page.evaluate(() => (document.getElementById('f') as any).value);
    expect(whole.healthSituation).toEqual(record.healthSituation);
    expect(whole.worker.lastName).toBe('Marqueur');
    expect(errorsOf(page)).toEqual([]);
  });

  it('the eligibility panel next to an employer form shows conditions on medical facts as covered, never met or not met', async () => {
    const page = await h.open('/panel');
    await page.evaluate((r) => {
      (document.getElementById('f') as any).value = r;
      (document.getElementById('own') as any).value = r;
      (document.getElementById('unknown') as any).value = r;
    }, record);
    const read = (id: string) => page.evaluate(async (id) => {
      const el = document.getElementById(id) as any;
      await el.updateComplete;
      return { text: el.shadowRoot.textContent as string, statuses: (el.decision?.conditions ?? []).map((c: any) => c.status) };
    }, id);
    await page.waitForFunction(() => ((document.getElementById('followed') as any).decision?.conditions ?? []).length > 0);
    const employer = await read('followed');
    const occupational = await read('own');
    // The visits all read the stoppage's cause or length (medical): covered for the employer, decided for occupational health.
    expect(employer.statuses.length).toBeGreaterThan(0);
    expect(new Set(employer.statuses)).toEqual(new Set(['secret']));
    expect(employer.text).toContain('Secret médical');
    expect(employer.text).not.toMatch(/Remplie|Non remplie/);
    expect(occupational.statuses).not.toContain('secret');
    expect((await read('unknown')).statuses).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
  });

  it('items of a visible list that the audience may not read (free text not released) are not drawn', async () => {
    const page = await h.open('/plan');
    const plan = exampleRecord('action-plan') as { meetings: Array<{ participants?: string[] }> };
    plan.meetings[0]!.participants = ['MARKER-free-text-participant', 'MARKER-second'];
    const out = await page.evaluate(async (r) => {
      const el = document.getElementById('f') as any;
      el.value = r;
      await el.updateComplete;
      const root = el.shadowRoot as ShadowRoot;
      const values = [...root.querySelectorAll<HTMLInputElement>('input, textarea')].map((i) => i.value).join('|');
      return {
        meeting: !!root.getElementById('f/meetings/0/date'),
        participants: !!root.getElementById('f/meetings/0/participants'),
        shown: `${root.innerHTML}|${values}`,
        posted: new FormData(document.getElementById('host') as HTMLFormElement).get('plan') as string,
      };
    }, plan);
    expect(out.meeting).toBe(true);
    expect(out.participants).toBe(true); // the list is there (an employer may add participants)…
    expect(out.shown).not.toContain('MARKER'); // …but not the names it may not read
    expect(out.posted).not.toContain('MARKER');
    expect(errorsOf(page)).toEqual([]);
  });

  it('consents given by another person fail closed: nothing drawn, posted or submitted, no crash', async () => {
    const page = await h.open('/employer');
    const consent = { ...exampleRecord('consent'), person: { lastName: 'Durand', firstName: 'Paul' } };
    const out = await page.evaluate(async ([r, c]) => {
      const host = document.getElementById('host') as HTMLFormElement;
      host.addEventListener('submit', (e) => e.preventDefault());
      const fired: unknown[] = [];
      document.addEventListener('tremplin-submit', (e: any) => fired.push(e.detail.value));
      const el = document.getElementById('f') as any;
      el.value = r;
      await el.updateComplete;
      const validBefore = el.valid;
      el.consents = [c];
      const validAtOnce = el.valid;
      await el.updateComplete;
      return {
        validBefore, validAtOnce, valid: el.valid, hostValid: host.checkValidity(), submitted: await el.submit(),
        posted: new FormData(host).get('referral'), fired: fired.length,
        alert: !!el.shadowRoot.querySelector('[role="alert"]'), controls: el.shadowRoot.querySelectorAll('input, select, textarea').length,
      };
    }, [{ ...record, healthSituation: 'MARKER-medical' }, consent] as const);
    expect(out).toEqual({ validBefore: true, validAtOnce: false, valid: false, hostValid: false, submitted: false, posted: '{}', fired: 0, alert: true, controls: 0 });
    expect(errorsOf(page)).toEqual([]);
  });

  it('errors in fields the audience may not read are said without their label, path or shape', async () => {
    const page = await h.open('/employer');
    const invalid = { ...record, healthSituation: 42, restrictions: ['x'.repeat(300)], stoppage: { ...(record.stoppage as object), risk: 'autre' } };
    const out = await page.evaluate(async (r) => {
      const host = document.getElementById('host') as HTMLFormElement;
      const said: unknown[] = [];
      document.addEventListener('tremplin-invalid', (e: any) => said.push(e.detail.issues));
      const el = document.getElementById('f') as any;
      el.value = r;
      await el.updateComplete;
      const submitted = await el.submit();
      await el.updateComplete;
      return { submitted, valid: el.valid, hostValid: host.checkValidity(), message: el.validationMessage, issues: JSON.stringify(el.issues), said: JSON.stringify(said), text: el.shadowRoot.textContent as string };
    }, invalid);
    expect(out).toMatchObject({ submitted: false, valid: false, hostValid: false });
    for (const exit of [out.message, out.issues, out.said, out.text]) {
      expect(exit).not.toMatch(/Situation de santé|Restriction|Risque|200 caractères|healthSituation|restrictions|risk/);
    }
    expect(out.text).toContain('que vous ne pouvez pas lire');
    expect(errorsOf(page)).toEqual([]);
  });
});
