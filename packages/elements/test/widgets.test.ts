import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { errorsOf, exampleRecord, field, html, startHarness, type Harness } from './support/harness.js';

// Blockers 3, 5 and 6 of issue 13, then host errors and validation hooks.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    '/generic': ['text/html', html('<tremplin-form id="f"></tremplin-form>')],
    '/generic-en': ['text/html', html('<tremplin-form id="f" locale="en"></tremplin-form>', 'en')],
    '/referral': ['text/html', html('<tremplin-referral-form id="f"></tremplin-referral-form>')],
    '/english-on-french-page': ['text/html', html('<tremplin-referral-form id="f" locale="en"></tremplin-referral-form><tremplin-eligibility for="f" locale="en" as-of="2026-11-24"></tremplin-eligibility><tremplin-indicators id="i" locale="en"></tremplin-indicators>')],
    '/panels-es': ['text/html', html('<tremplin-referral-form id="f"></tremplin-referral-form><tremplin-eligibility id="e" for="f" as-of="2026-11-24"></tremplin-eligibility><tremplin-eligibility id="lonely" locale="en"></tremplin-eligibility>', 'es')],
    '/referral-h3': ['text/html', html('<h1>Dossier</h1><h2>Signalement</h2><tremplin-referral-form id="f" heading-level="3"></tremplin-referral-form><tremplin-eligibility for="f" heading-level="3" as-of="2026-11-24"></tremplin-eligibility>')],
  });
}, 60_000);
afterAll(() => h?.close());

const g = 'tremplin-form';
const r = 'tremplin-referral-form';
const valueOf = (page: Page) => page.evaluate(() => (document.getElementById('f') as any).value);
const setSchema = (page: Page, schema: unknown) => page.evaluate((s) => { (document.getElementById('f') as any).schema = s; }, schema);
const submit = (page: Page) => page.evaluate(() => (document.getElementById('f') as any).submit());

describe('dates and times', () => {
  const schema = { type: 'object', properties: {
    at: { type: 'string', format: 'date-time', title: 'Rendez-vous' },
    time: { type: 'string', format: 'time', title: 'Heure' },
    hhmm: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', title: 'Heure de passage' },
  } };

  it('date-time and time are real widgets, stored as the schema says', async () => {
    const page = await h.open('/generic');
    await setSchema(page, schema);
    expect(await field(page, g, '/at').getAttribute('type')).toBe('datetime-local');
    expect(await field(page, g, '/time').getAttribute('type')).toBe('time');
    expect(await field(page, g, '/hhmm').getAttribute('type')).toBe('time');
    await field(page, g, '/at').fill('2026-03-02T10:00');
    await field(page, g, '/time').fill('09:30');
    await field(page, g, '/hhmm').fill('14:05');
    const value = await valueOf(page);
    const offset = await page.evaluate(() => {
      const m = -new Date(2026, 2, 2, 10).getTimezoneOffset();
      return m === 0 ? 'Z' : `${m < 0 ? '-' : '+'}${String(Math.floor(Math.abs(m) / 60)).padStart(2, '0')}:${String(Math.abs(m) % 60).padStart(2, '0')}`;
    });
    expect(value.at).toBe(`2026-03-02T10:00:00${offset === 'Z' ? '+00:00' : offset}`);
    expect(value.time).toMatch(/^09:30:00(Z|[+-]\d{2}:\d{2})$/);
    expect(value.hhmm).toBe('14:05');
    // A value from elsewhere, with its own offset, is shown at the same instant in local time.
    await page.evaluate(() => { (document.getElementById('f') as any).value = { at: '2026-03-02T10:00:00+01:00' }; });
    const local = await page.evaluate(() => { const d = new Date('2026-03-02T10:00:00+01:00'); const p = (n: number) => String(n).padStart(2, '0'); return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`; });
    await expect.poll(() => field(page, g, '/at').inputValue()).toBe(local);
    expect(errorsOf(page)).toEqual([]);
  });

  it('date hints say what the browser shows, not AAAA-MM-JJ', async () => {
    const fr = await h.open('/referral', { locale: 'fr-FR' });
    const hint = fr.locator(r).locator('[id="f/referralDate-hint"]');
    await expect.poll(() => hint.textContent()).toContain('jj/mm/aaaa');
    expect(await fr.locator(r).locator('.hint').allTextContents()).not.toContain(expect.stringContaining('AAAA-MM-JJ'));
    const en = await h.open('/generic-en', { locale: 'en-US' });
    await setSchema(en, { type: 'object', properties: { d: { type: 'string', format: 'date', title: 'Day' } } });
    await expect.poll(() => en.locator(g).locator('[id="f/d-hint"]').textContent()).toContain('mm/dd/yyyy');
  });
});

describe('outline and announcements', () => {
  it('heading-level puts the step title and the summary at the host\'s level', async () => {
    const page = await h.open('/referral-h3');
    await expect.poll(() => page.locator(r).locator('#step-title').evaluate((e) => e.tagName)).toBe('H3');
    await submit(page);
    await expect.poll(() => page.locator(r).locator('[part~="summary"] h3').count()).toBe(1);
    expect(await page.locator(r).locator('h2').count()).toBe(0);
    const panel = page.locator('tremplin-eligibility');
    await expect.poll(() => panel.locator('#title').evaluate((e) => e.tagName)).toBe('H3');
    expect(await panel.locator('h4').count()).toBeGreaterThan(0);
  });

  it('fields of an optional group are not announced as required until the group is started', async () => {
    const page = await h.open('/referral');
    await page.evaluate(() => (document.getElementById('f') as any).goTo('/rqth/status'));
    await expect.poll(() => field(page, r, '/rqth/status').count()).toBe(1);
    expect(await field(page, r, '/rqth/status').getAttribute('aria-required')).toBeNull();
    expect(await page.locator(r).locator('label[for="f/rqth/status"]').textContent()).not.toContain('*');
    // Required groups' fields still are.
    expect(await field(page, r, '/visit/type').getAttribute('aria-required')).toBe('true');
  });

  it('"⚠" is not read, "*" is explained, a person\'s own details autocomplete', async () => {
    const page = await h.open('/referral');
    await submit(page);
    const error = page.locator(r).locator('[id="f/referralDate-error"]');
    expect(await error.textContent()).toContain('⚠');
    expect(await error.ariaSnapshot()).not.toContain('⚠');
    expect(await page.locator(r).locator('[part~="required-note"]').textContent()).toMatch(/astérisque \(\*\).*obligatoires/);
    await page.evaluate(() => (document.getElementById('f') as any).goTo('/referrer/name'));
    await expect.poll(() => field(page, r, '/referrer/name').getAttribute('autocomplete')).toBe('name');
    expect(await field(page, r, '/referrer/email').getAttribute('autocomplete')).toBe('email');
    expect(await field(page, r, '/referrer/phone').getAttribute('autocomplete')).toBe('tel');
  });
});

describe('computed fields', () => {
  it('the first-contact deadline follows the referral date (15 days, seed 002), shown read-only', async () => {
    const page = await h.open('/referral');
    const deadline = page.locator(r).locator('[id="f/firstContactDeadline"]');
    await expect.poll(() => deadline.textContent()).toMatch(/^Calculé/);
    expect(await deadline.evaluate((e) => e.tagName)).toBe('OUTPUT');
    await field(page, r, '/referralDate').fill('2026-11-02');
    await expect.poll(() => deadline.textContent()).toBe('17 novembre 2026');
    expect((await valueOf(page)).firstContactDeadline).toBe('2026-11-17');
    // A host schema declares its own: x-computed.
    const generic = await h.open('/generic');
    await setSchema(generic, { type: 'object', properties: { start: { type: 'string', format: 'date', title: 'Début' }, review: { type: 'string', format: 'date', readOnly: true, title: 'Revue', 'x-computed': { plusDays: { from: '/start', days: 30 } } } } });
    await field(generic, g, '/start').fill('2026-01-10');
    expect((await valueOf(generic)).review).toBe('2026-02-09');
  });

  it('a computed number (the host’s `computed` hook) shows as a number in the form’s language, not as a bad value', async () => {
    const page = await h.open('/generic');
    await page.evaluate(() => {
      const el = document.getElementById('f') as any;
      el.computed = { '/total': (record: any) => (record.items ?? []).length * 1000.5 };
      el.schema = { type: 'object', properties: { items: { type: 'array', title: 'Éléments', items: { type: 'string', title: 'Élément' } }, total: { type: 'number', readOnly: true, title: 'Total' } } };
    });
    const total = page.locator(g).locator('[id="f/total"]');
    await expect.poll(() => total.textContent()).toBe('0');
    await page.locator(g).getByRole('button', { name: /Ajouter/ }).click();
    await expect.poll(() => total.textContent()).toMatch(/^1\s000,5$/);
    expect(await page.locator(g).locator('.bad').count()).toBe(0);
  });
});

describe('computed numbers that are not plain', () => {
  it('a computed number is shown as the record holds it: no « -0 », no small amount rounded to « 0 », and NaN or Infinity (no JSON number) as a bad value that says what it is', async () => {
    const values: Record<string, number> = { negZero: -0, tiny: -1e-7, small: 0.0004, precise: 1234.5678, huge: 1e21, nan: NaN, inf: Infinity };
    for (const [locale, url] of [['fr', '/generic'], ['en', '/generic-en']] as const) {
      const page = await h.open(url);
      await page.evaluate((names) => {
        const el = document.getElementById('f') as any;
        const v: Record<string, number> = { negZero: -0, tiny: -1e-7, small: 0.0004, precise: 1234.5678, huge: 1e21, nan: NaN, inf: Infinity };
        el.computed = Object.fromEntries(names.map((n: string) => [`/${n}`, () => v[n]]));
        el.schema = { type: 'object', properties: Object.fromEntries(names.map((n: string) => [n, { type: 'number', readOnly: true, title: n }])) };
      }, Object.keys(values));
      const shown = (name: string) => page.locator(g).locator(`[id="f/${name}"]`).textContent();
      await expect.poll(() => shown('precise')).not.toMatch(/Calcul|Computed/);
      // Read back in the form's language, the text is the number itself.
      const readBack = (text: string) => Number(text.replace(/[\s\u202f\u00a0,]/g, (c) => (c === ',' && locale === 'fr' ? '.' : '')).replace(/\u2212/g, '-'));
      for (const name of ['negZero', 'tiny', 'small', 'precise', 'huge']) {
        const text = (await shown(name))!;
        expect(text, name).not.toMatch(/^[-\u2212]0$/);
        expect(Object.is(readBack(text), values[name] === 0 ? 0 : values[name]), `${name}: ${text}`).toBe(true);
      }
      for (const name of ['nan', 'inf']) {
        const text = (await shown(name))!;
        expect(await page.locator(g).locator(`[id="f/${name}"] .bad`).count(), `${name}: ${text}`).toBe(1);
        expect(text, name).toContain(name === 'nan' ? 'NaN' : 'Infinity');
        expect(text, name).not.toContain('null');
      }
      expect(errorsOf(page)).toEqual([]);
      await page.close();
    }
  });
});

describe('attachments', () => {
  it('attaches a file within its type and size limits, says its class, refuses the rest', async () => {
    const page = await h.open('/generic');
    await setSchema(page, { type: 'object', properties: { avis: {
      type: 'object', title: 'Avis médical', 'x-confidentiality': 'medical', 'x-attachment': { accept: ['application/pdf'], maxBytes: 1000 },
      properties: { name: { type: 'string' }, mediaType: { type: 'string' }, size: { type: 'integer' }, data: { type: 'string', contentEncoding: 'base64' } },
    } } });
    const input = field(page, g, '/avis');
    await expect.poll(() => input.getAttribute('type')).toBe('file');
    expect(await page.locator(g).locator('[id="f/avis-hint"]').textContent()).toMatch(/application\/pdf.*1\s?ko au plus.*jamais transmise à l’employeur/);
    await input.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('png') });
    await expect.poll(() => page.locator(g).locator('[id="f/avis-error"]').textContent()).toMatch(/type de fichier/);
    await input.setInputFiles({ name: 'gros.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(2000, 1) });
    await expect.poll(() => page.locator(g).locator('[id="f/avis-error"]').textContent()).toMatch(/dépasse 1\s?ko/);
    expect(await valueOf(page)).toEqual({});
    await input.setInputFiles({ name: 'avis.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await expect.poll(() => valueOf(page)).toEqual({ avis: { name: 'avis.pdf', mediaType: 'application/pdf', size: 8, data: Buffer.from('%PDF-1.4').toString('base64') } });
    expect(await page.locator(g).locator('[id="f/avis-error"]').count()).toBe(0);
    expect(await page.locator(g).locator('[part~="attached"]').textContent()).toContain('avis.pdf');
    await page.locator(g).getByRole('button', { name: 'Retirer le fichier' }).click();
    expect(await valueOf(page)).toEqual({});
    expect(errorsOf(page)).toEqual([]);
  });
});

describe('host languages', () => {
  it('a host adds a language: its words, labels and messages over a shipped one, marked with its lang', async () => {
    const page = await h.open('/generic');
    await page.evaluate(() => {
      (window as any).tremplinTest.registerLocale('es', {
        base: 'en',
        strings: { submit: 'Enviar', required: 'obligatorio' },
        labels: { consent: { '/person/lastName': 'Apellido', '/person': { title: 'Persona' } } },
        messages: { required: () => 'este campo es obligatorio' },
      });
      const el = document.getElementById('f') as any;
      el.record = 'consent';
      el.locale = 'es';
    });
    await expect.poll(() => page.locator(g).locator('label[for="f/person/lastName"]').textContent()).toContain('Apellido');
    expect(await page.locator(g).locator('label[for="f/person/firstName"]').textContent()).toContain('First name');
    expect(await page.locator(g).locator('button[type="submit"]').textContent()).toBe('Enviar');
    expect(await page.locator(g).locator('form').getAttribute('lang')).toBe('es');
    await submit(page);
    await expect.poll(() => page.locator(g).locator('[id="f/person/lastName-error"]').textContent()).toContain('Apellido: este campo es obligatorio');
    await expect(page.evaluate(() => (window as any).tremplinTest.registerLocale('fr', { base: 'fr' }))).rejects.toThrow(/other than fr and en/);
    expect(errorsOf(page)).toEqual([]);
  });

  it('a host language\'s slips never break a form: a word of the wrong kind is not used, a partial table fills from the base, a throwing message keeps ours', async () => {
    const page = await h.open('/referral-h3');
    const out = await page.evaluate(async () => {
      const { registerLocale } = (window as any).tremplinTest;
      registerLocale('pt', {
        base: 'fr',
        strings: { summary: 'O formulário tem erros', submit: 'Enviar', outcome: { incomplete: 'Incompleto' } },
        messages: { required: () => { throw new Error('host bug'); } },
      });
      const el = document.getElementById('f') as any;
      const panel = document.querySelector('tremplin-eligibility') as any;
      el.hints = {}; // every field at once: the submit button shows
      el.locale = 'pt';
      panel.locale = 'pt';
      await el.updateComplete;
      await el.submit(); // refused: the summary says how many errors, with our words (theirs is not a function)
      await el.updateComplete;
      await panel.updateComplete;
      const root = el.shadowRoot as ShadowRoot;
      return {
        submit: root.querySelector('button[type="submit"]')?.textContent,
        summary: root.querySelector('.summary')?.textContent?.replace(/\s+/g, ' ') ?? '',
        error: root.querySelector('.error')?.textContent ?? '',
        verdict: panel.shadowRoot.querySelector('[part="verdict"]')?.textContent ?? '',
      };
    });
    expect(out.submit).toBe('Enviar');
    expect(out.summary).toMatch(/Le formulaire contient \d+ erreurs/);
    expect(out.error).toMatch(/obligatoire/);
    expect(out.verdict.length).toBeGreaterThan(0);
    expect(errorsOf(page)).toEqual([]);
    const refused = await page.evaluate(() => {
      const { registerLocale } = (window as any).tremplinTest;
      const tries = [['pt-BR', { base: 'fr', messages: { required: 'obrigatório' } }], ['pt-PT', { base: 'fr', strings: { submit: 42 } }], ['pt-AO', { base: 'fr', labels: 'x' }], [42, { base: 'fr' }]];
      return tries.map(([code, locale]) => { try { registerLocale(code, locale); return 'accepted'; } catch (e: any) { return `${e.name}/${e.code}`; } });
    });
    expect(refused).toEqual(Array(4).fill('TremplinElementsError/bad-locale'));
  });

  it('a host word that is a function and throws (summary, decisionOf…) keeps ours: the form and the panel still draw', async () => {
    const page = await h.open('/referral-h3');
    const out = await page.evaluate(async () => {
      const { registerLocale } = (window as any).tremplinTest;
      const slip = () => { throw new Error('host bug'); };
      registerLocale('it', { base: 'fr', strings: { summary: slip, step: slip, format: slip, maxLength: slip, decisionOf: slip, allMet: slip, submit: 'Invia' } });
      const el = document.getElementById('f') as any;
      const panel = document.querySelector('tremplin-eligibility') as any;
      el.hints = {};
      el.locale = 'it';
      panel.locale = 'it';
      await el.updateComplete.catch(() => undefined);
      await el.submit().catch(() => undefined);
      await el.updateComplete.catch(() => undefined);
      await panel.updateComplete.catch(() => undefined);
      const root = el.shadowRoot as ShadowRoot;
      return {
        submit: root.querySelector('button[type="submit"]')?.textContent,
        summary: root.querySelector('.summary')?.textContent?.replace(/\s+/g, ' ') ?? '',
        title: panel.shadowRoot.querySelector('#title')?.textContent ?? '',
      };
    });
    expect(out.submit).toBe('Invia');
    expect(out.summary).toMatch(/Le formulaire contient \d+ erreurs/);
    expect(out.title).toMatch(/règles en vigueur/);
    expect(errorsOf(page)).toEqual([]);
  });

  it('a host language\'s words and labels stay text in the form\'s parsed markup, hostile or not', async () => {
    const page = await h.open('/generic');
    const bad = (n: number) => `"'><img src=x onerror="window.pwned=${n}"><script>window.pwned=${n}</script>`;
    const out = await page.evaluate(async ([a, b, c, d, e, f, g2, k]) => {
      (window as any).tremplinTest.registerLocale('xx', {
        base: 'fr',
        strings: { required: a, yes: b, no: b, choose: c, maxLength: () => d, format: () => e },
        labels: { referral: { '/worker/lastName': { title: f, description: g2 }, '/job/contract': { options: { cdi: k } }, '/stoppage/inProgress': f, '/healthSituation': f } },
      });
      const el = document.getElementById('f') as any;
      el.record = 'referral';
      el.locale = 'xx';
      el.hints = {};
      await el.updateComplete;
      const root = el.shadowRoot as ShadowRoot;
      return { pwned: (window as any).pwned, tags: root.querySelectorAll('img, script').length, label: root.querySelector('label[for="f/worker/lastName"]')?.textContent, options: root.querySelector('[id="f/job/contract"]')?.textContent };
    }, [bad(1), bad(2), bad(3), bad(4), bad(5), bad(6), bad(7), bad(8)]);
    expect(out.pwned).toBeUndefined();
    expect(out.tags).toBe(0);
    expect(out.label).toContain('<img src=x');
    expect(out.options).toContain('window.pwned=8');
    expect(errorsOf(page)).toEqual([]);
  });

  it('the eligibility panel takes the host language\'s words over its base language\'s', async () => {
    const page = await h.open('/generic');
    const text = await page.evaluate(async () => {
      (window as any).tremplinTest.registerLocale('es', { base: 'en', strings: { noDecision: 'Aún no hay decisión.' } });
      const panel = document.createElement('tremplin-eligibility') as any;
      panel.locale = 'es';
      document.body.append(panel);
      await panel.updateComplete;
      return panel.shadowRoot.textContent as string;
    });
    expect(text).toContain('Aún no hay decisión.');
    expect(errorsOf(page)).toEqual([]);
  });
});

describe('custom widgets', () => {
  it('renders a field with the host\'s element, which gets label, value, errors and reports changes', async () => {
    const page = await h.open('/generic');
    await page.evaluate(() => {
      // A host's element (light DOM, as a DSFR wrapper might be): its own label, input and error.
      class HostInput extends HTMLElement {
        label = ''; errors: string[] = []; required = false; private input = document.createElement('input');
        connectedCallback() { this.render(); }
        set value(v: unknown) { this.input.value = typeof v === 'string' ? v : ''; }
        get value() { return this.input.value.toUpperCase() || undefined; }
        render() {
          const id = 'host-input';
          this.innerHTML = `<label for="${id}">${this.label}${this.required ? ' *' : ''}</label><p class="err"></p>`;
          this.input.id = id;
          this.input.oninput = () => this.dispatchEvent(new Event('change', { bubbles: true }));
          this.append(this.input);
          this.querySelector('.err')!.textContent = this.errors.join(' ');
        }
      }
      customElements.define('host-input', HostInput);
      (window as any).tremplinTest.registerWidget('/code', 'host-input');
      const el = document.getElementById('f') as any;
      el.validator = (v: any) => (v?.code ? { valid: true, issues: [] } : { valid: false, issues: [{ path: '/code', code: 'required', message: 'Code : obligatoire', params: {} }] });
      el.schema = { type: 'object', required: ['code'], properties: { code: { type: 'string', title: 'Code' } } };
    });
    const custom = page.locator('tremplin-form host-input');
    await expect.poll(() => custom.count()).toBe(1);
    expect(await custom.evaluate((e: any) => [e.label, e.required])).toEqual(['Code', true]);
    expect(await submit(page)).toBe(false);
    expect(await custom.evaluate((e: any) => e.errors)).toEqual(['Code : obligatoire']);
    await custom.locator('input').fill('ab12');
    expect(await valueOf(page)).toEqual({ code: 'AB12' });
    expect(await submit(page)).toBe(true);
    await expect(page.evaluate(() => (window as any).tremplinTest.registerWidget('x', 'notacustomtag'))).rejects.toThrow(/custom element name/);
  });
});

describe('errors from the host and from validation hooks', () => {
  it('setErrors shows a server\'s verdict on the fields, focused; editing the field clears it', async () => {
    const page = await h.open('/referral');
    await page.evaluate((v) => { (document.getElementById('f') as any).value = v; }, exampleRecord('referral'));
    await page.evaluate(() => (document.getElementById('f') as any).setErrors([{ path: '/worker/lastName', message: 'Nom : déjà signalé le 2 novembre' }]));
    await expect.poll(() => page.locator(r).locator('[id="f/worker/lastName-error"]').textContent()).toContain('déjà signalé');
    expect(await page.evaluate(() => document.getElementById('f')!.shadowRoot!.activeElement?.id)).toBe('f/worker/lastName');
    expect(await page.evaluate(() => (document.getElementById('f') as any).valid)).toBe(false);
    await field(page, r, '/worker/lastName').fill('Martine');
    expect(await page.locator(r).locator('[id="f/worker/lastName-error"]').count()).toBe(0);
    expect(await page.evaluate(() => (document.getElementById('f') as any).valid)).toBe(true);
  });

  it('runs async field and record hooks before accepting a submit', async () => {
    const page = await h.open('/generic');
    await page.evaluate(() => {
      const el = document.getElementById('f') as any;
      el.schema = { type: 'object', properties: { siren: { type: 'string', title: 'SIREN' }, from: { type: 'string', format: 'date', title: 'Du' }, to: { type: 'string', format: 'date', title: 'Au' } } };
      el.validator = () => ({ valid: true, issues: [] });
      el.fieldValidators = { '/siren': async (v: unknown) => (v === '000' ? 'SIREN : inconnu du répertoire' : undefined) };
      el.recordValidator = async (v: any) => (v.from && v.to && v.to < v.from ? [{ path: '/to', message: 'Au : avant la date de début' }] : []);
      (window as any).submitted = 0;
      el.addEventListener('tremplin-submit', () => (window as any).submitted++);
    });
    await field(page, g, '/siren').fill('000');
    await field(page, g, '/from').fill('2026-05-10');
    await field(page, g, '/to').fill('2026-05-01');
    expect(await submit(page)).toBe(false);
    await expect.poll(() => page.locator(g).locator('[id="f/siren-error"]').textContent()).toContain('inconnu');
    expect(await page.locator(g).locator('[id="f/to-error"]').textContent()).toContain('avant la date');
    await field(page, g, '/siren').fill('552100554');
    await field(page, g, '/to').fill('2026-05-20');
    expect(await submit(page)).toBe(true);
    expect(await page.evaluate(() => (window as any).submitted)).toBe(1);
    // An accepted submit leaves no stale summary behind.
    expect(await page.locator(g).locator('[part~="summary"]').count()).toBe(0);
  });

  it('warns clearly when a host schema has no validator', async () => {
    const page = await h.open('/generic');
    const warnings: string[] = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await setSchema(page, { type: 'object', required: ['a'], properties: { a: { type: 'string' } } });
    await page.evaluate(() => (document.getElementById('f') as any).updateComplete);
    await expect.poll(() => warnings.join('\n')).toMatch(/no validator.*tremplin-schemas compile/s);
  });
});

describe('the language of what is drawn', () => {
  it('an English form or panel on a French page says so (lang), so that a screen reader reads it in an English voice', async () => {
    const page = await h.open('/english-on-french-page');
    await page.evaluate(() => { (document.getElementById('i') as any).plans = []; });
    const langs = async () => page.evaluate(() => ['tremplin-referral-form', 'tremplin-eligibility', 'tremplin-indicators'].map((tag) => {
      const root = document.querySelector(tag)!.shadowRoot!;
      return root.querySelector('form, section')?.getAttribute('lang') ?? null;
    }));
    await expect.poll(langs).toEqual(['en', 'en', 'en']);
  });
});

describe('the language of what is drawn, in a host language', () => {
  it('a panel in a language the host added says so where its words are the host’s, and the base language only around the rules’ texts; a panel with no decision yet says its language too', async () => {
    const page = await h.open('/panels-es');
    await page.evaluate(() => {
      (window as any).tremplinTest.registerLocale('es', { base: 'en', strings: {
        outcome: { eligible: 'Elegible', 'not-eligible': 'No elegible', incomplete: 'Por completar', secret: 'Secreto médico' },
        status: { met: 'Cumplida', failed: 'No cumplida', missing: 'Por completar', secret: 'Secreto médico' },
        conditions: 'Condiciones', missingFacts: 'Información que falta', references: 'Referencias',
      } });
      for (const id of ['f', 'e']) (document.getElementById(id) as any).locale = 'es';
    });
    // The language a node is read in: its own lang, or the nearest above it, through shadow roots.
    const langOf = (id: string, selector: string) => page.evaluate(([id, selector]) => {
      let n: Node | null = document.getElementById(id)!.shadowRoot!.querySelector(selector);
      if (!n) return 'absent';
      while (n) {
        if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang');
        n = n.parentNode ?? (n as ShadowRoot).host ?? null;
      }
      return null;
    }, [id, selector] as const);
    await expect.poll(() => page.evaluate(() => document.getElementById('e')!.shadowRoot!.querySelector('[part="verdict"]')?.textContent)).toBe('Por completar');
    expect(await langOf('e', '[part="verdict"]')).toBe('es');
    expect(await langOf('e', '.section')).toBe('es');
    expect(await langOf('e', '[part="explanation"]')).toBe('en');
    expect(await langOf('e', '[part="missing"] li')).toBe('en');
    expect(await langOf('f', 'form')).toBe('es');
    // No decision yet: « No decision yet » is English, on a Spanish page.
    expect(await page.evaluate(() => document.getElementById('lonely')!.shadowRoot!.textContent)).toContain('No decision yet');
    expect(await langOf('lonely', '[part="panel"] p')).toBe('en');
    expect(errorsOf(page)).toEqual([]);
  });
});
