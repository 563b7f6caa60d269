import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, field, startHarness, type Harness } from './support/harness.js';

// A host's own schema, compiled at build time by `tremplin-schemas compile` (ajv standalone, as our
// records), validates in the form under a strict CSP; oneOf labels, const and default are honoured.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; base-uri 'none'";
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const cache = here('../node_modules/.cache/host-schema/');
const SCHEMA = {
  type: 'object', additionalProperties: false, required: ['name', 'kind', 'agreed'],
  properties: {
    name: { type: 'string', minLength: 1, title: 'Nom du service' },
    kind: { title: 'Type de visite', oneOf: [{ const: 'embauche', title: 'Visite d’embauche' }, { const: 'reprise', title: 'Visite de reprise' }] },
    agreed: { const: true, title: 'J’ai lu la notice' },
    headcount: { type: 'integer', minimum: 1, default: 10, title: 'Effectif' },
  },
};

let h: Harness;
beforeAll(async () => {
  mkdirSync(cache, { recursive: true });
  writeFileSync(`${cache}schema.json`, JSON.stringify(SCHEMA));
  execFileSync(process.execPath, [here('../../schemas/src/cli/tremplin-schemas.mjs'), 'compile', `${cache}schema.json`, '-o', `${cache}validator.js`]);
  writeFileSync(`${cache}page.ts`, `import validate from './validator.js';
    import schema from './schema.json';
    const el = document.getElementById('f') as any;
    el.schema = schema;
    el.validator = validate;`);
  const out = await build({ entryPoints: [`${cache}page.ts`], bundle: true, format: 'esm', write: false, minify: true, logLevel: 'error' });
  h = await startHarness({
    '/': ['text/html', `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Host schema</title></head><body>
      <tremplin-form id="f"></tremplin-form><script type="module" src="/elements.js"></script><script type="module" src="/page.js"></script></body></html>`],
    '/page.js': ['text/javascript', out.outputFiles[0]!.text],
  }, () => ({ 'content-security-policy': CSP }));
}, 60_000);
afterAll(() => h?.close());

describe('a host schema with a compiled validator', () => {
  it('refuses an empty submit with labelled messages, accepts once filled; labelled choices, const and default', async () => {
    const page = await h.open('/');
    const f = 'tremplin-form';
    await expect.poll(() => field(page, f, '/kind').count()).toBe(1);
    expect(await field(page, f, '/kind').locator('option').allTextContents()).toEqual(['— Choisir —', 'Visite d’embauche', 'Visite de reprise']);
    expect(await field(page, f, '/headcount').inputValue()).toBe('10');
    expect(await page.evaluate(() => (document.getElementById('f') as any).submit())).toBe(false);
    expect(await page.locator(f).locator('[part~="summary"] li').allTextContents()).toEqual([
      'Nom du service\u00a0: ce champ est obligatoire', 'Type de visite\u00a0: ce champ est obligatoire', 'J’ai lu la notice\u00a0: ce champ est obligatoire',
    ]);
    await field(page, f, '/name').fill('SPSTI Nord');
    await field(page, f, '/kind').selectOption({ label: 'Visite de reprise' });
    await field(page, f, '/agreed-no').check();
    expect(await page.evaluate(() => (document.getElementById('f') as any).submit())).toBe(false);
    await field(page, f, '/agreed').check();
    expect(await page.evaluate(() => (document.getElementById('f') as any).submit())).toBe(true);
    expect(await page.evaluate(() => (document.getElementById('f') as any).value)).toEqual({ name: 'SPSTI Nord', kind: 'reprise', agreed: true, headcount: 10 });
    expect(errorsOf(page)).toEqual([]);
  });
});
