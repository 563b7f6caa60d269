import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { errorsOf, exampleRecord, field, html, startHarness, type Harness } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    '/referral': ['text/html', html('<tremplin-referral-form id="f"></tremplin-referral-form>')],
    '/chance': ['text/html', html('<tremplin-chance-request id="f" hide-submit></tremplin-chance-request>')],
    '/consent': ['text/html', html('<tremplin-form id="f" record="consent"></tremplin-form>')],
    '/generic': ['text/html', html('<tremplin-form id="f"></tremplin-form>')],
    '/typo': ['text/html', html(`<form id="host"><tremplin-referral-form id="f" name="referral" audience="employeur"></tremplin-referral-form>
      <tremplin-form id="g" record="referral" name="generic" audience=""></tremplin-form></form>`)],
  });
}, 60_000);
afterAll(() => h?.close());

const record = exampleRecord('referral');
const recordEvents = (page: Page) => page.evaluate(() => {
  const w = window as any;
  w.events = [];
  for (const type of ['tremplin-change', 'tremplin-submit', 'tremplin-invalid']) {
    document.addEventListener(type, (e: any) => w.events.push({ type, detail: JSON.parse(JSON.stringify(e.detail)) }));
  }
});
const events = (page: Page, type: string) => page.evaluate((t) => (window as any).events.filter((e: any) => e.type === t).map((e: any) => e.detail), type);
const activeId = (page: Page, host: string) => page.evaluate((h) => document.querySelector(h)!.shadowRoot!.activeElement?.id, host);
const setValue = (page: Page, host: string, value: unknown) =>
  page.evaluate(([h, v]) => { (document.querySelector(h as string) as any).value = v; }, [host, value] as const);

describe('<tremplin-referral-form>', () => {
  it('renders the first step in French, and in English when asked', async () => {
    const page = await h.open('/referral');
    const host = page.locator('tremplin-referral-form');
    await expect.poll(() => host.locator('#step-title').textContent()).toBe('Étape 1 sur 3\u00a0: Salarié et emploi'); // French typography: no break before « : »
    expect(await host.locator('label[for="f/worker/lastName"]').textContent()).toContain('Nom');
    await page.evaluate(() => document.querySelector('tremplin-referral-form')!.setAttribute('locale', 'en'));
    await expect.poll(() => host.locator('label[for="f/worker/lastName"]').textContent()).toContain('Last name');
    expect(await host.locator('#step-title').textContent()).toBe('Step 1 of 3: Worker and job'); // our own words too
    expect(errorsOf(page)).toEqual([]);
  });

  it('draws an English form in English from its first frame (its words load before it draws, never French first)', async () => {
    const page = await h.open('/generic');
    const first = await page.evaluate(async () => {
      const el = document.createElement('tremplin-referral-form') as any;
      el.setAttribute('locale', 'en');
      document.body.append(el);
      // Every text the form ever drew, from its first render on: nodes added, and text bindings' former values.
      const drawn: string[] = [];
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'characterData') drawn.push(r.oldValue ?? '');
          for (const n of r.addedNodes) drawn.push(n.textContent ?? '');
        }
      }).observe(el.shadowRoot, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
      await el.updateComplete;
      const root = el.shadowRoot!;
      return { title: root.querySelector('#step-title')?.textContent, next: root.querySelector('button[part~="next"]')?.textContent?.trim(), french: drawn.filter((t) => /Étape|Suivant|obligatoire/.test(t)) };
    });
    expect(first.title).toBe('Step 1 of 3: Worker and job');
    expect(first.next).toBe('Next step');
    expect(first.french).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
  });

  it('a select shows the value set, the option chosen, the value set again and its labels in the new language', async () => {
    const page = await h.open('/referral');
    const contract = field(page, 'tremplin-referral-form', '/job/contract');
    const shown = () => contract.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent);
    await setValue(page, 'tremplin-referral-form', { job: { contract: 'cdd' } });
    await expect.poll(shown).toBe('CDD');
    await contract.selectOption({ label: 'Intérim' });
    expect(await page.evaluate(() => (document.querySelector('tremplin-referral-form') as any).value.job.contract)).toBe('interim');
    await setValue(page, 'tremplin-referral-form', { job: { contract: 'cdd' } }); // the same value as before: shown again
    await expect.poll(shown).toBe('CDD');
    await page.evaluate(() => document.querySelector('tremplin-referral-form')!.setAttribute('locale', 'en'));
    await expect.poll(shown).toBe('Fixed-term contract (CDD)');
    await setValue(page, 'tremplin-referral-form', {});
    await expect.poll(() => contract.evaluate((s: HTMLSelectElement) => s.value)).toBe('');
    expect(errorsOf(page)).toEqual([]);
  });

  it('emits tremplin-change with the record as typed, numbers as numbers', async () => {
    const page = await h.open('/referral');
    await recordEvents(page);
    await field(page, 'tremplin-referral-form', '/worker/lastName').fill('Martin');
    await field(page, 'tremplin-referral-form', '/employer/headcount').fill('37');
    const last = (await events(page, 'tremplin-change')).at(-1);
    expect(last.value).toEqual({ worker: { lastName: 'Martin' }, employer: { headcount: 37 } });
    expect(last.valid).toBe(false);
    expect(last.path).toBe('/employer/headcount');
  });

  it('shows the stoppage details only while a stoppage is in progress, and keeps them when toggled', async () => {
    const page = await h.open('/referral');
    const f = 'tremplin-referral-form';
    await setValue(page, f, { stoppage: { inProgress: true, startDate: '2026-09-01' } });
    await page.evaluate(() => (document.querySelector('tremplin-referral-form') as any).goTo('/stoppage'));
    await expect.poll(() => field(page, f, '/stoppage/startDate').inputValue()).toBe('2026-09-01');
    await field(page, f, '/stoppage/inProgress-no').check();
    await expect.poll(() => field(page, f, '/stoppage/startDate').count()).toBe(0);
    expect(await page.evaluate(() => (document.querySelector('tremplin-referral-form') as any).value.stoppage)).toEqual({ inProgress: false });
    await field(page, f, '/stoppage/inProgress').check();
    await expect.poll(() => field(page, f, '/stoppage/startDate').inputValue()).toBe('2026-09-01');
  });

  it('refuses an empty submit: summary announced, first invalid field focused, messages tied to fields', async () => {
    const page = await h.open('/referral');
    await recordEvents(page);
    const f = 'tremplin-referral-form';
    const valid = await page.evaluate(() => (document.querySelector('tremplin-referral-form') as any).submit());
    expect(valid).toBe(false);
    const invalid = await events(page, 'tremplin-invalid');
    expect(invalid).toHaveLength(1);
    expect(invalid[0].issues.map((i: any) => i.path)).toEqual(expect.arrayContaining(['/referralDate', '/worker/lastName', '/consent/given']));
    await expect.poll(() => page.locator(f).locator('[role="alert"] h2').textContent()).toMatch(/Le formulaire contient \d+ erreurs/);
    expect(await activeId(page, f)).toBe('f/referralDate');
    const input = field(page, f, '/referralDate');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    const described = await page.evaluate(() => {
      const root = document.querySelector('tremplin-referral-form')!.shadowRoot!;
      const ids = root.getElementById('f/referralDate')!.getAttribute('aria-describedby')!.split(' ');
      return ids.map((id) => root.getElementById(id)?.textContent).join(' ');
    });
    expect(described).toContain('Date du signalement\u00a0: ce champ est obligatoire');
  });

  it('moves step by step only once a step is valid', async () => {
    const page = await h.open('/referral');
    const f = 'tremplin-referral-form';
    await page.locator(f).getByRole('button', { name: 'Étape suivante' }).click();
    await expect.poll(() => page.locator(f).locator('#step-title').textContent()).toContain('Étape 1');
    expect(await activeId(page, f)).toBe('f/referralDate');
    await setValue(page, f, record);
    await page.locator(f).getByRole('button', { name: 'Étape suivante' }).click();
    await expect.poll(() => page.locator(f).locator('#step-title').textContent()).toContain('Étape 2');
    expect(await activeId(page, f)).toBe('step-title');
  });

  it('submits a valid record unchanged', async () => {
    const page = await h.open('/referral');
    await recordEvents(page);
    await setValue(page, 'tremplin-referral-form', record);
    expect(await page.evaluate(() => (document.querySelector('tremplin-referral-form') as any).submit())).toBe(true);
    expect((await events(page, 'tremplin-submit'))[0].value).toEqual(record);
  });

  it('shows only what the employer may read, keeping the rest in the record', async () => {
    const page = await h.open('/referral');
    const f = 'tremplin-referral-form';
    await page.evaluate((r) => { const el = document.querySelector('tremplin-referral-form') as any; el.audience = 'employer'; el.value = r; el.goTo('/stoppage'); }, record);
    await expect.poll(() => page.locator(f).locator('#step-title').textContent()).toContain('Étape 2');
    expect(await field(page, f, '/stoppage/inProgress').count()).toBe(1);
    expect(await field(page, f, '/stoppage/risk').count()).toBe(0);
    expect(await field(page, f, '/healthSituation').count()).toBe(0);
    expect(await page.evaluate(() => (document.querySelector('tremplin-referral-form') as any).value)).toEqual(record);
  });
});

describe('bad input', () => {
  it('shows a value that does not match the schema with its errors, never dropping it', async () => {
    const page = await h.open('/referral');
    const f = 'tremplin-referral-form';
    const bad = { ...record, employer: { name: 'ACME', headcount: 'beaucoup' }, job: { title: 'Cariste', contract: 'freelance' }, worker: 'Jean Martin' };
    await setValue(page, f, bad);
    await expect.poll(() => field(page, f, '/employer/headcount').inputValue()).toBe('beaucoup');
    expect(await field(page, f, '/employer/headcount').getAttribute('aria-invalid')).toBe('true');
    expect(await field(page, f, '/job/contract').locator('option:checked').textContent()).toBe('freelance');
    expect(await page.locator(f).locator('[id="f/worker"] .bad code').textContent()).toBe('"Jean Martin"');
    expect(await page.locator(f).locator('[id="f/worker-error"]').textContent()).toContain('Salarié');
    expect(await page.evaluate(() => (document.querySelector('tremplin-referral-form') as any).value)).toEqual(bad);
    expect(errorsOf(page)).toEqual([]);
  });

  it('never crashes on values that are not JSON records', async () => {
    const page = await h.open('/referral');
    for (const value of [null, 42, 'text', [], { worker: { lastName: { nested: true } } }]) {
      await setValue(page, 'tremplin-referral-form', value);
      await page.evaluate(() => (document.querySelector('tremplin-referral-form') as any).updateComplete);
    }
    expect(errorsOf(page)).toEqual([]);
  });

  it('renders labels and values containing markup as text', async () => {
    const page = await h.open('/generic');
    await page.evaluate(() => {
      const el = document.querySelector('tremplin-form') as any;
      el.schema = { type: 'object', properties: { note: { type: 'string', title: '<img src=x onerror="window.pwned=1">Note' } } };
      el.value = { note: '<script>window.pwned=2</script><b>gras</b>' };
    });
    const f = 'tremplin-form';
    await expect.poll(() => page.locator(f).locator('label').first().textContent()).toContain('<img src=x');
    expect(await field(page, f, '/note').inputValue()).toBe('<script>window.pwned=2</script><b>gras</b>');
    expect(await page.locator(f).locator('img, b, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as any).pwned)).toBeUndefined();
  });

  it('keeps markup in descriptions, choice labels and property names as text (the form is parsed from one HTML string)', async () => {
    const page = await h.open('/generic');
    await page.evaluate(() => {
      const el = document.querySelector('tremplin-form') as any;
      el.schema = { type: 'object', properties: {
        'a"><img src=x onerror="window.pwned=3">': { type: 'string', title: 'Clé', description: '<img src=x onerror="window.pwned=4">aide' },
        kind: { enum: ['a', 'b'], 'x-enumTitles': ['<b>gras</b>', "l'autre & <i>"], title: 'Type' },
        sure: { type: 'boolean', title: '<script>window.pwned=5</script>Sûr' },
      } };
    });
    const f = page.locator('tremplin-form');
    await expect.poll(() => f.locator('select option').allTextContents()).toEqual(['— Choisir —', '<b>gras</b>', "l'autre & <i>"]);
    expect(await f.locator('.hint').first().textContent()).toBe('<img src=x onerror="window.pwned=4">aide');
    expect(await f.locator('legend').first().textContent()).toContain('<script>');
    expect(await f.locator('img, b, i, script').count()).toBe(0);
    expect(await f.locator('input[type="text"]').first().getAttribute('id')).toBe('f/a"><img_src=x_onerror="window.pwned=3">');
    expect(await page.evaluate(() => (window as any).pwned)).toBeUndefined();
  });
});

describe('settings it cannot honour', () => {
  it('an unknown audience shows no field at all (fails closed), an unknown record says so', async () => {
    const page = await h.open('/referral');
    await page.evaluate((r) => { const el = document.querySelector('tremplin-referral-form') as any; el.value = r; el.audience = 'employeur'; }, record);
    const f = page.locator('tremplin-referral-form');
    await expect.poll(() => f.locator('[role="alert"]').textContent()).toContain('unknown audience "employeur"');
    expect(await f.locator('input, select, textarea').count()).toBe(0);
    const generic = await h.open('/generic');
    await generic.evaluate(() => document.querySelector('tremplin-form')!.setAttribute('record', 'referal'));
    await expect.poll(() => generic.locator('tremplin-form [role="alert"]').textContent()).toContain('unknown record "referal"');
    expect(errorsOf(page)).toEqual([]);
    expect(errorsOf(generic)).toEqual([]);
  });
});

describe('an audience it does not know', () => {
  it('is never valid, posts nothing and submits nothing (a typo must not send the medical fields)', async () => {
    const page = await h.open('/typo');
    const marked = { ...record, healthSituation: 'MARKER-medical-lombalgie' };
    const out = await page.evaluate(async (r) => {
      const host = document.getElementById('host') as HTMLFormElement;
      host.addEventListener('submit', (e) => e.preventDefault());
      const fired: unknown[] = [];
      document.addEventListener('tremplin-submit', (e: any) => fired.push(e.detail.value));
      return Promise.all(['f', 'g'].map(async (id) => {
        const el = document.getElementById(id) as any;
        el.value = r;
        await el.updateComplete;
        const submitted = await el.submit();
        return { valid: el.valid, hostValid: host.checkValidity(), posted: new FormData(host).get(el.name), submitted, fired: JSON.stringify(fired) };
      }));
    }, marked);
    for (const form of out) {
      expect(form).toMatchObject({ valid: false, hostValid: false, posted: '{}', submitted: false });
      expect(form.fired).not.toContain('MARKER');
    }
    expect(errorsOf(page)).toEqual([]);
  });
});

describe('<tremplin-form> with a host schema', () => {
  it('renders lists of primitives and objects, and a host validator', async () => {
    const page = await h.open('/generic');
    await page.evaluate(() => {
      const el = document.querySelector('tremplin-form') as any;
      el.schema = { type: 'object', required: ['tags'], properties: { tags: { type: 'array', title: 'Étiquettes', items: { type: 'string', title: 'Étiquette' } } } };
      el.validator = (v: any) => (v?.tags?.length ? { valid: true, issues: [] } : { valid: false, issues: [{ path: '/tags', code: 'required', message: 'Étiquettes : au moins une', params: {} }] });
    });
    const f = 'tremplin-form';
    expect(await page.evaluate(() => (document.querySelector('tremplin-form') as any).submit())).toBe(false);
    await expect.poll(() => page.locator(f).locator('[id="f/tags-error"]').textContent()).toContain('au moins une');
    await page.locator(f).getByRole('button', { name: '+ Ajouter : Étiquettes' }).click();
    expect(await activeId(page, f)).toBe('f/tags/0');
    await page.keyboard.type('urgent');
    expect(await page.evaluate(() => (document.querySelector('tremplin-form') as any).submit())).toBe(true);
    expect(await page.evaluate(() => (document.querySelector('tremplin-form') as any).value)).toEqual({ tags: ['urgent'] });
  });
});

describe('readonly', () => {
  it('shows the record as label / value pairs, options by their label', async () => {
    const page = await h.open('/chance');
    await page.evaluate((r) => { const el = document.querySelector('tremplin-chance-request') as any; el.readonly = true; el.value = r; }, exampleRecord('chance-request'));
    const f = 'tremplin-chance-request';
    await expect.poll(() => page.locator(f).locator('dt').count()).toBeGreaterThan(10);
    expect(await page.locator(f).locator('input, select, textarea').count()).toBe(0);
    expect(await page.locator(f).locator('dl').first().textContent()).toContain('Oui');
  });
});
