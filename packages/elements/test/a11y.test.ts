import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
