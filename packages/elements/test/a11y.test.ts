import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { exampleRecord, html, startHarness, type Harness } from './support/harness.js';

// RGAA 4 follows WCAG 2.1 AA: every component, both languages, in each state a person meets.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const COMPONENTS = [
  { tag: 'tremplin-referral-form', record: 'referral', steps: 3 },
  { tag: 'tremplin-chance-request', record: 'chance-request', steps: 3 },
  { tag: 'tremplin-action-plan', record: 'action-plan', steps: 1 },
  { tag: 'tremplin-form', record: 'consent', steps: 1 },
];

let h: Harness;
beforeAll(async () => {
  const files: Record<string, [string, string]> = {};
  for (const locale of ['fr', 'en']) {
    for (const c of COMPONENTS) {
      files[`/${locale}/${c.tag}`] = ['text/html', `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${c.tag}</title>
        <script src="/axe.js"></script></head><body><main><h1>${c.tag}</h1>
        <${c.tag} id="el" record="${c.record}" locale="${locale}"></${c.tag}>
        <tremplin-eligibility for="el" locale="${locale}" as-of="2026-11-24"></tremplin-eligibility>
        </main><script type="module" src="/elements.js"></script></body></html>`];
    }
  }
  files['/new-states'] = ['text/html', `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>new states</title>
    <script src="/axe.js"></script></head><body><main><h1>Dossier</h1><h2>Formulaires</h2><div id="slot"></div></main>
    <script type="module" src="/elements.js"></script></body></html>`];
  files['/dsfr'] = ['text/html', `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>DSFR</title>
    <link rel="stylesheet" href="/dsfr.css"><script src="/axe.js"></script></head><body><main class="tremplin-dsfr"><h1>Signalement</h1>
    <tremplin-referral-form id="el"></tremplin-referral-form><tremplin-eligibility for="el" as-of="2026-11-24"></tremplin-eligibility></main>
    <script type="module" src="/elements.js"></script></body></html>`];
  files['/dsfr.css'] = ['text/css', readFileSync(fileURLToPath(new URL('../themes/dsfr.css', import.meta.url)), 'utf8')];
  h = await startHarness(files);
}, 60_000);
afterAll(() => h?.close());

async function violations(page: Page) {
  await page.evaluate(() => (document.getElementById('el') as any).updateComplete);
  const result = await page.evaluate((tags) => (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  return (result.violations as Array<{ id: string; nodes: Array<{ target: unknown; failureSummary: string }> }>)
    .map((v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`).join(' | ')}`);
}

describe.each(['fr', 'en'])('axe-core, %s', (locale) => {
  it.each(COMPONENTS)('$tag: empty, refused submit, every step filled, read-only', async ({ tag, record, steps }) => {
    const page = await h.open(`/${locale}/${tag}`);
    const found: string[] = [];
    found.push(...await violations(page));
    await page.evaluate(() => (document.getElementById('el') as any).submit());
    found.push(...await violations(page));
    await page.evaluate((v) => { (document.getElementById('el') as any).value = v; }, exampleRecord(record));
    for (let step = 0; step < steps; step++) {
      found.push(...await violations(page));
      await page.evaluate(() => (document.getElementById('el') as any).shadowRoot.querySelector('[part~="next"]')?.click());
    }
    await page.evaluate(() => { (document.getElementById('el') as any).readonly = true; });
    found.push(...await violations(page));
    expect(found).toEqual([]);
  });
});

describe('axe-core control', () => {
  it('does see into the shadow roots: a label removed there is a violation', async () => {
    const page = await h.open('/fr/tremplin-form');
    expect(await violations(page)).toEqual([]);
    await page.evaluate(() => (document.getElementById('el') as any).shadowRoot.querySelector('label').remove());
    expect((await violations(page)).join('\n')).toMatch(/^label:/m);
  });
});

describe('axe-core, states added by issue 13', () => {
  const check = async (page: Page) => {
    await page.evaluate(() => Promise.all([...document.querySelectorAll('#slot > *')].map((e: any) => e.updateComplete)));
    const result = await page.evaluate((tags) => (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
    return (result.violations as Array<{ id: string }>).map((v) => v.id);
  };
  const mount = (page: Page, markup: string, setup: string) => page.evaluate(([m, js]) => {
    document.getElementById('slot')!.innerHTML = m;
    new Function(js)(); // test-only: this page has no CSP
  }, [markup, setup] as const);

  it('draft offered and restored, list undo, date-time, time and file widgets with errors, heading-level 3', async () => {
    const page = await h.open('/new-states');
    const found: string[] = [];
    await mount(page, '<tremplin-referral-form id="el" heading-level="3"></tremplin-referral-form>', `
      const el = document.getElementById('el');
      const store = window.tremplinTest.memoryDraftStore();
      store.save('k', { value: { worker: { lastName: 'Durand' } }, savedAt: '2026-11-20T10:00:00Z', step: 0 });
      el.value = { referralDate: '2026-11-02' }; el.draftKey = 'k'; el.draftStore = store;`);
    await expect.poll(() => page.locator('tremplin-referral-form [part~="draft"]').count()).toBe(1);
    found.push(...await check(page));
    await page.locator('tremplin-referral-form').getByRole('button', { name: 'Restaurer le brouillon' }).click();
    await page.evaluate(() => (document.getElementById('el') as any).submit());
    found.push(...await check(page));

    await mount(page, '<tremplin-action-plan id="el"></tremplin-action-plan>', `
      const el = document.getElementById('el');
      el.value = { actions: [{ title: 'Étude de poste' }, { title: 'Bilan' }] };`);
    await page.locator('tremplin-action-plan').getByRole('button', { name: 'Supprimer : Actions n° 1' }).click();
    await expect.poll(() => page.locator('tremplin-action-plan p[part~="undo"]').count()).toBe(1);
    found.push(...await check(page));

    await mount(page, '<tremplin-form id="el"></tremplin-form>', `
      const el = document.getElementById('el');
      el.validator = (v) => ({ valid: false, issues: [{ path: '/at', code: 'required', message: 'Rendez-vous : ce champ est obligatoire', params: {} }] });
      el.schema = { type: 'object', required: ['at'], properties: { at: { type: 'string', format: 'date-time', title: 'Rendez-vous' }, t: { type: 'string', format: 'time', title: 'Heure' },
        avis: { type: 'object', title: 'Avis médical', 'x-confidentiality': 'medical', 'x-attachment': { accept: ['application/pdf'], maxBytes: 5000000 } } } };`);
    await page.evaluate(() => (document.getElementById('el') as any).submit());
    found.push(...await check(page));
    expect(found).toEqual([]);
  });
});

describe('DSFR theme', () => {
  it('makes fields look like DSFR ones, with no axe violation empty, refused and filled', async () => {
    const page = await h.open('/dsfr');
    await page.evaluate(() => (document.getElementById('el') as any).updateComplete);
    const looks = await page.evaluate(() => {
      const root = document.getElementById('el')!.shadowRoot!;
      const input = getComputedStyle(root.getElementById('f/worker/lastName')!);
      const submit = getComputedStyle(root.querySelector('[part~="next"]')!);
      return { background: input.backgroundColor, shadow: input.boxShadow, next: submit.backgroundColor, radius: submit.borderRadius };
    });
    expect(looks).toEqual({ background: 'rgb(238, 238, 238)', shadow: 'rgb(58, 58, 58) 0px -2px 0px 0px inset', next: 'rgb(0, 0, 145)', radius: '0px' });
    const found = [...await violations(page)];
    await page.evaluate(() => (document.getElementById('el') as any).submit());
    found.push(...await violations(page));
    await page.evaluate((v) => { (document.getElementById('el') as any).value = v; }, exampleRecord('referral'));
    found.push(...await violations(page));
    expect(found).toEqual([]);
  });
});
