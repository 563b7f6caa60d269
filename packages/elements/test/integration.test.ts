import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, exampleRecord, field, html, startHarness, type Harness } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    '/form': ['text/html', html(`<form id="host"><tremplin-form record="consent" name="consent" id="c"></tremplin-form>
      <button id="send">Envoyer</button><button type="reset" id="reset">Effacer</button></form>`)],
    '/draft': ['text/html', html('<tremplin-chance-request id="r" draft-key="chance-17"></tremplin-chance-request>')],
    '/plan': ['text/html', html('<tremplin-action-plan id="p"></tremplin-action-plan>')],
    '/eligibility': ['text/html', html(`<tremplin-chance-request id="req"></tremplin-chance-request>
      <tremplin-eligibility for="req" as-of="2026-11-24"></tremplin-eligibility>`)],
    '/themed': ['text/html', `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Theme</title>
      <link rel="stylesheet" href="/theme.css"></head><body><tremplin-form record="consent"></tremplin-form>
      <script type="module" src="/elements.js"></script></body></html>`],
    '/theme.css': ['text/css', `tremplin-form { --tremplin-accent: rgb(0, 128, 0); }
      tremplin-form::part(label) { text-transform: uppercase; }
      input, label, button { color: rgb(255, 0, 0) !important; font-size: 40px !important; }`],
  });
}, 60_000);
afterAll(() => h?.close());

const consent = exampleRecord('consent');

describe('form association', () => {
  it('takes part in FormData, validity and reset of a native form', async () => {
    const page = await h.open('/form');
    const state = () => page.evaluate(() => {
      const form = document.getElementById('host') as HTMLFormElement;
      return { data: new FormData(form).get('consent'), valid: form.checkValidity() };
    });
    expect(await state()).toEqual({ data: '{}', valid: false });
    await page.evaluate((v) => { (document.getElementById('c') as any).value = v; }, consent);
    await page.evaluate(() => (document.getElementById('c') as any).updateComplete);
    const filled = await state();
    expect(JSON.parse(filled.data as string)).toEqual(consent);
    expect(filled.valid).toBe(true);
    await page.evaluate(() => { (document.getElementById('c') as any).value = {}; });
    await page.click('#reset');
    await page.evaluate(() => (document.getElementById('c') as any).updateComplete);
    expect((await state()).data).toBe('{}');
  });

  it('an untouched form is validated right after its first render, and counts as invalid until then', async () => {
    const page = await h.open('/form');
    const seen = await page.evaluate(async () => {
      const form = document.createElement('form');
      const schema = { type: 'object', properties: { note: { type: 'string', title: 'Note' } } };
      const [empty, open] = [document.createElement('tremplin-form'), document.createElement('tremplin-form')] as any[];
      empty.record = 'consent';
      open.schema = schema;
      open.validator = () => ({ valid: true, issues: [] });
      form.append(empty, open);
      document.body.append(form);
      await Promise.all([empty.updateComplete, open.updateComplete]);
      const rendered = { empty: empty.validity.valid, open: open.validity.valid, shown: empty.shadowRoot.querySelectorAll('.error').length };
      const asked = empty.valid; // the getter validates on demand
      await new Promise((r) => setTimeout(r, 0));
      return { rendered, asked, checked: { empty: empty.validity.valid, open: open.validity.valid, message: empty.validationMessage } };
    });
    expect(seen.rendered).toEqual({ empty: false, open: false, shown: 0 });
    expect(seen.asked).toBe(false);
    expect(seen.checked.empty).toBe(false);
    expect(seen.checked.open).toBe(true);
    expect(seen.checked.message).not.toMatch(/vérification/);
  });

  it('a native submit of an invalid record is blocked, its errors shown and the first field focused', async () => {
    const page = await h.open('/form');
    await page.evaluate(() => {
      (window as any).submitted = 0;
      document.getElementById('host')!.addEventListener('submit', (e) => { e.preventDefault(); (window as any).submitted++; });
    });
    await page.click('#send');
    await expect.poll(() => page.locator('tremplin-form').locator('[role="alert"]').count()).toBe(1);
    expect(await page.evaluate(() => (window as any).submitted)).toBe(0);
    const focused = await page.evaluate(() => document.getElementById('c')!.shadowRoot!.activeElement?.getAttribute('aria-describedby'));
    expect(focused).toMatch(/-error$/);
  });
});

describe('drafts', () => {
  it('autosaves while typing and restores after a re-mount, until a successful submit', async () => {
    const page = await h.open('/draft');
    const f = 'tremplin-chance-request';
    await page.evaluate(() => { (window as any).store = (window as any).tremplinTest.memoryDraftStore(); (document.getElementById('r') as any).draftStore = (window as any).store; });
    await field(page, f, '/agent/lastName').fill('Durand');
    await field(page, f, '/grade').fill('Adjoint technique');
    // A framework re-mounting the form: a new element with the same key and store.
    await page.evaluate(() => {
      document.getElementById('r')!.remove();
      const el = document.createElement('tremplin-chance-request') as any;
      el.id = 'r'; el.draftKey = 'chance-17'; el.draftStore = (window as any).store;
      document.body.append(el);
    });
    await expect.poll(() => field(page, f, '/agent/lastName').inputValue()).toBe('Durand');
    expect(await page.evaluate(() => (document.getElementById('r') as any).value)).toEqual({ agent: { lastName: 'Durand' }, grade: 'Adjoint technique' });
    // A failed submit keeps the draft…
    expect(await page.evaluate(() => (document.getElementById('r') as any).submit())).toBe(false);
    expect(await page.evaluate(() => (window as any).store.drafts.get('chance-17').value.agent)).toEqual({ lastName: 'Durand' });
    // …a successful one clears it.
    await page.evaluate((v) => { (document.getElementById('r') as any).value = v; }, exampleRecord('chance-request'));
    expect(await page.evaluate(() => (document.getElementById('r') as any).submit())).toBe(true);
    expect(await page.evaluate(() => (window as any).store.drafts.has('chance-17'))).toBe(false);
  });

  it('tells the person the draft was restored, and keeps values of fields hidden by their answer across a reload', async () => {
    const page = await h.open('/draft');
    const f = 'tremplin-chance-request';
    const key = () => page.evaluate(async () => {
      const bytes = new Uint8Array(32).fill(3);
      const k = await crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']);
      (document.getElementById('r') as any).draftStore = (window as any).tremplinTest.encryptedDraftStore({ key: k, scope: 'user-1' });
    });
    await key();
    await page.evaluate(() => (document.getElementById('r') as any).goTo('/stoppage'));
    await field(page, f, '/stoppage/inProgress').check();
    await field(page, f, '/stoppage/startDate').fill('2026-10-01');
    await field(page, f, '/stoppage/inProgress-no').check();
    await page.reload();
    await key();
    await expect.poll(() => page.locator(f).locator('[part~="restored"] p').textContent()).toMatch(/^Brouillon du .* restauré/);
    await page.evaluate(() => (document.getElementById('r') as any).goTo('/stoppage'));
    await field(page, f, '/stoppage/inProgress').check();
    await expect.poll(() => field(page, f, '/stoppage/startDate').inputValue()).toBe('2026-10-01');
  });

  it('uses a store supplied by the host, and goes on when that store fails', async () => {
    const page = await h.open('/draft');
    await page.evaluate(() => {
      const el = document.getElementById('r') as any;
      (window as any).store = (window as any).tremplinTest.memoryDraftStore();
      el.draftStore = (window as any).store;
      (window as any).draftErrors = 0;
      document.addEventListener('tremplin-draft-error', () => (window as any).draftErrors++);
    });
    await field(page, 'tremplin-chance-request', '/grade').fill('Rédacteur');
    expect(await page.evaluate(() => (window as any).store.drafts.get('chance-17').value)).toEqual({ grade: 'Rédacteur' });
    await page.evaluate(() => { (document.getElementById('r') as any).draftStore = { load() { return null; }, save() { throw new Error('quota'); }, remove() {} }; });
    await field(page, 'tremplin-chance-request', '/grade').fill('Rédacteur principal');
    expect(await page.evaluate(() => (window as any).draftErrors)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (document.getElementById('r') as any).value)).toEqual({ grade: 'Rédacteur principal' });
    expect(errorsOf(page)).toEqual([]);
  });
});

describe('<tremplin-action-plan>', () => {
  it('adds, reorders and completes actions', async () => {
    const page = await h.open('/plan');
    const f = 'tremplin-action-plan';
    const add = page.locator(f).getByRole('button', { name: "+ Ajouter : Actions" });
    await add.click();
    await field(page, f, '/actions/0/title').fill('Étude de poste');
    await add.click();
    await field(page, f, '/actions/1/title').fill('Bilan de compétences');
    await page.locator(f).getByRole('button', { name: 'Monter : Actions n° 2' }).click();
    await page.locator(f).getByRole('button', { name: 'Marquer comme faite : Actions n° 1' }).click();
    const actions = await page.evaluate(() => (document.getElementById('p') as any).value.actions);
    expect(actions).toEqual([{ title: 'Bilan de compétences', status: 'faite' }, { title: 'Étude de poste' }]);
    await page.locator(f).getByRole('button', { name: 'Supprimer : Actions n° 1' }).click();
    expect(await page.evaluate(() => (document.getElementById('p') as any).value.actions)).toEqual([{ title: 'Étude de poste' }]);
  });

  it('records a revision with who validated it', async () => {
    const page = await h.open('/plan');
    const f = 'tremplin-action-plan';
    await page.locator(f).getByRole('button', { name: '+ Ajouter : Révisions du plan' }).click();
    await field(page, f, '/revisions/0/summary').fill('Ajout d’une formation');
    await page.locator(f).getByRole('button', { name: /\+ Ajouter : Validations/ }).click();
    await field(page, f, '/revisions/0/validations/0/actor/name').fill('Dr Leroy');
    await field(page, f, '/revisions/0/validations/0/validated').check();
    expect(await page.evaluate(() => (document.getElementById('p') as any).value.revisions)).toEqual([
      { summary: 'Ajout d’une formation', validations: [{ actor: { name: 'Dr Leroy' }, validated: true }] },
    ]);
  });
});

describe('<tremplin-eligibility>', () => {
  it('follows the form: incomplete with missing facts, then the decision with its legal references', async () => {
    const page = await h.open('/eligibility');
    const panel = page.locator('tremplin-eligibility');
    await expect.poll(() => panel.locator('[part="outcome"]').textContent()).toMatch(/^À compléter/);
    expect(await panel.locator('[part="missing"] li').count()).toBeGreaterThan(2);
    const request = { ...exampleRecord('chance-request'), providerAgreement: { status: 'accorde', date: '2026-10-01' } };
    await page.evaluate((v) => { (document.getElementById('req') as any).value = v; }, request);
    // A value set by the host is not an edit, but the panel hears it (tremplin-load).
    await expect.poll(() => panel.locator('[part="outcome"]').textContent()).toMatch(/^Éligible/);
    await field(page, 'tremplin-chance-request', '/grade').fill('Adjoint administratif');
    expect(await panel.locator('[part="condition"]').count()).toBeGreaterThan(3);
    expect(await panel.locator('[part="reference"]').first().textContent()).toBeTruthy();
    await page.evaluate(() => (document.getElementById('req') as any).goTo('/stoppage'));
    await field(page, 'tremplin-chance-request', '/stoppage/inProgress-no').check();
    await expect.poll(() => panel.locator('[part="outcome"]').textContent()).toMatch(/^Non éligible/);
    expect(await panel.locator('li.failed').count()).toBeGreaterThan(0);
    // Verdict first, in a few words (the failed condition); the full explanation below it.
    expect(await panel.locator('[part~="verdict"]').textContent()).toBe('Non éligible');
    expect(await panel.locator('[part="outcome"]').textContent()).not.toMatch(/Condition remplie/);
    expect(await panel.locator('[part="explanation"]').textContent()).toMatch(/Condition non remplie/);
  });
});

describe('theming', () => {
  it('takes custom properties and ::part styles; page CSS does not leak in', async () => {
    const page = await h.open('/themed');
    const f = page.locator('tremplin-form');
    await expect.poll(() => f.locator('button[type="submit"]').count()).toBe(1);
    const styles = await page.evaluate(() => {
      const root = document.querySelector('tremplin-form')!.shadowRoot!;
      const button = getComputedStyle(root.querySelector('button[type="submit"]')!);
      const label = getComputedStyle(root.querySelector('label')!);
      const input = getComputedStyle(root.querySelector('input, select')!);
      return { buttonBackground: button.backgroundColor, labelTransform: label.textTransform, inputColor: input.color, inputSize: input.fontSize };
    });
    expect(styles.buttonBackground).toBe('rgb(0, 128, 0)');
    expect(styles.labelTransform).toBe('uppercase');
    expect(styles.inputColor).not.toBe('rgb(255, 0, 0)');
    expect(styles.inputSize).not.toBe('40px');
  });
});
