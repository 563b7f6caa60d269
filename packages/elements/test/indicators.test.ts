import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, exampleRecord, startHarness, type Harness } from './support/harness.js';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'";
let h: Harness;
beforeAll(async () => {
  const page = (lang: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Indicateurs</title><script src="/axe.js"></script></head>
    <body><main><tremplin-indicators id="i" locale="${lang}"></tremplin-indicators></main><script type="module" src="/elements.js"></script></body></html>`;
  h = await startHarness({ '/fr': ['text/html', page('fr')], '/en': ['text/html', page('en')] }, () => ({ 'content-security-policy': CSP }));
}, 60_000);
afterAll(() => h?.close());

const plan = exampleRecord('action-plan');
const plans = [
  { ...plan, status: 'en-cours' },
  { ...plan, status: 'sortie-positive', startDate: '2026-01-05', exit: { date: '2026-03-05', outcome: 'amenagement-poste' } },
  { ...plan, status: 'sortie-negative', startDate: '2026-01-05', exit: { date: '2026-01-14', outcome: 'inaptitude' } },
  { not: 'a plan' },
];

describe('<tremplin-indicators>', () => {
  it.each(['fr', 'en'])('shows the figures as tables with bars, under a strict CSP, with no axe violation (%s)', async (lang) => {
    const page = await h.open(`/${lang}`);
    await page.evaluate((p) => { (document.getElementById('i') as any).plans = p; }, plans);
    const el = page.locator('tremplin-indicators');
    await expect.poll(() => el.locator('h2').textContent()).toContain(lang === 'fr' ? '3\u00a0entrées' : '3 entries');
    const row = el.locator('tr', { hasText: lang === 'fr' ? 'Sortie positive' : 'Positive exit' }).first();
    expect(await row.locator('td.n').allTextContents()).toEqual(['1', lang === 'fr' ? '33,3 %' : '33.3 %']);
    // Plural agreement: one exit is « 1 sortie positive », not « 1 sorties positives ».
    expect(await el.locator('p').first().textContent()).toContain(lang === 'fr' ? '1\u00a0sortie positive sur 2' : '1 positive exit out of 2');
    expect(parseFloat(await row.locator('[part="bar"]').evaluate((b) => b.style.width))).toBeCloseTo(100 / 3, 2);
    expect(await el.locator('[role="note"]').textContent()).toMatch(/1/);
    // (60 + 10) / 2 days, both ends counted
    expect(await el.locator('p').nth(1).textContent()).toMatch(/35/);
    const axe = await page.evaluate(() => (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    expect(axe.violations.map((v: { id: string }) => v.id)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
  });
});

describe('small screens', () => {
  it('indicators tables stay readable at 390 px: no header or cell spills over its neighbour', async () => {
    const page = await h.open('/fr');
    await page.setViewportSize({ width: 390, height: 800 });
    await page.evaluate((p) => { (document.getElementById('i') as any).plans = p; }, plans);
    await page.evaluate(() => (document.getElementById('i') as any).updateComplete);
    const spills = await page.evaluate(() => [...document.getElementById('i')!.shadowRoot!.querySelectorAll('th, td')]
      .filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));
    expect(spills).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
