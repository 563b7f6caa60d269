import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const sample = (name: string) =>
  JSON.parse(readFileSync(new URL(`../packages/schemas/examples/${name}.examples.json`, import.meta.url), 'utf8')).valid[0];

/**
 * What every framework example must do: a referral and an action plan typed (here: set) and
 * submitted, the submitted record read by the host page, and its decision shown in #decision.
 */
export async function submitsReferralAndPlan({ page, errors }: { page: Page; errors: string[] }) {
  await page.waitForFunction(() => customElements.get('tremplin-referral-form') && document.getElementById('referral'), null, { timeout: 60_000 });
  // A refused submit first: the page hears about it.
  await page.evaluate(() => (document.getElementById('referral') as any).submit());
  await expect.poll(() => page.textContent('#decision')).toMatch(/erreur|error/i);

  await page.evaluate((v) => { (document.getElementById('referral') as any).value = v; }, sample('referral'));
  await page.locator('#referral').getByRole('button', { name: 'Étape suivante' }).click();
  await page.locator('#referral').getByRole('button', { name: 'Étape suivante' }).click();
  await page.locator('#referral').getByRole('button', { name: 'Envoyer' }).click();
  await expect.poll(() => page.textContent('#decision')).toMatch(/^referral : .*visite/i);
  expect(JSON.parse((await page.textContent('#record'))!)).toEqual(sample('referral'));

  await page.evaluate((v) => { (document.getElementById('plan') as any).value = v; }, sample('action-plan'));
  await page.locator('#plan').getByRole('button', { name: '+ Ajouter : Actions' }).click();
  await page.locator('#plan').locator('[id="f/actions/2/title"], [id^="f/actions/"][id$="/title"]').last().fill('Étude ergonomique du poste');
  await page.locator('#plan').locator('select[id$="/category"]').last().selectOption({ label: 'Aménagement du poste' });
  await page.locator('#plan').locator('select[id$="/ownerRole"]').last().selectOption({ label: 'Employeur' });
  await page.locator('#plan').locator('select[id$="/status"]').last().selectOption({ label: 'À faire' });
  await page.locator('#plan').getByRole('button', { name: 'Envoyer' }).click();
  await expect.poll(() => page.textContent('#decision')).toMatch(/^action-plan : /);
  const plan = JSON.parse((await page.textContent('#record'))!);
  expect(plan.actions.at(-1)).toEqual({ title: 'Étude ergonomique du poste', category: 'amenagement', ownerRole: 'employeur', status: 'a-faire' });
  expect(errors).toEqual([]);
}
