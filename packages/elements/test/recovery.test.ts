import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { errorsOf, exampleRecord, field, html, startHarness, type Harness } from './support/harness.js';

// Blockers 2 and 4 of issue 13: recovering from errors, and editing lists, by keyboard and screen reader.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    '/referral': ['text/html', html('<tremplin-referral-form id="f"></tremplin-referral-form>')],
    '/plan': ['text/html', html('<tremplin-action-plan id="p"></tremplin-action-plan>')],
  });
}, 60_000);
afterAll(() => h?.close());

const r = 'tremplin-referral-form';
const activeId = (page: Page, host: string) => page.evaluate((x) => document.querySelector(x)!.shadowRoot!.activeElement?.id, host);
const submit = (page: Page) => page.evaluate(() => (document.querySelector('tremplin-referral-form') as any).submit());
/** Counts role=alert elements inserted into the shadow root: each insertion is one announcement. */
const watchAlerts = (page: Page) => page.evaluate(() => {
  const w = window as any;
  w.alerts = 0;
  w.summaryMutations = 0;
  new MutationObserver((records) => {
    for (const rec of records) {
      for (const n of rec.addedNodes) if (n instanceof Element && n.matches('[role="alert"]')) w.alerts++;
      const inSummary = (rec.target as Element).closest?.('[part~="summary"]') ?? rec.target.parentElement?.closest('[part~="summary"]');
      if (inSummary) w.summaryMutations++;
    }
  }).observe(document.querySelector('tremplin-referral-form')!.shadowRoot!, { subtree: true, childList: true, characterData: true });
});

describe('error recovery', () => {
  it('reports a missing required group on its fields, counted right, in form order', async () => {
    const page = await h.open('/referral');
    await page.evaluate(() => { (window as any).invalid = []; document.addEventListener('tremplin-invalid', (e: any) => (window as any).invalid.push(e.detail.issues.map((i: any) => i.path))); });
    await submit(page);
    const paths = await page.evaluate(() => (window as any).invalid[0]);
    expect(paths).toEqual([
      '/referralDate', '/worker/lastName', '/worker/firstName', '/employer/name', '/job/title', '/job/contract',
      '/visit/type', '/visit/date', '/referrer/role', '/referrer/name', '/consent/given', '/consent/date', '/consent/scope',
    ]);
    await expect.poll(() => page.locator(r).locator('[part~="summary"] h2').textContent()).toBe('Le formulaire contient 13 erreurs');
    expect(await page.locator(r).locator('[part~="summary"] li').count()).toBe(13);
    expect(await field(page, r, '/worker/lastName').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(r).locator('[id="f/worker-error"]').count()).toBe(0);
    expect(errorsOf(page)).toEqual([]);
  });

  it('moves focus and announces again on each refused submit', async () => {
    const page = await h.open('/referral');
    await watchAlerts(page);
    await submit(page);
    await expect.poll(() => activeId(page, r)).toBe('f/referralDate');
    await field(page, r, '/worker/lastName').focus();
    const before = await page.evaluate(() => (window as any).alerts);
    await submit(page);
    await expect.poll(() => activeId(page, r)).toBe('f/referralDate');
    expect(await page.evaluate(() => (window as any).alerts)).toBe(before + 1);
  });

  it('summary links reach fields of the visible step and of other steps', async () => {
    const page = await h.open('/referral');
    await submit(page);
    await page.locator(r).locator('[part~="summary"]').getByRole('button', { name: /^Prénom/ }).click();
    await expect.poll(() => activeId(page, r)).toBe('f/worker/firstName');
    await page.locator(r).locator('[part~="summary"]').getByRole('button', { name: /^Type de visite|^Visite/ }).first().click();
    await expect.poll(() => page.locator(r).locator('#step-title').textContent()).toContain('Étape 2');
    await expect.poll(() => activeId(page, r)).toBe('f/visit/type');
  });

  it('the summary does not rewrite itself while the person types', async () => {
    const page = await h.open('/referral');
    await submit(page);
    await watchAlerts(page);
    await field(page, r, '/worker/lastName').fill('Martin');
    await field(page, r, '/referralDate').fill('2026-11-02');
    await page.evaluate(() => (document.querySelector('tremplin-referral-form') as any).updateComplete);
    expect(await page.evaluate(() => (window as any).summaryMutations)).toBe(0);
    expect(await page.locator(r).locator('[part~="summary"] h2').textContent()).toBe('Le formulaire contient 13 erreurs');
  });
});

describe('lists by keyboard', () => {
  const p = 'tremplin-action-plan';
  const titles = (page: Page) => page.evaluate(() => ((document.getElementById('p') as any).value.actions ?? []).map((a: any) => a.title));
  const status = (page: Page) => page.locator(p).locator('[part~="announcer"]').textContent();

  async function twoActions(page: Page) {
    const add = page.locator(p).getByRole('button', { name: '+ Ajouter : Actions' });
    await add.click();
    await field(page, p, '/actions/0/title').fill('Étude de poste');
    await add.click();
    await field(page, p, '/actions/1/title').fill('Bilan de compétences');
  }

  it('a moved item keeps focus and the move is announced', async () => {
    const page = await h.open('/plan');
    await twoActions(page);
    await page.locator(p).getByRole('button', { name: 'Monter : Actions n° 2' }).focus();
    await page.keyboard.press('Enter');
    expect(await titles(page)).toEqual(['Bilan de compétences', 'Étude de poste']);
    // The item is now first: its "move up" is disabled, so focus is on its "move down".
    await expect.poll(() => activeId(page, p)).toBe('f/actions/0-down');
    await expect.poll(() => status(page)).toMatch(/position 1 sur 2/);
    await page.keyboard.press('Enter');
    expect(await titles(page)).toEqual(['Étude de poste', 'Bilan de compétences']);
    await expect.poll(() => activeId(page, p)).toBe('f/actions/1-up');
  });

  it('a removal is announced and can be undone', async () => {
    const page = await h.open('/plan');
    await twoActions(page);
    await page.locator(p).getByRole('button', { name: 'Supprimer : Actions n° 1' }).click();
    expect(await titles(page)).toEqual(['Bilan de compétences']);
    await expect.poll(() => status(page)).toMatch(/supprimé/);
    await expect.poll(() => activeId(page, p)).toBe('f/actions-undo');
    await page.keyboard.press('Enter');
    expect(await titles(page)).toEqual(['Étude de poste', 'Bilan de compétences']);
    await expect.poll(() => activeId(page, p)).toBe('f/actions/0/title');
    expect(errorsOf(page)).toEqual([]);
  });
});

describe('small screens', () => {
  it('the action plan fits 320 px: nothing wider than the screen', async () => {
    const page = await h.open('/plan');
    await page.setViewportSize({ width: 320, height: 700 });
    await page.evaluate((v) => { (document.getElementById('p') as any).value = v; }, exampleRecord('action-plan'));
    await page.evaluate(() => (document.getElementById('p') as any).updateComplete);
    const wide = await page.evaluate(() => [...document.getElementById('p')!.shadowRoot!.querySelectorAll<HTMLElement>('*')]
      .filter((e) => e.getBoundingClientRect().right > 321).map((e) => `${e.tagName}#${e.id}[${e.getAttribute('part') ?? ''}]`).slice(0, 10));
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
